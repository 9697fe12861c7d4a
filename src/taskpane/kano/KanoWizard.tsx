// The Kano wizard: data (the survey's question pairs) -> options -> results -> insert. Same frame
// as the RFM and lifetime-value wizards; the classification runs in the worker.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { KanoOutput, KanoSettings } from "../compute/kano-task";
import type { AnalysisRunner, TaskStage } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { useInsert } from "../wizard/useInsert";
import { KanoDataStep } from "./KanoDataStep";
import { KanoOptionsStep } from "./KanoOptionsStep";
import { KanoResultsStep } from "./KanoResultsStep";
import { type KanoState, kanoSheetRequest, kanoState, runKano } from "./kano-recipe";
import { useKanoData } from "./useKanoData";
import { stepOfLabel, useWizardSteps } from "../wizard/useWizardSteps";

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
  const [settings, setSettings] = useState<KanoSettings>(DEFAULTS);
  const [stage, setStage] = useState<TaskStage>();
  const [problem, setProblem] = useState<string>();
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);
  const { step, setStep, result, showResult, startOver } = useWizardSteps<{ output: KanoOutput; range: RangeData; state: KanoState }>(resetInsert);
  const hasImportance = data.pairs.some((p) => p.importance >= 0);

  const run = async () => {
    const range = data.range;
    if (!range) return;
    setStage("reading");
    setProblem(undefined);
    try {
      const state = kanoState(range, data.hasHeader, data.pairs, settings);
      showResult({ output: await runKano(runner, range, state, setStage), range, state });
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setStage(undefined);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(kanoSheetRequest(language, result.range, result.output, result.state), rangeRecipe("kano", s("sheetNameKano"), result.range, result.state));
  };

  const resultActions = insertActions({ onBack: () => setStep("options"), onInsert: insertIntoWorkbook, onStartOver: startOver });
  return (
    <WizardFrame language={language} title={s("kanoTitle")} stepLabel={stepOfLabel(language, step, insert.state === "done")} onClose={onClose}>
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
      {step === "results" && result && <KanoResultsStep language={language} output={result.output} {...resultActions} />}
    </WizardFrame>
  );
}
