// The segmentation wizard: method (clusters, tiers, Pareto) -> data -> options -> [choose k] ->
// results -> insert. k-means (the elbow table, then the clustering) runs in the worker.
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { ClusterSettings, ElbowOutput } from "../compute/segment-task";
import type { AnalysisRunner } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { rangeRecipe } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";
import { useInsert } from "../wizard/useInsert";
import { ChooseKStep } from "./ChooseKStep";
import { clusterTaskInput, looksSkewed, type SegmentMethod } from "./segment-data";
import { DEFAULT_FORM, parseClusterSettings, parseParetoSettings, parseTierSettings, type SegmentForm } from "./segment-options";
import { runSegment, type SegmentRun, segmentSheetName, segmentSheetRequest, type SegmentState, segmentState, skippedRows } from "./segment-recipe";
import { defaultTierNames, suggestClusterNames } from "./segment-view";
import { MethodStep, SegmentDataStep } from "./SegmentDataStep";
import { SegmentOptionsStep } from "./SegmentOptionsStep";
import { ClusterResults, ParetoResults, TierResults } from "./SegmentResults";
import { useSegmentData } from "./useSegmentData";
import { WizardFrame } from "../wizard/WizardFrame";

type Step = "method" | "data" | "options" | "chooseK" | "results";
const STEP_NAMES: Record<Step, StringKey> = { method: "segStepMethod", data: "stepData", options: "stepOptions", chooseK: "segStepChooseK", results: "stepResults" };

/** The last run, the range it read and its state (what an insert writes and stores, with the names as edited by then). */
type Results = { run: SegmentRun; range: RangeData; state: SegmentState };

export interface SegmentWizardProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  onClose(): void;
}

export function SegmentWizard({ language, gateway, runner, onClose }: SegmentWizardProps) {
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
  const { insert, insertSheet, resetInsert, insertActions } = useInsert(gateway, language);

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

  /** The state of a run with these settings (the names as edited are added at the insert). */
  const stateFor = (range: RangeData, options: Parameters<typeof segmentState>[3]) => segmentState(range, data.hasHeader, data.mapping, options);

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
        const state = stateFor(range, { method: "tiers", settings, names: [] });
        const run = await runSegment(runner, range, state);
        setResults({ run, range, state });
        if (run.method === "tiers") setTierNames(defaultTierNames(language, run.output));
        resetInsert();
        setStep("results");
      });
    } else {
      const settings = parseParetoSettings(form);
      if (!settings) return;
      void attempt(s("running"), async () => {
        const state = stateFor(range, { method: "pareto", settings });
        setResults({ run: await runSegment(runner, range, state), range, state });
        resetInsert();
        setStep("results");
      });
    }
  };

  const runKMeans = () => {
    const range = data.range;
    if (!range || !elbow) return;
    const settings = elbow.settings;
    void attempt(s("segClustering"), async () => {
      // The elbow table is already computed for choosing k; a refresh runs both (runSegment).
      const output = await runner.run({ kind: "segment.kmeans", input: clusterTaskInput(range, data.hasHeader, data.mapping), settings: { ...settings, k } });
      const suggested = suggestClusterNames(language, output.profiles, output.names);
      const state = stateFor(range, { method: "clusters", settings, k, names: suggested, suggested });
      setResults({ run: { method: "clusters", output, elbow: elbow.output }, range, state });
      setClusterNames(suggested);
      resetInsert();
      setStep("results");
    });
  };

  const insertIntoWorkbook = async () => {
    if (!results) return;
    const { run, range } = results;
    const named = results.state;
    const state: SegmentState = named.method === "clusters" ? { ...named, names: [...clusterNames] } : named.method === "tiers" ? { ...named, names: tierNames.map((row) => [...row]) } : named;
    await insertSheet(segmentSheetRequest(language, range, run, state, skippedRows(range, state)), rangeRecipe("segment", segmentSheetName(language, state.method), range, state));
  };

  const actions = insertActions({
    onBack: () => setStep(method === "clusters" ? "chooseK" : "options"),
    onInsert: insertIntoWorkbook,
    onStartOver: () => {
      setStep("method");
      setResults(undefined);
      setElbow(undefined);
    },
  });

  const done = insert.state === "done";
  const shown = results?.run;
  const shownState = results?.state;
  return (
    <WizardFrame language={language} title={s("segTitle")} stepLabel={fill(language, "segStepOf", { n: done ? total : steps.indexOf(step) + 1, total, name: s(done ? "stepInsert" : STEP_NAMES[step]) })} onClose={onClose}>
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
      {step === "results" && shown?.method === "clusters" && shownState?.method === "clusters" && (
        <ClusterResults language={language} output={shown.output} elbow={shown.elbow} settings={shownState.settings} names={clusterNames} onNamesChange={setClusterNames} {...actions} />
      )}
      {step === "results" && shown?.method === "tiers" && <TierResults language={language} output={shown.output} names={tierNames} onNamesChange={setTierNames} {...actions} />}
      {step === "results" && shown?.method === "pareto" && shownState?.method === "pareto" && (
        <ParetoResults language={language} output={shown.output} settings={shownState.settings} {...actions} />
      )}
    </WizardFrame>
  );
}
