// The lifetime-value wizard: data -> options (model, horizon, discount, margin, holdout check) ->
// results -> insert. Same frame as the RFM wizard; the fit runs in the worker with progress.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, ClvOutput, ClvSettings, TaskStage } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertState } from "../wizard/InsertControls";
import { insertReport } from "../wizard/insert-report";
import { describeFailure } from "../wizard/messages";
import { nextDay } from "../wizard/transaction-data";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { useTransactionData } from "../wizard/useTransactionData";
import { ClvOptionsStep } from "./ClvOptionsStep";
import { ClvResultsStep } from "./ClvResultsStep";
import { clvSheetReport, ltvFormula } from "./clv-view";

type Step = "data" | "options" | "results";
const STEP_NAMES: Record<Step, StringKey> = { data: "stepData", options: "stepOptions", results: "stepResults" };
const STEP_NUMBERS: Record<Step, number> = { data: 1, options: 2, results: 3 };
const DEFAULTS: ClvSettings = { model: "bgnbd", horizonMonths: 12, annualDiscountRate: 0.1, margin: 1, asOf: "", calibrationEnd: "" };

/** The middle of the data's date range: half for calibration, half for the check (as FHL 2005's 39 + 39 weeks). */
export function midpoint(first?: string, last?: string): string | undefined {
  if (!first || !last) return undefined;
  const a = Date.parse(`${first}T00:00:00Z`);
  const b = Date.parse(`${last}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

export interface ClvWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function ClvWizard({ language, gateway, runner, onClose }: ClvWizardProps) {
  const s = (key: StringKey) => t(language, key);
  const data = useTransactionData(gateway, runner, language);
  const [step, setStep] = useState<Step>("data");
  const [settings, setSettings] = useState<ClvSettings>(DEFAULTS);
  const [stage, setStage] = useState<TaskStage>();
  const [problem, setProblem] = useState<string>();
  const [output, setOutput] = useState<ClvOutput>();
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });

  const run = async () => {
    const input = data.input();
    if (!input) return;
    setStage("reading");
    setProblem(undefined);
    try {
      setOutput(await runner.run({ kind: "clv.run", input, settings }, setStage));
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
        clvSheetReport(language, output),
        {
          baseName: s("sheetNameClv"),
          tablePrefix: "CLV",
          sourceAddress: range.address,
          formula: ltvFormula(range, data.mapping, settings),
          labels: { title: s("sheetTitleClv"), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") },
        },
        (p) => setInsert({ state: "writing", done: p.done, total: p.total }),
      );
      setInsert({ state: "done", sheet });
    } catch (e) {
      setInsert({ state: "error", message: describeFailure(language, e, { sheet: s("sheetNameClv") }) });
    }
  };

  const done = insert.state === "done";
  return (
    <WizardFrame language={language} title={s("clvTitle")} stepLabel={fill(language, "stepOf", { n: done ? 4 : STEP_NUMBERS[step], name: s(done ? "stepInsert" : STEP_NAMES[step]) })} onClose={onClose}>
      {step === "data" && <TransactionDataStep language={language} {...data.stepProps} onNext={() => setStep("options")} />}
      {step === "options" && (
        <ClvOptionsStep
          language={language}
          settings={settings}
          onSettingsChange={setSettings}
          defaultAsOf={nextDay(data.inspect?.lastDate)}
          defaultCalibrationEnd={midpoint(data.inspect?.firstDate, data.inspect?.lastDate)}
          stage={stage}
          problem={problem}
          onBack={() => setStep("data")}
          onRun={run}
        />
      )}
      {step === "results" && output && (
        <ClvResultsStep
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
