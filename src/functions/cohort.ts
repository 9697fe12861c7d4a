/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.COHORT, =CX.FUNNEL, =CX.CHURN and =CX.CHURN.RATE: thin adapters over src/core/cohort.
import {
  ACTIVITY_COLUMNS,
  churnAnalysis,
  churnOptionsFromArgs,
  churnReport,
  COHORT_AMOUNT_COLUMNS,
  cohortFromRead,
  cohortOptionsFromArgs,
  FUNNEL_COLUMNS,
  funnelFromRead,
} from "../core/cohort";
import { findTable } from "../core/report";
import { isBlank } from "../core/table/blank";
import { columnVector, readColumns } from "../core/table/columns";
import { InputError } from "../core/table/errors";
import { describeSkips } from "../core/table/notes";
import { scalarOf } from "../core/table/scalars";
import { guard } from "./excel-errors";
import { spill } from "./spill";

/** An optional range argument left out (omitted, or a blank cell). */
function omitted(v: unknown): boolean {
  return isBlank(scalarOf(v));
}

function readActivity(customer_ids: unknown, dates: unknown) {
  return readColumns({ customer: columnVector("customer_ids", customer_ids), day: columnVector("dates", dates) }, ACTIVITY_COLUMNS);
}

function churnReportOf(customer_ids: unknown, dates: unknown, as_of: unknown, inactive_days: unknown, period: unknown) {
  const options = churnOptionsFromArgs({ asOf: as_of, inactiveDays: inactive_days, period });
  const read = readActivity(customer_ids, dates);
  if (read.length === 0) throw new InputError("customer_ids, dates: no transaction rows with data");
  const result = churnAnalysis(read.columns, options);
  return { result, report: churnReport(result, describeSkips(read)) };
}

/**
 * Acquisition cohorts: customers grouped by the month (week, quarter or year) of their first purchase, and for each cohort the active customers, the retention or the revenue in each period since then.
 * @customfunction COHORT
 * @param customer_ids Customer id of each transaction (a column; a header row and trailing blanks are fine).
 * @param dates Date of each transaction: Excel dates, yyyy-mm-dd or yyyymmdd text.
 * @param [period] Cohort and column period: "month" (default), "week" (ISO, Monday to Sunday), "quarter" or "year".
 * @param [measure] "customers" (default: customers who bought in the period), "retention" (their share of the cohort) or "revenue" (needs amounts).
 * @param [amounts] Amount of each transaction, for the measure "revenue"; negative amounts are refunds, netted into revenue.
 * @returns A table: cohort, customers, then one column per period since the first purchase (Month 0, Month 1, ...).
 */
export function cohort(customer_ids: any[][], dates: any[][], period?: any, measure?: any, amounts?: any[][]): any[][] {
  return guard(() => {
    const options = cohortOptionsFromArgs({ period, measure });
    const customer = columnVector("customer_ids", customer_ids);
    const day = columnVector("dates", dates);
    const read = omitted(amounts)
      ? readColumns({ customer, day }, ACTIVITY_COLUMNS)
      : readColumns({ customer, day, amount: columnVector("amounts", amounts) }, COHORT_AMOUNT_COLUMNS);
    return spill(findTable(cohortFromRead(read, options), "cohorts"));
  });
}

/**
 * Conversion funnel: the step conversion from each stage to the next, the overall conversion from the first stage, the people lost at each step, and the biggest drop flagged.
 * @customfunction FUNNEL
 * @param stage_names Name of each stage, top of the funnel first (a column; a header row is fine).
 * @param counts People who reached each stage (0 or more); counts must not increase down the funnel.
 * @returns A table: stage, count, step conversion, overall conversion, lost, biggest drop.
 */
export function funnel(stage_names: any[][], counts: any[][]): any[][] {
  return guard(() => {
    const read = readColumns({ stage: columnVector("stage_names", stage_names), count: columnVector("counts", counts) }, FUNNEL_COLUMNS);
    return spill(findTable(funnelFromRead(read), "funnel"));
  });
}

/**
 * Churn status of each customer from purchase dates: churned when the last purchase is more than inactive_days days before as_of, else active.
 * @customfunction CHURN
 * @param customer_ids Customer id of each transaction (a column; a header row and trailing blanks are fine).
 * @param dates Date of each transaction: Excel dates, yyyy-mm-dd or yyyymmdd text.
 * @param [as_of] Date of the analysis. Default: the day after the last transaction; later transactions are left out.
 * @param [inactive_days] Days without a purchase after which a customer counts as churned, 1 to 36500. Default 90.
 * @returns A table: customer, first purchase, last purchase, purchases, days since last purchase, status.
 */
export function churn(customer_ids: any[][], dates: any[][], as_of?: any, inactive_days?: any): any[][] {
  return guard(() => spill(findTable(churnReportOf(customer_ids, dates, as_of, inactive_days, undefined).report, "customers")));
}

/**
 * Churn rate by period: of the customers active at the start of each month (week, quarter or year), the share no longer active at its end, with new and active customers.
 * @customfunction CHURN.RATE
 * @param customer_ids Customer id of each transaction (a column; a header row and trailing blanks are fine).
 * @param dates Date of each transaction: Excel dates, yyyy-mm-dd or yyyymmdd text.
 * @param [period] "month" (default), "week" (ISO, Monday to Sunday), "quarter" or "year".
 * @param [as_of] Date of the analysis, the end of the last period. Default: the day after the last transaction.
 * @param [inactive_days] Days without a purchase after which a customer counts as churned, 1 to 36500. Default 90.
 * @returns A table: period, start, end, active at start, churned, churn rate, new customers, active at end.
 */
export function churnRate(customer_ids: any[][], dates: any[][], period?: any, as_of?: any, inactive_days?: any): any[][] {
  return guard(() => {
    const { result, report } = churnReportOf(customer_ids, dates, as_of, inactive_days, period);
    if (result.ratesProblem) throw result.ratesProblem;
    return spill(findTable(report, "rates"));
  });
}
