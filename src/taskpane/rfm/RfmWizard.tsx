// The RFM wizard: data -> options -> results -> insert. Reads and writes the workbook only through
// the gateway; the analysis runs through the runner (a Web Worker in Excel and the workbench).
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, RfmOutput, RfmSettings } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { recipeSource } from "../recipes/recipe";
import { transactionState } from "../recipes/transaction-state";
import { describeFailure } from "../wizard/messages";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { nextDay } from "../wizard/transaction-data";
import { useInsert } from "../wizard/useInsert";
import { useTransactionData } from "../wizard/useTransactionData";
import { OptionsStep, type SegmentMode } from "./OptionsStep";
import { ResultsStep } from "./ResultsStep";
import { type RfmState, rfmSheetRequest, runRfm } from "./rfm-recipe";

type Step = "data" | "options" | "results";
const STEP_NAMES: Record<Step, StringKey> = { data: "stepData", options: "stepOptions", results: "stepResults" };
const STEP_NUMBERS: Record<Step, number> = { data: 1, options: 2, results: 3 };
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
  const [step, setStep] = useState<Step>("data");
  const [settings, setSettings] = useState<RfmSettings>(DEFAULT_SETTINGS);
  const [segmentMode, setSegmentMode] = useState<SegmentMode>("standard");
  const [segmentMapAddress, setSegmentMapAddress] = useState("");
  const [running, setRunning] = useState(false);
  const [runProblem, setRunProblem] = useState<string>();
  /** The last run: its output and what it ran on (what an insert writes and stores). */
  const [run, setRun] = useState<{ output: RfmOutput; range: RangeData; state: RfmState }>();
  const { insert, insertSheet, resetInsert, goToSheet } = useInsert(gateway, language);

  const runAnalysis = async () => {
    const range = data.range;
    if (!range) return;
    setRunning(true);
    setRunProblem(undefined);
    try {
      const address = segmentMapAddress.trim();
      const segmentMap = segmentMode === "custom" ? { address, values: (await gateway.readRange(address)).values } : undefined;
      const state: RfmState = { ...transactionState(range, data.hasHeader, data.mapping), settings, ...(segmentMap ? { segmentMap } : {}) };
      setRun({ output: await runRfm(runner, range, state), range, state });
      resetInsert();
      setStep("results");
    } catch (e) {
      setRunProblem(describeFailure(language, e, { address: segmentMapAddress }));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!run) return;
    await insertSheet(rfmSheetRequest(language, run.range, run.output, run.state), {
      kind: "rfm",
      title: s("sheetName"),
      source: recipeSource(run.range, run.state.hasHeader),
      state: run.state,
    });
  };

  const done = insert.state === "done";
  return (
    <WizardFrame language={language} title={s("rfmTitle")} stepLabel={fill(language, "stepOf", { n: done ? 4 : STEP_NUMBERS[step], name: s(done ? "stepInsert" : STEP_NAMES[step]) })} onClose={onClose}>
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
      {step === "results" && run && (
        <ResultsStep
          language={language}
          output={run.output}
          insert={insert}
          onBack={() => setStep("options")}
          onInsert={insertIntoWorkbook}
          onGoToSheet={goToSheet}
          onStartOver={() => {
            setStep("data");
            setRun(undefined);
            resetInsert();
          }}
        />
      )}
    </WizardFrame>
  );
}
