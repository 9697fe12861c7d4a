// The analysis work the pane sends off the UI thread: plain data in, plain data out, so the same
// function runs in a Web Worker (worker-runner.ts) or, where there is none, in-thread.
import type { Report } from "../../core/report";
import { rfmFromRead, rfmOptionsFromArgs, TRANSACTION_COLUMNS } from "../../core/rfm";
import { type ColumnRef, readColumns, type SkipCount } from "../../core/table/columns";
import { InputError } from "../../core/table/errors";
import { ltvFromTransactions, ltvOptionsFromArgs, ltvReport, type PurchaseModelName, validateFromTransactions, validationReport, type Verdict } from "../../core/clv";
import { describeSkips } from "../../core/table/notes";
import { dateArg } from "../../core/table/scalars";
import { isoFromEpochDay } from "../../core/table/date";
import { type AbTestInput, type AbTestOutput, type AbTestSettings, runAbTestTask } from "./abtest-task";
import { inspectVocTask, runVocTask, type VocInput, type VocInspect, type VocOutput, type VocSettings } from "./voc-task";
import { type KanoInput, type KanoOutput, type KanoSettings, runKanoTask } from "./kano-task";
import * as seg from "./segment-task";
import * as coh from "./cohort-task";

export interface TransactionMapping {
  customer: number;
  date: number;
  amount: number;
}

export interface RfmSettings {
  bins: number;
  /** ISO date (yyyy-mm-dd) or "" for the default. */
  asOf: string;
  monetary: "total" | "mean";
  mergeSameDay: boolean;
  /** Values of the user's segment map range, when the user gave one. */
  segmentMap?: unknown[][];
}

export interface TransactionInput {
  values: unknown[][];
  hasHeader: boolean;
  mapping: TransactionMapping;
  /** Column labels used in messages (the headers). */
  labels: { customer: string; date: string; amount: string };
  /** Row number of values[0] in the sheet (1-based), so messages point at sheet rows. */
  firstRowNumber: number;
}

/** What reading the mapped columns gives, before any analysis: for the data step's preview. */
export interface InspectResult {
  rows: number;
  skipped: SkipCount[];
  blankRows: number;
  /** First and last transaction dates as ISO strings, for defaults and hints. */
  firstDate?: string;
  lastDate?: string;
}

export interface RfmOutput {
  report: Report;
  inspect: InspectResult;
  refundRows: number;
  refundOnlyCustomers: number;
  afterAsOf: number;
  bins: number;
  quantileCuts: boolean;
  standardMap: boolean;
}

export interface ClvSettings {
  model: PurchaseModelName;
  horizonMonths: number;
  /** Yearly discount rate as a fraction (0.1 = 10%). */
  annualDiscountRate: number;
  /** Margin as a fraction of spend. */
  margin: number;
  /** ISO date or "" for the day after the last transaction. */
  asOf: string;
  /** ISO date ending the calibration period of a holdout check, or "" for none. */
  calibrationEnd: string;
}

export interface ClvOutput {
  report: Report;
  /** The holdout check, when a calibration end was given. */
  validation?: { report: Report; verdict: Verdict; verdictText: string };
  inspect: InspectResult;
}

/** Stages of a long analysis, for the pane's progress. */
export type TaskStage = "reading" | "fitting" | "valuing" | "validating";

// One line per task in Task, TaskOutputs and runTask's dispatch.
export type Task =
  | { kind: "transactions.inspect"; input: TransactionInput }
  | { kind: "rfm.run"; input: TransactionInput; settings: RfmSettings }
  | { kind: "abtest.run"; input: AbTestInput; settings: AbTestSettings }
  | { kind: "voc.inspect"; input: VocInput }
  | { kind: "voc.run"; input: VocInput; settings: VocSettings }
  | { kind: "kano.run"; input: KanoInput; settings: KanoSettings }
  | { kind: "segment.elbow"; input: seg.ClusterInput; settings: seg.ClusterSettings }
  | { kind: "segment.kmeans"; input: seg.ClusterInput; settings: seg.ClusterSettings & { k: number } }
  | { kind: "segment.tier"; input: seg.TierInput; settings: seg.TierSettings }
  | { kind: "segment.pareto"; input: seg.ParetoInput; settings: seg.ParetoSettings }
  | { kind: "cohort.run"; input: TransactionInput; settings: coh.CohortSettings }
  | { kind: "churn.run"; input: TransactionInput; settings: coh.ChurnSettings }
  | { kind: "funnel.run"; input: coh.FunnelTaskInput }
  | { kind: "clv.run"; input: TransactionInput; settings: ClvSettings };

/** What each kind of task returns. */
export interface TaskOutputs {
  "transactions.inspect": InspectResult;
  "rfm.run": RfmOutput;
  "abtest.run": AbTestOutput;
  "clv.run": ClvOutput;
  "voc.inspect": VocInspect;
  "voc.run": VocOutput;
  "kano.run": KanoOutput;
  "cohort.run": coh.CohortOutput;
  "churn.run": coh.ChurnOutput;
  "funnel.run": coh.FunnelOutput;
  "segment.elbow": seg.ElbowOutput;
  "segment.kmeans": seg.KMeansOutput;
  "segment.tier": seg.TierOutput;
  "segment.pareto": seg.ParetoOutput;
}
export type TaskOutput<T extends Task> = TaskOutputs[T["kind"]];

/** An input problem (InputError) as plain data that crosses the worker boundary. */
export interface TaskFailure {
  kind: "input" | "internal";
  message: string;
  row?: number;
  argument?: string;
}

function readTransactions(input: TransactionInput) {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  return readColumns(
    { customer: ref(input.mapping.customer), day: ref(input.mapping.date), amount: ref(input.mapping.amount) },
    {
      customer: { ...TRANSACTION_COLUMNS.customer, label: input.labels.customer },
      day: { ...TRANSACTION_COLUMNS.day, label: input.labels.date },
      // No amount column (mapping -1, cohorts and churn only): every amount reads as blank, counted as 0, so no row is skipped.
      amount: { ...TRANSACTION_COLUMNS.amount, label: input.labels.amount, ...(input.mapping.amount < 0 ? { blank: "zero" as const } : {}) },
    },
    { header: input.hasHeader, firstRowNumber: input.firstRowNumber },
  );
}

function inspectOf(read: ReturnType<typeof readTransactions>): InspectResult {
  let last = -Infinity;
  let first = Infinity;
  for (const d of read.columns.day) {
    if (d > last) last = d;
    if (d < first) first = d;
  }
  return {
    rows: read.length,
    skipped: read.skipped,
    blankRows: read.blankRows,
    firstDate: read.length > 0 ? isoFromEpochDay(first) : undefined,
    lastDate: read.length > 0 ? isoFromEpochDay(last) : undefined,
  };
}

function runClv(read: ReturnType<typeof readTransactions>, s: ClvSettings, progress: (stage: TaskStage) => void): ClvOutput {
  if (read.length === 0) throw new InputError("no transaction rows with data");
  const options = ltvOptionsFromArgs({
    horizonMonths: s.horizonMonths,
    annualDiscountRate: s.annualDiscountRate,
    margin: s.margin,
    asOf: s.asOf || undefined,
    model: s.model,
  });
  const tx = { customer: read.columns.customer, day: read.columns.day, amount: read.columns.amount };
  progress("fitting");
  const result = ltvFromTransactions(tx, options);
  progress("valuing");
  const report = ltvReport(result, describeSkips(read));
  let validation: ClvOutput["validation"];
  if (s.calibrationEnd) {
    progress("validating");
    const calibrationEnd = dateArg("calibration_end", s.calibrationEnd)!;
    const v = validateFromTransactions(tx, { calibrationEnd, model: options.model });
    validation = { report: validationReport(v), verdict: v.validation.verdict, verdictText: v.validation.verdictText };
  }
  return { report, validation, inspect: inspectOf(read) };
}

export function runTask(task: Task, progress: (stage: TaskStage) => void = () => undefined): TaskOutputs[Task["kind"]] {
  progress("reading");
  // Tasks with their own input (surveys, experiments) return here, before transactions are read.
  // Cohorts and churn read only the columns their formulas read (see cohort-task.ts), so they return here too.
  if (task.kind === "funnel.run") return coh.runFunnelTask(task.input);
  if (task.kind === "cohort.run") return coh.runCohortTask(task.input, task.settings);
  if (task.kind === "churn.run") return coh.runChurnTask(task.input, task.settings);
  if (task.kind === "segment.elbow") return seg.runElbowTask(task.input, task.settings, progress);
  if (task.kind === "segment.kmeans") return seg.runKMeansTask(task.input, task.settings, progress);
  if (task.kind === "segment.tier") return seg.runTierTask(task.input, task.settings);
  if (task.kind === "segment.pareto") return seg.runParetoTask(task.input, task.settings);
  if (task.kind === "kano.run") return runKanoTask(task.input, task.settings);
  if (task.kind === "abtest.run") return runAbTestTask(task.input, task.settings);
  if (task.kind === "voc.inspect") return inspectVocTask(task.input);
  if (task.kind === "voc.run") return runVocTask(task.input, task.settings);
  const read = readTransactions(task.input);
  if (task.kind === "transactions.inspect") return inspectOf(read);
  if (task.kind === "clv.run") return runClv(read, task.settings, progress);
  return runRfm(read, task.settings);
}

function runRfm(read: ReturnType<typeof readTransactions>, s: RfmSettings): RfmOutput {
  const options = rfmOptionsFromArgs({
    asOf: s.asOf || undefined,
    bins: s.bins,
    segmentMap: s.segmentMap,
    monetary: s.monetary,
    mergeSameDay: s.mergeSameDay,
  });
  const { result, report } = rfmFromRead(read, options);
  return {
    report,
    inspect: inspectOf(read),
    refundRows: result.customers.refundRows,
    refundOnlyCustomers: result.customers.refundOnlyCustomers,
    afterAsOf: result.customers.afterAsOf,
    bins: result.scores.bins,
    quantileCuts: result.scores.quantileCuts,
    standardMap: result.scores.standardMap,
  };
}

export function taskFailure(e: unknown): TaskFailure {
  if (e instanceof InputError) return { kind: "input", message: e.message, row: e.row, argument: e.argument };
  return { kind: "internal", message: e instanceof Error ? e.message : String(e) };
}

/** Runs tasks; the pane does not know whether a worker is behind it. Rejects with a TaskFailure. */
export interface AnalysisRunner {
  run<T extends Task>(task: T, onProgress?: (stage: TaskStage) => void): Promise<TaskOutput<T>>;
}

/** Runs tasks on the calling thread (tests, and hosts without Web Workers). */
export const inThreadRunner: AnalysisRunner = {
  run<T extends Task>(task: T, onProgress?: (stage: TaskStage) => void): Promise<TaskOutput<T>> {
    try {
      return Promise.resolve(runTask(task, onProgress) as TaskOutput<T>);
    } catch (e) {
      return Promise.reject(taskFailure(e));
    }
  },
};
