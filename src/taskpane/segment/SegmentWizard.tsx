// The segmentation wizard: method (clusters, tiers, Pareto) -> data -> options -> [choose k] ->
// results -> insert. k-means (the elbow table, then the clustering) runs in the worker.
import { Body1, Button, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Report } from "../../core/report";
import type { WorkbookGateway } from "../../excel/gateway";
import type { ClusterSettings, ElbowOutput, KMeansOutput, ParetoOutput, ParetoSettings, TierOutput } from "../compute/segment-task";
import type { AnalysisRunner } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertState } from "../wizard/InsertControls";
import { insertReport } from "../wizard/insert-report";
import { describeFailure } from "../wizard/messages";
import { ChooseKStep } from "./ChooseKStep";
import { clusterTaskInput, looksSkewed, paretoTaskInput, type SegmentMethod, tierTaskInput } from "./segment-data";
import { DEFAULT_FORM, parseClusterSettings, parseParetoSettings, parseTierSettings, type SegmentForm } from "./segment-options";
import { clusterSheetReport, defaultTierNames, finalNames, kmeansFormula, paretoFormula, paretoSheetReport, suggestClusterNames, tierFormula, tierSheetReport } from "./segment-view";
import { MethodStep, SegmentDataStep } from "./SegmentDataStep";
import { SegmentOptionsStep } from "./SegmentOptionsStep";
import { ClusterResults, ParetoResults, TierResults } from "./SegmentResults";
import { useSegmentData } from "./useSegmentData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

type Step = "method" | "data" | "options" | "chooseK" | "results";
const STEP_NAMES: Record<Step, StringKey> = { method: "segStepMethod", data: "stepData", options: "stepOptions", chooseK: "segStepChooseK", results: "stepResults" };

/** Excel table names on the sheet (ASCII in every language): "Segments_Labels", "Tiers_Summary", "Pareto_Items". */
const TABLE_PREFIX: Record<SegmentMethod, string> = { clusters: "Segments", tiers: "Tiers", pareto: "Pareto" };

type Results =
  | { method: "clusters"; output: KMeansOutput; settings: ClusterSettings; elbow: ElbowOutput }
  | { method: "tiers"; output: TierOutput }
  | { method: "pareto"; output: ParetoOutput; settings: ParetoSettings };

export interface SegmentWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function SegmentWizard({ language, gateway, runner, onClose }: SegmentWizardProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const [method, setMethod] = useState<SegmentMethod>("clusters");
  const data = useSegmentData(gateway, language, method);
  const [step, setStep] = useState<Step>("method");
  const [form, setForm] = useState<SegmentForm>(DEFAULT_FORM);
  const [running, setRunning] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [elbow, setElbow] = useState<{ output: ElbowOutput; settings: ClusterSettings }>();
  const [k, setK] = useState(2);
  const [results, setResults] = useState<Results>();
  const [clusterNames, setClusterNames] = useState<string[]>([]);
  const [tierNames, setTierNames] = useState<string[][]>([]);
  const [insert, setInsert] = useState<InsertState>({ state: "idle" });

  const steps: Step[] = method === "clusters" ? ["method", "data", "options", "chooseK", "results"] : ["method", "data", "options", "results"];
  const total = steps.length + 1;
  const inspect = data.inspect;
  const skewed = method === "clusters" && inspect ? data.mapping.columns.filter((_, j) => looksSkewed(inspect.skewness[j] ?? 0, inspect.minimum[j] ?? -1)) : [];
  const skewedNames = data.range ? skewed.map((c) => clusterTaskInput(data.range!, data.hasHeader, data.mapping).names[data.mapping.columns.indexOf(c)]) : [];

  const attempt = async (label: string, work: () => Promise<void>) => {
    setRunning(label);
    setProblem(undefined);
    try {
      await work();
    } catch (e) {
      setProblem(describeFailure(language, e));
    } finally {
      setRunning(undefined);
    }
  };

  const fromData = () => {
    // Log is suggested (and chosen) for skewed money and counts; the user can change it.
    if (method === "clusters") setForm({ ...form, standardize: skewed.length > 0 ? "log" : "z" });
    setProblem(undefined);
    setStep("options");
  };

  const runOptions = () => {
    const range = data.range;
    if (!range) return;
    if (method === "clusters") {
      const settings = parseClusterSettings(form);
      if (!settings) return;
      void attempt(fill(language, "segComputingElbow", { k: settings.maxK }), async () => {
        const output = await runner.run({ kind: "segment.elbow", input: clusterTaskInput(range, data.hasHeader, data.mapping), settings });
        setElbow({ output, settings });
        setK(output.suggestedK);
        setStep("chooseK");
      });
    } else if (method === "tiers") {
      const settings = parseTierSettings(form);
      if (!settings) return;
      void attempt(s("running"), async () => {
        const output = await runner.run({ kind: "segment.tier", input: tierTaskInput(range, data.hasHeader, data.mapping), settings });
        setResults({ method: "tiers", output });
        setTierNames(defaultTierNames(language, output));
        setInsert({ state: "idle" });
        setStep("results");
      });
    } else {
      const settings = parseParetoSettings(form);
      if (!settings) return;
      void attempt(s("running"), async () => {
        const output = await runner.run({ kind: "segment.pareto", input: paretoTaskInput(range, data.hasHeader, data.mapping), settings });
        setResults({ method: "pareto", output, settings });
        setInsert({ state: "idle" });
        setStep("results");
      });
    }
  };

  const runKMeans = () => {
    const range = data.range;
    if (!range || !elbow) return;
    const settings = elbow.settings;
    void attempt(s("segClustering"), async () => {
      const output = await runner.run({ kind: "segment.kmeans", input: clusterTaskInput(range, data.hasHeader, data.mapping), settings: { ...settings, k } });
      setResults({ method: "clusters", output, settings, elbow: elbow.output });
      setClusterNames(suggestClusterNames(language, output.profiles, output.names));
      setInsert({ state: "idle" });
      setStep("results");
    });
  };

  const skippedRows = (inspect?.skipped ?? []).reduce((a, x) => a + x.count, 0);

  const insertIntoWorkbook = async () => {
    const range = data.range;
    if (!range || !results) return;
    let report: Report;
    let baseName: StringKey;
    let title: StringKey;
    let formula: string;
    let detail: string[];
    if (results.method === "clusters") {
      const names = finalNames(language, clusterNames);
      report = clusterSheetReport(language, results.output, results.elbow, results.settings, names, skippedRows);
      baseName = "segSheetClusters";
      title = "segSheetTitleClusters";
      formula = kmeansFormula(range, data.mapping.columns, results.settings, results.output.k);
      detail = ["labels"];
    } else if (results.method === "tiers") {
      const names = tierNames.map((row, i) => row.map((name, j) => name.trim() || defaultTierNames(language, results.output)[i][j]));
      report = tierSheetReport(language, results.output, names, skippedRows);
      baseName = "segSheetTiers";
      title = "segSheetTitleTiers";
      formula = tierFormula(range, data.mapping, results.output, names);
      detail = ["tiers"];
    } else {
      report = paretoSheetReport(language, results.output, results.settings, skippedRows);
      baseName = "segSheetPareto";
      title = "segSheetTitlePareto";
      formula = paretoFormula(range, data.mapping, results.settings);
      detail = ["items"];
    }
    try {
      setInsert({ state: "writing", done: 0, total: 1 });
      const sheet = await insertReport(
        gateway,
        report,
        {
          baseName: s(baseName),
          tablePrefix: TABLE_PREFIX[results.method],
          sourceAddress: range.address,
          formula,
          labels: { title: s(title), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") },
          detailTables: detail,
        },
        (p) => setInsert({ state: "writing", done: p.done, total: p.total }),
      );
      setInsert({ state: "done", sheet });
    } catch (e) {
      setInsert({ state: "error", message: describeFailure(language, e, { sheet: s(baseName) }) });
    }
  };

  const insertActions = {
    insert,
    onBack: () => setStep(method === "clusters" ? "chooseK" : "options"),
    onInsert: insertIntoWorkbook,
    onGoToSheet: (name: string) => void gateway.activate(name),
    onStartOver: () => {
      setStep("method");
      setResults(undefined);
      setElbow(undefined);
      setInsert({ state: "idle" });
    },
  };

  const done = insert.state === "done";
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Subtitle1 as="h2" className={styles.heading}>
          {s("segTitle")}
        </Subtitle1>
        <Button appearance="subtle" onClick={onClose}>
          {s("allAnalyses")}
        </Button>
      </div>
      <Body1 aria-live="polite">{fill(language, "segStepOf", { n: done ? total : steps.indexOf(step) + 1, total, name: s(done ? "stepInsert" : STEP_NAMES[step]) })}</Body1>
      {step === "method" && <MethodStep language={language} method={method} onMethodChange={setMethod} onNext={() => setStep("data")} />}
      {step === "data" && <SegmentDataStep language={language} method={method} {...data.stepProps} onBack={() => setStep("method")} onNext={fromData} />}
      {step === "options" && (
        <SegmentOptionsStep
          language={language}
          method={method}
          form={form}
          onFormChange={setForm}
          skewed={skewedNames}
          running={running}
          problem={problem}
          onBack={() => setStep("data")}
          onRun={runOptions}
        />
      )}
      {step === "chooseK" && elbow && (
        <ChooseKStep language={language} elbow={elbow.output} k={k} onKChange={setK} running={running} problem={problem} onBack={() => setStep("options")} onRun={runKMeans} />
      )}
      {step === "results" && results?.method === "clusters" && (
        <ClusterResults language={language} output={results.output} elbow={results.elbow} settings={results.settings} names={clusterNames} onNamesChange={setClusterNames} {...insertActions} />
      )}
      {step === "results" && results?.method === "tiers" && <TierResults language={language} output={results.output} names={tierNames} onNamesChange={setTierNames} {...insertActions} />}
      {step === "results" && results?.method === "pareto" && <ParetoResults language={language} output={results.output} settings={results.settings} {...insertActions} />}
    </div>
  );
}
