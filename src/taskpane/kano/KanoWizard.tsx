// The Kano wizard: data (the survey's question pairs) -> options -> results -> insert. Same frame
// as the RFM and lifetime-value wizards; the classification runs in the worker.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { KanoOutput, KanoSettings } from "../compute/kano-task";
import type { AnalysisRunner, TaskStage } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertState } from "../wizard/InsertControls";
import { insertReport } from "../wizard/insert-report";
import { describeFailure } from "../wizard/messages";
import { KanoDataStep } from "./KanoDataStep";
import { KanoOptionsStep } from "./KanoOptionsStep";
import { KanoResultsStep } from "./KanoResultsStep";
import { kanoFormula, kanoSheetReport } from "./kano-view";
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
  const [output, setOutput] = useState<KanoOutput>();
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });
  const hasImportance = data.pairs.some((p) => p.importance >= 0);

  const run = async () => {
    const input = data.input();
    if (!input) return;
    setStage("reading");
    setProblem(undefined);
    try {
      setOutput(await runner.run({ kind: "kano.run", input, settings: { ...settings, useImportance: settings.useImportance && hasImportance } }, setStage));
      setInsert({ state: "idle" });
      setStep("results");
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setStage(undefined);
    }
  };

  const insertIntoWorkbook = async () => {
    const range = data.range;
    if (!range || !output) return;
    try {
      setInsert({ state: "writing", done: 0, total: 1 });
      const sheet = await insertReport(
        gateway,
        kanoSheetReport(language, output),
        {
          baseName: s("sheetNameKano"),
          tablePrefix: "Kano",
          sourceAddress: range.address,
          formula: kanoFormula(range, data.hasHeader, data.pairs, settings.scale),
          labels: { title: s("kanoTitle"), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") },
          detailTables: output.report.tables.some((table) => table.name === "respondents") ? ["respondents"] : [],
        },
        (p) => setInsert({ state: "writing", done: p.done, total: p.total }),
      );
      setInsert({ state: "done", sheet });
    } catch (e) {
      setInsert({ state: "error", message: describeFailure(language, e, { sheet: s("sheetNameKano") }) });
    }
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
      {step === "results" && output && (
        <KanoResultsStep
          language={language}
          output={output}
          insert={insert}
          onBack={() => setStep("options")}
          onInsert={insertIntoWorkbook}
          onGoToSheet={(name) => gateway.activate(name)}
          onStartOver={() => {
            setStep("data");
            setOutput(undefined);
            setInsert({ state: "idle" });
          }}
        />
      )}
    </WizardFrame>
  );
}
