// The lifetime-value wizard: data -> options (model, horizon, discount, margin, holdout check) ->
// results -> insert. Same frame as the RFM wizard; the fit runs in the worker with progress.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, ClvOutput, ClvSettings, TaskStage } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { recipeSource } from "../recipes/recipe";
import { transactionState } from "../recipes/transaction-state";
import { describeFailure } from "../wizard/messages";
import { nextDay } from "../wizard/transaction-data";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { useInsert } from "../wizard/useInsert";
import { useTransactionData } from "../wizard/useTransactionData";
import { ClvOptionsStep } from "./ClvOptionsStep";
import { ClvResultsStep } from "./ClvResultsStep";
import { type ClvState, clvSheetRequest, runClv } from "./clv-recipe";

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
  /** The last run: its output and what it ran on (what an insert writes and stores). */
  const [result, setResult] = useState<{ output: ClvOutput; range: RangeData; state: ClvState }>();
  const { insert, insertSheet, resetInsert, goToSheet } = useInsert(gateway, language);

  const run = async () => {
    const range = data.range;
    if (!range) return;
    setStage("reading");
    setProblem(undefined);
    try {
      const state: ClvState = { ...transactionState(range, data.hasHeader, data.mapping), settings };
      setResult({ output: await runClv(runner, range, state, setStage), range, state });
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
    await insertSheet(clvSheetRequest(language, result.range, result.output, result.state), {
      kind: "clv",
      title: s("sheetNameClv"),
      source: recipeSource(result.range, result.state.hasHeader),
      state: result.state,
    });
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
      {step === "results" && result && (
        <ClvResultsStep
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
