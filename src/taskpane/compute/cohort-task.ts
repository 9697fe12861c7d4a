// The cohort, churn and funnel tasks of the cohort wizard: plain data in and out (they cross the
// Web Worker boundary). Cohorts and churn read only the columns their custom functions read
// (customer and date; the amount only for the revenue measure), so a blank amount does not drop a
// row the formula =CX.COHORT(...) or =CX.CHURN(...) would count: the wizard's numbers are the formula's.
import {
  ACTIVITY_COLUMNS,
  churnAnalysis,
  churnOptionsFromArgs,
  churnReport,
  COHORT_AMOUNT_COLUMNS,
  cohortAnalysis,
  type CohortMeasure,
  cohortReport,
  cohortTable,
  FUNNEL_COLUMNS,
  funnelFromRead,
} from "../../core/cohort";
import type { Report, ReportTable } from "../../core/report";
import { type ColumnRef, readColumns } from "../../core/table/columns";
import { argError, InputError } from "../../core/table/errors";
import { describeSkips } from "../../core/table/notes";
import type { Period } from "../../core/voc/period";
import type { TransactionInput } from "./tasks";

export interface CohortSettings {
  period: Period;
  measure: CohortMeasure;
}

export interface CohortOutput {
  /** The engine's report for the chosen measure (tables cohorts, heatmap, curves). */
  report: Report;
  /** Retention by cohort (the "cohorts" table in the retention measure), for the plain-language reading. */
  retention: ReportTable;
}

export interface ChurnSettings {
  /** ISO date or "" for the day after the last transaction. */
  asOf: string;
  inactiveDays: number;
  period: Period;
}

export interface ChurnOutput {
  report: Report;
  /** Why there is no churn rate by period (e.g. too many periods), in the engine's words. */
  ratesProblem?: string;
}

/** A range with a stage-name column and a count column. */
export interface FunnelTaskInput {
  values: unknown[][];
  hasHeader: boolean;
  stage: number;
  count: number;
  labels: { stage: string; count: string };
  /** Row number of values[0] in the sheet (1-based). */
  firstRowNumber: number;
}

export interface FunnelOutput {
  report: Report;
}

function readActivity(input: TransactionInput, withAmount: boolean) {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  const options = { header: input.hasHeader, firstRowNumber: input.firstRowNumber };
  const customer = { ...ACTIVITY_COLUMNS.customer, label: input.labels.customer };
  const day = { ...ACTIVITY_COLUMNS.day, label: input.labels.date };
  if (!withAmount) return readColumns({ customer: ref(input.mapping.customer), day: ref(input.mapping.date) }, { customer, day }, options);
  return readColumns(
    { customer: ref(input.mapping.customer), day: ref(input.mapping.date), amount: ref(input.mapping.amount) },
    { customer, day, amount: { ...COHORT_AMOUNT_COLUMNS.amount, label: input.labels.amount } },
    options,
  );
}

function noRows(labels: Record<string, string>): InputError {
  return new InputError(`${Object.values(labels).join(", ")}: no transaction rows with data`);
}

/** Cohorts as =CX.COHORT(customers, dates, period, measure[, amounts]) computes them. */
export function runCohortTask(input: TransactionInput, settings: CohortSettings): CohortOutput {
  const revenue = settings.measure === "revenue";
  if (revenue && input.mapping.amount < 0) throw argError("amounts", 'give the amounts of the transactions for the measure "revenue"');
  const read = readActivity(input, revenue);
  if (read.length === 0) throw noRows(read.labels);
  const cols = read.columns as { customer: string[]; day: Float64Array; amount?: Float64Array };
  const result = cohortAnalysis({ customer: cols.customer, day: cols.day, amount: cols.amount }, settings.period);
  return { report: cohortReport(result, settings.measure, describeSkips(read)), retention: cohortTable(result, "retention") };
}

/** Churn status and churn rate by period, as =CX.CHURN and =CX.CHURN.RATE compute them. */
export function runChurnTask(input: TransactionInput, settings: ChurnSettings): ChurnOutput {
  const options = churnOptionsFromArgs({ asOf: settings.asOf || undefined, inactiveDays: settings.inactiveDays, period: settings.period });
  const read = readActivity(input, false);
  if (read.length === 0) throw noRows(read.labels);
  const result = churnAnalysis({ customer: read.columns.customer, day: read.columns.day }, options);
  return { report: churnReport(result, describeSkips(read)), ratesProblem: result.ratesProblem?.message };
}

/** The funnel, as =CX.FUNNEL(stage_names, counts) computes it; rows numbered as in the sheet. */
export function runFunnelTask(input: FunnelTaskInput): FunnelOutput {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  const read = readColumns(
    { stage: ref(input.stage), count: ref(input.count) },
    { stage: { ...FUNNEL_COLUMNS.stage, label: input.labels.stage }, count: { ...FUNNEL_COLUMNS.count, label: input.labels.count } },
    { header: input.hasHeader, firstRowNumber: input.firstRowNumber },
  );
  return { report: funnelFromRead(read) };
}
