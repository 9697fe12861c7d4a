// The RFM wizard: data -> options -> results -> insert. Reads and writes the workbook only through
// the gateway; the analysis runs through the runner (a Web Worker in Excel and the workbench).
import { Body1, Button, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { type RangeData, WorkbookError, type WorkbookGateway } from "../../excel/gateway";
import { freeSheetName } from "../../excel/names";
import { planReportSheet } from "../../excel/plan-report";
import type { AnalysisRunner, InspectResult, RfmOutput, RfmSettings, TransactionMapping } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { initialHeader, initialMapping, mappingProblem, taskInput } from "./data-model";
import { DataStep } from "./DataStep";
import { sheetExplanation } from "./explain";
import { rfmFormula } from "./formula";
import { localizeReport } from "./localize";
import { describeFailure } from "./messages";
import { OptionsStep, type SegmentMode } from "./OptionsStep";
import { type InsertState, ResultsStep } from "./ResultsStep";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

type Step = "data" | "options" | "results";
const STEP_NAMES: Record<Step, StringKey> = { data: "stepData", options: "stepOptions", results: "stepResults" };
const STEP_NUMBERS: Record<Step, number> = { data: 1, options: 2, results: 3 };
const NO_MAPPING: TransactionMapping = { customer: -1, date: -1, amount: -1 };
const DEFAULT_SETTINGS: RfmSettings = { bins: 5, asOf: "", monetary: "total", mergeSameDay: false };

/** The day after an ISO date. */
function nextDay(iso?: string): string | undefined {
  if (!iso) return undefined;
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export interface RfmWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function RfmWizard({ language, gateway, runner, onClose }: RfmWizardProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const [step, setStep] = useState<Step>("data");
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<TransactionMapping>(NO_MAPPING);
  const [inspect, setInspect] = useState<InspectResult>();
  const [dataProblem, setDataProblem] = useState<string>();
  const [settings, setSettings] = useState<RfmSettings>(DEFAULT_SETTINGS);
  const [segmentMode, setSegmentMode] = useState<SegmentMode>("standard");
  const [segmentMapAddress, setSegmentMapAddress] = useState("");
  const [running, setRunning] = useState(false);
  const [runProblem, setRunProblem] = useState<string>();
  const [output, setOutput] = useState<RfmOutput>();
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });
  const inspectRun = useRef(0);

  // Re-inspect whenever the data, the header choice or the mapping changes.
  useEffect(() => {
    if (!range || mappingProblem(mapping)) {
      setInspect(undefined);
      return;
    }
    const run = ++inspectRun.current;
    setDataProblem(undefined);
    runner
      .run({ kind: "rfm.inspect", input: taskInput(range, hasHeader, mapping) })
      .then((result) => run === inspectRun.current && setInspect(result))
      .catch((e) => {
        if (run !== inspectRun.current) return;
        setInspect(undefined);
        setDataProblem(describeFailure(language, e));
      });
  }, [range, hasHeader, mapping, runner, language]);

  const load = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setDataProblem(undefined);
    try {
      const r = await read();
      const header = initialHeader(r);
      setRange(r);
      setAddress(r.address);
      setHasHeader(header);
      setMapping(initialMapping(r, header));
      setOutput(undefined);
    } catch (e) {
      setRange(undefined);
      setDataProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setReading(false);
    }
  };

  const runAnalysis = async () => {
    if (!range) return;
    setRunning(true);
    setRunProblem(undefined);
    try {
      const segmentMap = segmentMode === "custom" ? (await gateway.readRange(segmentMapAddress.trim())).values : undefined;
      const result = await runner.run({ kind: "rfm.run", input: taskInput(range, hasHeader, mapping), settings: { ...settings, segmentMap } });
      setOutput(result);
      setInsert({ state: "idle" });
      setStep("results");
    } catch (e) {
      setRunProblem(describeFailure(language, e, { address: segmentMapAddress }));
    } finally {
      setRunning(false);
    }
  };

  const insertIntoWorkbook = async () => {
    if (!range || !output) return;
    const report = { ...localizeReport(language, output.report), explanation: sheetExplanation(language, output) };
    const formula = rfmFormula(range, mapping, settings, segmentMode === "custom" ? segmentMapAddress.trim() : undefined);
    let sheet = "";
    // A free name is picked from the sheets there now; if someone takes it meanwhile (co-authoring), pick again once.
    for (let attempt = 0; ; attempt++) {
      try {
        const [sheets, tables] = await Promise.all([gateway.listSheets(), gateway.listTables()]);
        sheet = freeSheetName(s("sheetName"), sheets);
        const plan = planReportSheet(report, {
          sheetName: sheet,
          existingTables: tables,
          sourceAddress: range.address,
          formula,
          labels: { title: s("sheetTitle"), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") },
          tablePrefix: "RFM",
        });
        setInsert({ state: "writing", done: 0, total: 1 });
        await gateway.writeSheet(plan, (p) => setInsert({ state: "writing", done: p.done, total: p.total }));
        setInsert({ state: "done", sheet });
        return;
      } catch (e) {
        if (attempt === 0 && e instanceof WorkbookError && e.kind === "sheet-exists") continue;
        setInsert({ state: "error", message: describeFailure(language, e, { sheet }) });
        return;
      }
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Subtitle1 as="h2" className={styles.heading}>
          {s("rfmTitle")}
        </Subtitle1>
        <Button appearance="subtle" onClick={onClose}>
          {s("allAnalyses")}
        </Button>
      </div>
      <Body1 aria-live="polite">{fill(language, "stepOf", { n: insert.state === "done" ? 4 : STEP_NUMBERS[step], name: s(insert.state === "done" ? "stepInsert" : STEP_NAMES[step]) })}</Body1>
      {step === "data" && (
        <DataStep
          language={language}
          range={range}
          address={address}
          onAddressChange={setAddress}
          onUseSelection={() => load(() => gateway.readSelection())}
          onReadRange={() => load(() => gateway.readRange(address.trim()), address.trim())}
          reading={reading}
          hasHeader={hasHeader}
          onHeaderChange={setHasHeader}
          mapping={mapping}
          onMappingChange={setMapping}
          inspect={inspect}
          problem={dataProblem}
          onNext={() => setStep("options")}
        />
      )}
      {step === "options" && (
        <OptionsStep
          language={language}
          settings={settings}
          onSettingsChange={setSettings}
          defaultAsOf={nextDay(inspect?.lastDate)}
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
    </div>
  );
}
