// The analysis work the pane sends off the UI thread: plain data in, plain data out, so the same
// function runs in a Web Worker (worker-runner.ts) or, where there is none, in-thread.
import type { Report } from "../../core/report";
import { rfmFromRead, rfmOptionsFromArgs, TRANSACTION_COLUMNS } from "../../core/rfm";
import { type ColumnRef, readColumns, type SkipCount } from "../../core/table/columns";
import { InputError } from "../../core/table/errors";

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
  /** Last transaction date as an ISO string, for the default as-of hint. */
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

export type Task = { kind: "transactions.inspect"; input: TransactionInput } | { kind: "rfm.run"; input: TransactionInput; settings: RfmSettings };
export type TaskOutput<T extends Task> = T extends { kind: "transactions.inspect" } ? InspectResult : RfmOutput;

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
      amount: { ...TRANSACTION_COLUMNS.amount, label: input.labels.amount },
    },
    { header: input.hasHeader, firstRowNumber: input.firstRowNumber },
  );
}

function inspectOf(read: ReturnType<typeof readTransactions>): InspectResult {
  let last = -Infinity;
  for (const d of read.columns.day) if (d > last) last = d;
  return {
    rows: read.length,
    skipped: read.skipped,
    blankRows: read.blankRows,
    lastDate: read.length > 0 ? new Date(last * 86_400_000).toISOString().slice(0, 10) : undefined,
  };
}

export function runTask(task: Task): InspectResult | RfmOutput {
  const read = readTransactions(task.input);
  if (task.kind === "transactions.inspect") return inspectOf(read);
  const s = task.settings;
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
  run<T extends Task>(task: T): Promise<TaskOutput<T>>;
}

/** Runs tasks on the calling thread (tests, and hosts without Web Workers). */
export const inThreadRunner: AnalysisRunner = {
  run<T extends Task>(task: T): Promise<TaskOutput<T>> {
    try {
      return Promise.resolve(runTask(task) as TaskOutput<T>);
    } catch (e) {
      return Promise.reject(taskFailure(e));
    }
  },
};
