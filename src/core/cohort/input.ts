// The input side of cohorts, churn and funnels shared by every surface: column specs, options from
// loosely typed arguments (cells, CLI flags), and the path from read columns to a Report.
import { Report } from "../report";
import { TRANSACTION_COLUMNS } from "../rfm/input";
import { ColumnSpec, ReadResult } from "../table/columns";
import { argError, InputError } from "../table/errors";
import { describeSkips } from "../table/notes";
import { choiceArg, dateArg, integerArg } from "../table/scalars";
import { Period, periodArg } from "../voc/period";
import { churnAnalysis, DEFAULT_INACTIVE_DAYS, MAX_INACTIVE_DAYS } from "./churn";
import { churnReport } from "./churn-report";
import { cohortAnalysis, CohortMeasure, COHORT_MEASURES } from "./cohort";
import { cohortReport } from "./cohort-report";
import { funnelAnalysis } from "./funnel";
import { funnelReport } from "./funnel-report";

/** Customer and date of each transaction (churn, and cohorts without revenue). */
export const ACTIVITY_COLUMNS = {
  customer: TRANSACTION_COLUMNS.customer,
  day: TRANSACTION_COLUMNS.day,
} as const satisfies Record<string, ColumnSpec>;

/** Cohorts with amounts: blank amounts skip the row like a blank customer or date. */
export const COHORT_AMOUNT_COLUMNS = TRANSACTION_COLUMNS;

export const FUNNEL_COLUMNS = {
  stage: { kind: "category", label: "stage_names", blank: "error" },
  count: { kind: "number", label: "counts", min: 0, blank: "error" },
} as const satisfies Record<string, ColumnSpec>;

export type ActivityRead = ReadResult<typeof ACTIVITY_COLUMNS>;
export type CohortAmountRead = ReadResult<typeof COHORT_AMOUNT_COLUMNS>;
export type FunnelRead = ReadResult<typeof FUNNEL_COLUMNS>;

export interface CohortOptions {
  period: Period;
  measure: CohortMeasure;
}

/** period (week, month (default), quarter, year) and measure (customers (default), retention, revenue). */
export function cohortOptionsFromArgs(args: { period?: unknown; measure?: unknown }, labels = { period: "period", measure: "measure" }): CohortOptions {
  return {
    period: periodArg(args.period, labels.period),
    measure: choiceArg(labels.measure, args.measure, COHORT_MEASURES, "customers"),
  };
}

export interface ChurnOptions {
  asOf?: number;
  inactiveDays: number;
  period: Period;
}

export function churnOptionsFromArgs(
  args: { asOf?: unknown; inactiveDays?: unknown; period?: unknown },
  labels = { asOf: "as_of", inactiveDays: "inactive_days", period: "period" },
): ChurnOptions {
  return {
    asOf: dateArg(labels.asOf, args.asOf),
    inactiveDays: integerArg(labels.inactiveDays, args.inactiveDays, 1, MAX_INACTIVE_DAYS, DEFAULT_INACTIVE_DAYS),
    period: periodArg(args.period, labels.period),
  };
}

function noRows(labels: Record<string, string>): InputError {
  return new InputError(`${Object.values(labels).join(", ")}: no transaction rows with data`);
}

/** Cohorts from read columns; amounts (when read) are needed for the revenue measure. */
export function cohortFromRead(read: ActivityRead | CohortAmountRead, options: CohortOptions, amountsLabel = "amounts"): Report {
  const cols = read.columns as ActivityRead["columns"] & { amount?: Float64Array };
  if (options.measure === "revenue" && !cols.amount) throw argError(amountsLabel, 'give the amounts of the transactions for the measure "revenue"');
  if (read.length === 0) throw noRows(read.labels);
  const result = cohortAnalysis({ customer: cols.customer, day: cols.day, amount: cols.amount }, options.period);
  return cohortReport(result, options.measure, describeSkips(read));
}

export function churnFromRead(read: ActivityRead, options: ChurnOptions): Report {
  if (read.length === 0) throw noRows(read.labels);
  return churnReport(churnAnalysis(read.columns, options), describeSkips(read));
}

export function funnelFromRead(read: FunnelRead): Report {
  const { labels } = read;
  if (read.length === 0) throw new InputError(`${labels.stage}, ${labels.count}: no stage rows with data`);
  return funnelReport(funnelAnalysis({ stage: read.columns.stage, count: read.columns.count, rows: read.sourceRows, labels }), describeSkips(read));
}
