// The Kano wizard: data (the survey's question pairs) -> options -> results -> insert. Same frame
// as the RFM and lifetime-value wizards; the classification runs in the worker.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { KanoOutput, KanoSettings } from "../compute/kano-task";
import type { AnalysisRunner, TaskStage } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { recipeSource } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { useInsert } from "../wizard/useInsert";
import { KanoDataStep } from "./KanoDataStep";
import { KanoOptionsStep } from "./KanoOptionsStep";
import { KanoResultsStep } from "./KanoResultsStep";
import { type KanoState, kanoSheetRequest, kanoState, runKano } from "./kano-recipe";
import { useKanoData } from "./useKanoData";

type Step = "data" | "options" | "results";
const STEP_NAMES: Record<Step, StringKey> = { data: "stepData", options: "stepOptions", results: "stepResults" };
const STEP_NUMBERS: Record<Step, number> = { data: 1, options: 2, results: 3 };
const DEFAULTS: KanoSettings = { scale: 5, useImportance: true, respondents: true };

export interface KanoWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function KanoWizard({ language, gateway, runner, onClose }: KanoWizardProps) {
  const s = (key: StringKey) => t(language, key);
  const data = useKanoData(gateway, language);
  const [step, setStep] = useState<Step>("data");
  const [settings, setSettings] = useState<KanoSettings>(DEFAULTS);
  const [stage, setStage] = useState<TaskStage>();
  const [problem, setProblem] = useState<string>();
  /** The last run: its output and what it ran on (what an insert writes and stores). */
  const [result, setResult] = useState<{ output: KanoOutput; range: RangeData; state: KanoState }>();
  const { insert, insertSheet, resetInsert, goToSheet } = useInsert(gateway, language);
  const hasImportance = data.pairs.some((p) => p.importance >= 0);

  const run = async () => {
    const range = data.range;
    if (!range) return;
    setStage("reading");
    setProblem(undefined);
    try {
      const state = kanoState(range, data.hasHeader, data.pairs, settings);
      setResult({ output: await runKano(runner, range, state, setStage), range, state });
      resetInsert();
      setStep("results");
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setStage(undefined);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(kanoSheetRequest(language, result.range, result.output, result.state), {
      kind: "kano",
      title: s("sheetNameKano"),
      source: recipeSource(result.range, result.state.hasHeader),
      state: result.state,
    });
  };

  const done = insert.state === "done";
  return (
    <WizardFrame language={language} title={s("kanoTitle")} stepLabel={fill(language, "stepOf", { n: done ? 4 : STEP_NUMBERS[step], name: s(done ? "stepInsert" : STEP_NAMES[step]) })} onClose={onClose}>
      {step === "data" && <KanoDataStep language={language} {...data.stepProps} onNext={() => setStep("options")} />}
      {step === "options" && (
        <KanoOptionsStep
          language={language}
          settings={settings}
          onSettingsChange={setSettings}
          hasImportance={hasImportance}
          stage={stage}
          problem={problem}
          onBack={() => setStep("data")}
          onRun={run}
        />
      )}
      {step === "results" && result && (
        <KanoResultsStep
          language={language}
          output={result.output}
          insert={insert}
          onBack={() => setStep("options")}
          onInsert={insertIntoWorkbook}
          onGoToSheet={goToSheet}
          onStartOver={() => {
            setStep("data");
            setResult(undefined);
            resetInsert();
          }}
        />
      )}
    </WizardFrame>
  );
}
