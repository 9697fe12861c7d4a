/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.LTV, =CX.CLV.SUMMARY, =CX.CLV.FIT, =CX.PALIVE, =CX.PURCHASES, =CX.SPEND.FIT, =CX.SPEND,
// =CX.LTV.SIMPLE and =CX.RETENTION.FIT: thin adapters over src/core/clv. The tables are shaped in
// core/clv/fit-tables.ts (shared with `cx clv-fit`), the `params` argument is read in clv-params.ts.
import {
  compressRepeatData,
  fitGammaGamma,
  fitSbg,
  gammaGammaConditionalExpectedSpend,
  ltvFromTransactions,
  ltvOptionsFromArgs,
  ltvReport,
  modelArg,
  purchaseModels,
  retentionLtv,
  sbgDiscountedExpectedLifetime,
  simpleLtv,
  summarizeTransactions,
  unitArg,
} from "../core/clv";
import { type Cell, findTable, type ReportTable } from "../core/report";
import { TRANSACTION_COLUMNS } from "../core/rfm";
import { isBlank } from "../core/table/blank";
import { columnVector, type ColumnSpec, readColumns, type ReadResult } from "../core/table/columns";
import { argError, cellError, InputError } from "../core/table/errors";
import { describeSkips } from "../core/table/notes";
import { dateArg, numberArg, scalarOf } from "../core/table/scalars";
import { purchaseParamsArg, spendParamsArg } from "./clv-params";
import { atSourceRows, FIT_ROW, fitRows, parametersOf, REPEAT_COLUMNS, SBG_LABEL, SPEND_COLUMNS, spendRows, summaryTable } from "../core/clv/fit-tables";
import { guard } from "./excel-errors";
import { alignedSpill, spill } from "./spill";

const SURVIVOR_COLUMNS = {
  survivors: { kind: "number", label: "survivors", min: 0, blank: "error" },
} as const satisfies Record<string, ColumnSpec>;

function readTransactions(customer_ids: unknown, dates: unknown, amounts: unknown) {
  const read = readColumns(
    {
      customer: columnVector("customer_ids", customer_ids),
      day: columnVector("dates", dates),
      amount: columnVector("amounts", amounts),
    },
    TRANSACTION_COLUMNS,
  );
  if (read.length === 0) throw new InputError("customer_ids, dates, amounts: no transaction rows with data");
  return read;
}

function readRepeat(frequency: unknown, recency: unknown, T: unknown) {
  const read = readColumns(
    { frequency: columnVector("frequency", frequency), recency: columnVector("recency", recency), T: columnVector("T", T) },
    REPEAT_COLUMNS,
  );
  if (read.length === 0) throw new InputError("frequency, recency, T: no customer rows with data");
  // The same checks as a fit (t_x <= T, t_x = 0 when x = 0), said with the rows the user sees.
  atSourceRows(read, () => compressRepeatData(read.columns));
  return read;
}

function readSpend(frequency: unknown, monetary: unknown) {
  const read = readColumns({ frequency: columnVector("frequency", frequency), monetary: columnVector("monetary", monetary) }, SPEND_COLUMNS);
  if (read.length === 0) throw new InputError("frequency, monetary: no customer rows with data");
  return read;
}

function penalizerArg(v: unknown): number {
  return numberArg("penalizer", v, 0, (p) => (p >= 0 && p <= 1000 ? undefined : `${p} must be a number from 0 to 1000 (0 = no penalty; try 0.001 to 0.1)`));
}

/** spill(), but a value that is not a finite number is an input problem (a degenerate fit), not a crash. */
function spillTable(table: ReportTable): Cell[][] {
  for (const row of table.rows) {
    for (const c of row) {
      if (typeof c === "number" && !Number.isFinite(c)) {
        throw new InputError(`${table.title}: a result is not a finite number; the model does not fit these data (too few customers, or extreme values)`);
      }
    }
  }
  return spill(table);
}

/**
 * One value per customer row, placed beside the input rows (blank or skipped rows spill as empty
 * cells). A value outside [min, max] beyond rounding means the formulas lost their digits on
 * extreme parameters: an error, never a wrong number.
 */
function perCustomer<T extends Record<string, ColumnSpec>>(read: ReadResult<T>, header: string, value: (i: number) => number, min = -Infinity, max = Infinity): Cell[][] {
  const rows: Cell[][] = new Array(read.length);
  const slack = 1e-9;
  for (let i = 0; i < read.length; i++) {
    let v = value(i);
    if (v < min && v >= min - slack) v = min;
    if (v > max && v <= max + slack) v = max;
    if (!Number.isFinite(v) || v < min || v > max) {
      const labels = Object.values(read.labels).join(", ");
      throw new InputError(`${labels}, row ${read.sourceRows[i]}: the ${header} cannot be computed for these values (they are too extreme for the model's parameters)`);
    }
    rows[i] = [v];
  }
  return alignedSpill(read.hasHeader ? [header] : undefined, rows, read.sourceRows);
}

/** A required single number: blank or a range is an error naming the argument. */
function requiredNumber(label: string, v: unknown, check: (n: number) => string | undefined): number {
  const s = scalarOf(v);
  if (isBlank(s)) throw argError(label, "is required");
  if (Array.isArray(s)) throw argError(label, "give a single value, not a range");
  return numberArg(label, s, NaN, check);
}

/**
 * Customer lifetime value from transactions: BG/NBD (or MBG/NBD, Pareto/NBD) for repeat purchases and Gamma-Gamma for spend, fitted on your data; per customer the probability of being alive, expected purchases and spend in the horizon, and the discounted lifetime value.
 * @customfunction LTV
 * @param customer_ids Customer id of each transaction (a column; a header row and trailing blanks are fine).
 * @param dates Date of each transaction: Excel dates, yyyy-mm-dd or yyyymmdd text.
 * @param amounts Amount of each transaction; negative amounts are refunds and are left out.
 * @param [horizon_months] Months ahead to value, a whole number from 1 to 1200. Default 12.
 * @param [annual_discount_rate] Yearly discount rate, e.g. 0.1 or 10% (default 10%), applied monthly.
 * @param [margin] Profit margin as a share of spend, above 0 and at most 1 (default 1: the value in revenue).
 * @param [as_of] Date of the analysis. Default: the day after the last transaction; later transactions are left out.
 * @param [model] Purchase model: "BG/NBD" (default), "MBG/NBD" or "Pareto/NBD".
 * @returns A table: customer, repeat purchases, recency, age, P(alive), expected purchases, expected spend, CLV.
 */
export function ltv(
  customer_ids: any[][],
  dates: any[][],
  amounts: any[][],
  horizon_months?: any,
  annual_discount_rate?: any,
  margin?: any,
  as_of?: any,
  model?: any,
): any[][] {
  return guard(() => {
    const options = ltvOptionsFromArgs({ horizonMonths: horizon_months, annualDiscountRate: annual_discount_rate, margin, asOf: as_of, model });
    const read = readTransactions(customer_ids, dates, amounts);
    const result = ltvFromTransactions(read.columns, options);
    return spillTable(findTable(ltvReport(result, describeSkips(read)), "customers"));
  });
}

/**
 * Repeat-purchase summary of each customer from transactions, the input of the lifetime-value models: repeat purchases (frequency), recency, age T and mean repeat spend, with holdout purchases and spend when a holdout end is given.
 * @customfunction CLV.SUMMARY
 * @param customer_ids Customer id of each transaction (a column; a header row and trailing blanks are fine).
 * @param dates Date of each transaction: Excel dates, yyyy-mm-dd or yyyymmdd text.
 * @param amounts Amount of each transaction; negative amounts are refunds and are left out.
 * @param [unit] Time unit of recency and T: "days", "weeks" (default) or "months".
 * @param [calibration_end] Last day of the calibration period. Default: the day after the last transaction.
 * @param [holdout_end] Last day of a holdout period after calibration_end: adds each customer's holdout purchases and spend.
 * @returns A table: customer, frequency, recency, T, monetary (and holdout purchases, holdout spend).
 */
export function clvSummary(customer_ids: any[][], dates: any[][], amounts: any[][], unit?: any, calibration_end?: any, holdout_end?: any): any[][] {
  return guard(() => {
    const u = unitArg(unit);
    const calibrationEnd = dateArg("calibration_end", calibration_end);
    const holdoutEnd = dateArg("holdout_end", holdout_end);
    if (holdoutEnd !== undefined && calibrationEnd === undefined) throw argError("holdout_end", "needs a calibration_end: the holdout period starts the day after it");
    if (holdoutEnd !== undefined && calibrationEnd !== undefined && !(holdoutEnd > calibrationEnd)) {
      throw argError("holdout_end", "must be after calibration_end");
    }
    const read = readTransactions(customer_ids, dates, amounts);
    const summary = summarizeTransactions(read.columns, { unit: u, calibrationEnd, holdoutEnd });
    if (summary.customer.length === 0) {
      throw calibrationEnd !== undefined
        ? argError("calibration_end", "no customer made a purchase on or before that date")
        : new InputError("amounts: no purchases to summarise (negative amounts are refunds, not purchases)");
    }
    return spillTable(summaryTable(summary));
  });
}

/**
 * Fits a repeat-purchase model (BG/NBD, MBG/NBD or Pareto/NBD) to customer-level frequency, recency and age, as =CX.CLV.SUMMARY spills them: the parameters with standard errors, the log-likelihood, the customers fitted and whether the fit converged.
 * @customfunction CLV.FIT
 * @param frequency Repeat purchases of each customer: purchases after the first, a whole number (a column).
 * @param recency Time from each customer's first to last purchase (0 when frequency is 0), in weeks or another unit.
 * @param T Time from each customer's first purchase to the end of the period, in the same unit as recency.
 * @param [model] Purchase model: "BG/NBD" (default), "MBG/NBD" or "Pareto/NBD".
 * @param [penalizer] L2 penalty on the parameters, 0 (default) or more, e.g. 0.001 to 0.1 when the fit runs away.
 * @returns A table: model, parameter, estimate, standard error.
 */
export function clvFit(frequency: any[][], recency: any[][], T: any[][], model?: any, penalizer?: any): any[][] {
  return guard(() => {
    const m = purchaseModels[modelArg(model)];
    const lambda = penalizerArg(penalizer);
    const read = readRepeat(frequency, recency, T);
    const fit = atSourceRows(read, () => m.fit(read.columns, { penalizer: lambda }));
    return spillTable(parametersOf(fitRows(m.label, fit)));
  });
}

/**
 * Probability that each customer is still active ("alive") at the end of the period, from a fitted purchase model and the customer's frequency, recency and age. The result lines up row by row with the input.
 * @customfunction PALIVE
 * @param params The table =CX.CLV.FIT spills, or the model's 4 parameters in a row or column (BG/NBD: r, alpha, a, b).
 * @param frequency Repeat purchases of each customer: purchases after the first, a whole number.
 * @param recency Time from each customer's first to last purchase (0 when frequency is 0), in the unit of the fit.
 * @param T Time from each customer's first purchase to the end of the period, in the unit of the fit.
 * @param [model] Model of 4 bare numbers, or which model of a table to use: "BG/NBD" (default), "MBG/NBD" or "Pareto/NBD".
 * @returns P(alive) for each row (a header row when the input has one).
 */
export function pAlive(params: any[][], frequency: any[][], recency: any[][], T: any[][], model?: any): any[][] {
  return guard(() => {
    const p = purchaseParamsArg(params, model);
    const read = readRepeat(frequency, recency, T);
    const { frequency: x, recency: tx, T: age } = read.columns;
    return perCustomer(read, "P(alive)", (i) => p.model.probabilityAlive(p.params, x[i], tx[i], age[i]), 0, 1);
  });
}

/**
 * Expected purchases of each customer in the next horizon time units, from a fitted purchase model and the customer's frequency, recency and age. The result lines up row by row with the input.
 * @customfunction PURCHASES
 * @param params The table =CX.CLV.FIT spills, or the model's 4 parameters in a row or column (BG/NBD: r, alpha, a, b).
 * @param frequency Repeat purchases of each customer: purchases after the first, a whole number.
 * @param recency Time from each customer's first to last purchase (0 when frequency is 0), in the unit of the fit.
 * @param T Time from each customer's first purchase to the end of the period, in the unit of the fit.
 * @param horizon Length of the period ahead (t), in the unit of the fit: e.g. 52 for a year when recency and T are in weeks.
 * @param [model] Model of 4 bare numbers, or which model of a table to use: "BG/NBD" (default), "MBG/NBD" or "Pareto/NBD".
 * @returns Expected purchases for each row (a header row when the input has one).
 */
export function purchases(params: any[][], frequency: any[][], recency: any[][], T: any[][], horizon: any, model?: any): any[][] {
  return guard(() => {
    const p = purchaseParamsArg(params, model);
    const t = requiredNumber("horizon", horizon, (v) => (v >= 0 ? undefined : `${v} must be a length of time of 0 or more, in the unit of recency and T`));
    const read = readRepeat(frequency, recency, T);
    const { frequency: x, recency: tx, T: age } = read.columns;
    return perCustomer(read, "Expected purchases", (i) => p.model.conditionalExpectedPurchases(p.params, t, x[i], tx[i], age[i]), 0);
  });
}

/**
 * Fits the Gamma-Gamma spend model to customer-level repeat purchases and mean repeat spend: p, q and gamma with standard errors, the customers fitted and left out, the frequency-spend correlation (the model assumes none) and the mean spend.
 * @customfunction SPEND.FIT
 * @param frequency Repeat purchases of each customer (a column); customers with 0 are left out of the fit.
 * @param monetary Mean value of each customer's repeat purchases (0 or blank without repeat purchases).
 * @param [penalizer] L2 penalty on the parameters, 0 (default) or more, e.g. 0.001 to 0.1 when the fit runs away.
 * @returns A table: model, parameter, estimate, standard error.
 */
export function spendFit(frequency: any[][], monetary: any[][], penalizer?: any): any[][] {
  return guard(() => {
    const lambda = penalizerArg(penalizer);
    const read = readSpend(frequency, monetary);
    const fit = atSourceRows(read, () => fitGammaGamma(read.columns, { penalizer: lambda }));
    return spillTable(parametersOf(spendRows(fit), "Gamma-Gamma spend model"));
  });
}

/**
 * Expected spend per purchase of each customer from the Gamma-Gamma model: a weighted mean of the customer's own mean spend and the population mean. The result lines up row by row with the input.
 * @customfunction SPEND
 * @param params The table =CX.SPEND.FIT spills, or p, q, gamma as 3 numbers in a row or column.
 * @param frequency Repeat purchases of each customer, a whole number (a column).
 * @param monetary Mean value of each customer's repeat purchases (0 or blank without repeat purchases: the population mean applies).
 * @returns Expected spend per purchase for each row (a header row when the input has one).
 */
export function spend(params: any[][], frequency: any[][], monetary: any[][]): any[][] {
  return guard(() => {
    const p = spendParamsArg(params);
    if (!(p[1] > 1)) {
      throw argError("params", `Gamma-Gamma q = ${p[1]} is at most 1: the expected spend p gamma / (q - 1) is infinite, so the model cannot predict spend`);
    }
    const read = readSpend(frequency, monetary);
    const { frequency: x, monetary: m } = read.columns;
    // As the CLV does: a customer without repeat purchases, or with no positive spend, gets the population mean.
    return perCustomer(read, "Expected spend", (i) => gammaGammaConditionalExpectedSpend(p, m[i] > 0 ? x[i] : 0, m[i]), 0);
  });
}

/**
 * Back-of-the-envelope customer lifetime value: margin times revenue per period divided by churn; with a discount rate, the discounted form m r / (1 + d - r) with retention r = 1 - churn.
 * @customfunction LTV.SIMPLE
 * @param margin Profit margin as a share of revenue, above 0 and at most 1 (e.g. 0.3 or 30%).
 * @param arpu Average revenue per customer per period (e.g. per month), 0 or more.
 * @param churn Share of customers lost per period, above 0 and at most 1 (e.g. 0.05 or 5%).
 * @param [discount_rate] Discount rate per period (e.g. 0.01 a month). Given (even 0), the margin is received at the end of each period the customer stays.
 * @returns The lifetime value of one customer.
 */
export function ltvSimple(margin: any, arpu: any, churn: any, discount_rate?: any): number {
  return guard(() => {
    const mg = requiredNumber("margin", margin, (v) =>
      v > 0 && v <= 1 ? undefined : `${v} must be a share of revenue above 0 and at most 1 (write 0.3 or 30% for thirty percent)`,
    );
    const revenue = requiredNumber("arpu", arpu, (v) => (v >= 0 ? undefined : `${v} must be a revenue per customer per period of 0 or more`));
    const c = requiredNumber("churn", churn, (v) =>
      v > 0 && v <= 1 ? undefined : `${v} must be a share of customers lost per period, above 0 and at most 1 (write 0.05 or 5%)`,
    );
    const s = scalarOf(discount_rate);
    if (Array.isArray(s)) throw argError("discount_rate", "give a single value, not a range");
    const d = isBlank(s) ? undefined : numberArg("discount_rate", s, 0, (v) => (v >= 0 && v < 10 ? undefined : `${v} must be a rate per period from 0 (write 0.01 or 1%)`));
    const value =
      d === undefined
        ? simpleLtv({ arpu: revenue, margin: mg, churnRate: c })
        : retentionLtv({ marginPerPeriod: mg * revenue, retentionRate: 1 - c, discountRate: d });
    if (!Number.isFinite(value)) throw argError("arpu", `${revenue} is too large: the lifetime value is beyond the largest number Excel holds`);
    return value;
  });
}

/**
 * Fits the shifted-beta-geometric retention model (Fader & Hardie 2007) to the survivors of a cohort of subscribers: alpha and beta with standard errors and the log-likelihood; with a discount rate, the discounted expected lifetime of a new customer in periods.
 * @customfunction RETENTION.FIT
 * @param survivors Customers still active at the start (the cohort) and after each period: a column or row of counts that never increase.
 * @param [discount_rate] Discount rate per period (e.g. 0.1 a year): adds the discounted expected lifetime, in payments of one per period.
 * @returns A table: model, parameter, estimate, standard error.
 */
export function retentionFit(survivors: any[][], discount_rate?: any): any[][] {
  return guard(() => {
    const s = scalarOf(discount_rate);
    if (Array.isArray(s)) throw argError("discount_rate", "give a single value, not a range");
    const d = isBlank(s) ? undefined : numberArg("discount_rate", s, 0, (v) => (v >= 0 && v < 10 ? undefined : `${v} must be a rate per period from 0 (write 0.1 or 10%)`));
    const read = readColumns({ survivors: columnVector("survivors", survivors) }, SURVIVOR_COLUMNS);
    if (read.length < 2) throw argError("survivors", "give the cohort size and at least one later count (customers still active after each period)");
    // One count per period: a blank cell inside the column would shift the periods after it.
    const first = read.hasHeader ? 2 : 1;
    for (let i = 0; i < read.length; i++) {
      const expected = i === 0 ? first : read.sourceRows[i - 1] + 1;
      if (read.sourceRows[i] !== expected) throw cellError("survivors", expected, "is blank: give a count for every period");
    }
    const fit = fitSbg(read.columns.survivors);
    const rows = fitRows(SBG_LABEL, fit, FIT_ROW.cohort);
    if (d !== undefined) {
      if (d === 0 && fit.params[0] <= 1) {
        throw argError("discount_rate", `must be above 0 here: with alpha = ${fit.params[0].toPrecision(3)} at most 1 the undiscounted expected lifetime is infinite`);
      }
      rows.push([SBG_LABEL, FIT_ROW.lifetime, sbgDiscountedExpectedLifetime(fit.params, d), ""]);
    }
    return spillTable(parametersOf(rows, "Shifted-beta-geometric retention model"));
  });
}
