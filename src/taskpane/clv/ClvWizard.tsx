// The lifetime-value wizard: data -> options (model, horizon, discount, margin, holdout check) ->
// results -> insert. Same frame as the RFM wizard; the fit runs in the worker with progress.
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, ClvOutput, ClvSettings, TaskStage } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { transactionState } from "../recipes/transaction-state";
import { describeFailure } from "../wizard/messages";
import { nextDay } from "../wizard/transaction-data";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { useInsert } from "../wizard/useInsert";
import { useTransactionData } from "../wizard/useTransactionData";
import { ClvOptionsStep } from "./ClvOptionsStep";
import { ClvResultsStep } from "./ClvResultsStep";
import { type ClvState, clvSheetRequest, runClv } from "./clv-recipe";
import { stepOfLabel, useWizardSteps } from "../wizard/useWizardSteps";

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
  const [settings, setSettings] = useState<ClvSettings>(DEFAULTS);
  const [stage, setStage] = useState<TaskStage>();
  const [problem, setProblem] = useState<string>();
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);
  const { step, setStep, result, showResult, startOver } = useWizardSteps<{ output: ClvOutput; range: RangeData; state: ClvState }>(resetInsert);

  const run = async () => {
    const range = data.range;
    if (!range) return;
    setStage("reading");
    setProblem(undefined);
    try {
      const state: ClvState = { ...transactionState(range, data.hasHeader, data.mapping), settings };
      showResult({ output: await runClv(runner, range, state, setStage), range, state });
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setStage(undefined);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!result) return;
    await insertSheet(clvSheetRequest(language, result.range, result.output, result.state), rangeRecipe("clv", s("sheetNameClv"), result.range, result.state));
  };

  const resultActions = insertActions({ onBack: () => setStep("options"), onInsert: insertIntoWorkbook, onStartOver: startOver });
  return (
    <WizardFrame language={language} title={s("clvTitle")} stepLabel={stepOfLabel(language, step, insert.state === "done")} onClose={onClose}>
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
      {step === "results" && result && <ClvResultsStep language={language} output={result.output} {...resultActions} />}
    </WizardFrame>
  );
}
