// The RFM wizard: data -> options -> results -> insert. Reads and writes the workbook only through
// the gateway; the analysis runs through the runner (a Web Worker in Excel and the workbench).
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, RfmOutput, RfmSettings } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { transactionState } from "../recipes/transaction-state";
import { describeFailure } from "../wizard/messages";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { nextDay } from "../wizard/transaction-data";
import { useInsert } from "../wizard/useInsert";
import { useTransactionData } from "../wizard/useTransactionData";
import { OptionsStep, type SegmentMode } from "./OptionsStep";
import { ResultsStep } from "./ResultsStep";
import { type RfmState, rfmSheetRequest, runRfm } from "./rfm-recipe";
import { stepOfLabel, useWizardSteps } from "../wizard/useWizardSteps";

const DEFAULT_SETTINGS: RfmSettings = { bins: 5, asOf: "", monetary: "total", mergeSameDay: false };

export interface RfmWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function RfmWizard({ language, gateway, runner, onClose }: RfmWizardProps) {
  const s = (key: StringKey) => t(language, key);
  const data = useTransactionData(gateway, runner, language);
  const [settings, setSettings] = useState<RfmSettings>(DEFAULT_SETTINGS);
  const [segmentMode, setSegmentMode] = useState<SegmentMode>("standard");
  const [segmentMapAddress, setSegmentMapAddress] = useState("");
  const [running, setRunning] = useState(false);
  const [runProblem, setRunProblem] = useState<string>();
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);
  const { step, setStep, result: run, showResult, startOver } = useWizardSteps<{ output: RfmOutput; range: RangeData; state: RfmState }>(resetInsert);

  const runAnalysis = async () => {
    const range = data.range;
    if (!range) return;
    setRunning(true);
    setRunProblem(undefined);
    try {
      const address = segmentMapAddress.trim();
      const segmentMap = segmentMode === "custom" ? { address, values: (await gateway.readRange(address)).values } : undefined;
      const state: RfmState = { ...transactionState(range, data.hasHeader, data.mapping), settings, ...(segmentMap ? { segmentMap } : {}) };
      showResult({ output: await runRfm(runner, range, state), range, state });
    } catch (e) {
      setRunProblem(describeFailure(language, e, { address: segmentMapAddress }));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!run) return;
    await insertSheet(rfmSheetRequest(language, run.range, run.output, run.state), rangeRecipe("rfm", s("sheetName"), run.range, run.state));
  };

  const resultActions = insertActions({ onBack: () => setStep("options"), onInsert: insertIntoWorkbook, onStartOver: startOver });
  return (
    <WizardFrame language={language} title={s("rfmTitle")} stepLabel={stepOfLabel(language, step, insert.state === "done")} onClose={onClose}>
      {step === "data" && <TransactionDataStep language={language} {...data.stepProps} onNext={() => setStep("options")} />}
      {step === "options" && (
        <OptionsStep
          language={language}
          settings={settings}
          onSettingsChange={setSettings}
          defaultAsOf={nextDay(data.inspect?.lastDate)}
          segmentMode={segmentMode}
          onSegmentModeChange={setSegmentMode}
          segmentMapAddress={segmentMapAddress}
          onSegmentMapAddressChange={setSegmentMapAddress}
          running={running}
          problem={runProblem}
          onBack={() => setStep("data")}
          onRun={runAnalysis}
        />
      )}
      {step === "results" && run && <ResultsStep language={language} output={run.output} {...resultActions} />}
    </WizardFrame>
  );
}
