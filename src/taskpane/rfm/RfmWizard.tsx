// The RFM wizard: data -> options -> results -> insert. Reads and writes the workbook only through
// the gateway; the analysis runs through the runner (a Web Worker in Excel and the workbench).
import { WizardFrame } from "../wizard/WizardFrame";
import { useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, RfmOutput, RfmSettings } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { insertReport } from "../wizard/insert-report";
import { describeFailure } from "../wizard/messages";
import { TransactionDataStep } from "../wizard/TransactionDataStep";
import { nextDay } from "../wizard/transaction-data";
import { useTransactionData } from "../wizard/useTransactionData";
import { sheetExplanation } from "./explain";
import { rfmFormula } from "./formula";
import { localizeReport } from "./localize";
import { OptionsStep, type SegmentMode } from "./OptionsStep";
import { ResultsStep } from "./ResultsStep";
import type { InsertState } from "../wizard/InsertControls";

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
  const [output, setOutput] = useState<RfmOutput>();
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });

  const runAnalysis = async () => {
    const input = data.input();
    if (!input) return;
    setRunning(true);
    setRunProblem(undefined);
    try {
      const segmentMap = segmentMode === "custom" ? (await gateway.readRange(segmentMapAddress.trim())).values : undefined;
      setOutput(await runner.run({ kind: "rfm.run", input, settings: { ...settings, segmentMap } }));
      setInsert({ state: "idle" });
      setStep("results");
    } catch (e) {
      setRunProblem(describeFailure(language, e, { address: segmentMapAddress }));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    const range = data.range;
    if (!range || !output) return;
    try {
      setInsert({ state: "writing", done: 0, total: 1 });
      const sheet = await insertReport(
        gateway,
        { ...localizeReport(language, output.report), explanation: sheetExplanation(language, output) },
        {
          baseName: s("sheetName"),
          tablePrefix: "RFM",
          sourceAddress: range.address,
          formula: rfmFormula(range, data.mapping, settings, segmentMode === "custom" ? segmentMapAddress.trim() : undefined),
          labels: { title: s("sheetTitle"), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") },
        },
        (p) => setInsert({ state: "writing", done: p.done, total: p.total }),
      );
      setInsert({ state: "done", sheet });
    } catch (e) {
      setInsert({ state: "error", message: describeFailure(language, e, { sheet: s("sheetName") }) });
    }
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
      {step === "results" && output && (
        <ResultsStep
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
