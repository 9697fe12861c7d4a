// Lifetime value from transactions, end to end: the summary, the purchase model and the spend
// model fitted on it, P(alive), expected purchases, spend and CLV per customer; and the holdout
// validation (fit on a calibration period, predict the next). What =CX.LTV, `cx ltv` and the
// wizard run.
import { argError, InputError } from "../table/errors";
import { customerLifetimeValue, type ClvResult } from "./clv";
import { fitGammaGamma, type GammaGammaFit } from "./gamma-gamma";
import { purchaseModels } from "./models";
import { cumulativeRepeatPurchases, summarizeTransactions, type TransactionColumns, type TransactionSummary } from "./summary";
import { DAYS_PER_UNIT, type FitResult, type PurchaseModel, type PurchaseModelName, type TimeUnit } from "./types";
import { expectedCumulativeRepeatPurchases, type HoldoutValidation, validateHoldout } from "./validation";

export interface LtvOptions {
  model?: PurchaseModelName;
  /** Time unit of the fit (default weeks, as the BTYD literature). */
  unit?: TimeUnit;
  horizonMonths?: number;
  /** Yearly discount rate (default 0.10), turned into a monthly one: (1 + y)^(1/12) - 1. */
  annualDiscountRate?: number;
  /** Profit margin as a fraction of spend (default 1: the CLV is in revenue). */
  margin?: number;
  /** Epoch day of the analysis (default the day after the last transaction). */
  asOf?: number;
  penalizer?: number;
}

export const LTV_DEFAULTS = { model: "bgnbd", unit: "weeks", horizonMonths: 12, annualDiscountRate: 0.1, margin: 1 } as const;

export interface LtvResult {
  summary: TransactionSummary;
  model: PurchaseModel;
  fit: FitResult;
  spend: GammaGammaFit;
  probabilityAlive: Float64Array;
  clv: ClvResult;
  options: Required<Omit<LtvOptions, "asOf" | "penalizer">> & { monthlyDiscountRate: number };
}

export function monthlyRate(annual: number): number {
  return Math.pow(1 + annual, 1 / 12) - 1;
}

/** Fits a purchase model, refusing a fit that would give meaningless numbers. */
function fitPurchases(model: PurchaseModel, summary: TransactionSummary, penalizer?: number): FitResult {
  let repeaters = 0;
  for (let i = 0; i < summary.frequency.length; i++) if (summary.frequency[i] > 0) repeaters++;
  if (repeaters === 0) {
    throw new InputError("no customer bought more than once (on different days), so repeat buying cannot be modelled; give a longer history");
  }
  return model.fit(summary, { penalizer });
}

export function ltvFromTransactions(tx: TransactionColumns, options: LtvOptions = {}): LtvResult {
  const o = { ...LTV_DEFAULTS, ...options };
  const model = purchaseModels[o.model];
  const summary = summarizeTransactions(tx, { unit: o.unit, asOf: options.asOf });
  if (summary.customer.length === 0) throw new InputError("no customer has a purchase on or before the as-of date");
  const fit = fitPurchases(model, summary, options.penalizer);
  const spend = fitGammaGamma(summary, { penalizer: options.penalizer });
  const monthlyDiscountRate = monthlyRate(o.annualDiscountRate);
  const clv = customerLifetimeValue(model, fit.params, spend.params, summary, {
    unit: o.unit,
    horizonMonths: o.horizonMonths,
    monthlyDiscountRate,
    margin: o.margin,
  });
  const n = summary.customer.length;
  const probabilityAlive = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    probabilityAlive[i] = model.probabilityAlive(fit.params, summary.frequency[i], summary.recency[i], summary.T[i]);
  }
  return {
    summary,
    model,
    fit,
    spend,
    probabilityAlive,
    clv,
    options: { model: o.model, unit: o.unit, horizonMonths: o.horizonMonths, annualDiscountRate: o.annualDiscountRate, margin: o.margin, monthlyDiscountRate },
  };
}

export interface ValidationOptions {
  model?: PurchaseModelName;
  unit?: TimeUnit;
  /** Epoch day ending the calibration period (included). */
  calibrationEnd: number;
  /** Epoch day ending the holdout (default the last transaction's day). */
  holdoutEnd?: number;
  penalizer?: number;
}

export interface ValidationResult {
  summary: TransactionSummary;
  model: PurchaseModel;
  fit: FitResult;
  validation: HoldoutValidation;
  /** Tracking chart: cumulative repeat purchases by the end of each period (unit) since the first purchase. */
  tracking: { periods: number; origin: number; actual: Float64Array; expected: Float64Array };
}

export function validateFromTransactions(tx: TransactionColumns, options: ValidationOptions): ValidationResult {
  const unit = options.unit ?? LTV_DEFAULTS.unit;
  const model = purchaseModels[options.model ?? LTV_DEFAULTS.model];
  let last = -Infinity;
  let first = Infinity;
  for (let i = 0; i < tx.day.length; i++) {
    last = Math.max(last, Math.floor(tx.day[i]));
    first = Math.min(first, Math.floor(tx.day[i]));
  }
  const holdoutEnd = options.holdoutEnd ?? last;
  if (!(options.calibrationEnd < holdoutEnd)) {
    throw argError("calibration_end", "must fall before the end of the data, so that a holdout period remains to check the predictions against");
  }
  const summary = summarizeTransactions(tx, { unit, calibrationEnd: options.calibrationEnd, holdoutEnd });
  if (summary.customer.length === 0) throw argError("calibration_end", "no customer made a first purchase by that date");
  const fit = fitPurchases(model, summary, options.penalizer);
  const validation = validateHoldout(model, fit.params, { ...summary, holdoutFrequency: summary.holdoutFrequency! }, summary.holdoutLength);
  const perDay = DAYS_PER_UNIT[unit];
  const periods = Math.max(1, Math.ceil((holdoutEnd + 1 - first) / perDay));
  // The tracking follows the calibration customers up to the holdout's end.
  const calibrationCustomers = new Set(summary.customer);
  const rows: number[] = [];
  for (let i = 0; i < tx.customer.length; i++) if (calibrationCustomers.has(tx.customer[i]) && tx.day[i] <= holdoutEnd) rows.push(i);
  const actual = cumulativeRepeatPurchases(
    { customer: rows.map((i) => tx.customer[i]), day: rows.map((i) => tx.day[i]), amount: rows.map((i) => tx.amount[i]) },
    { unit, origin: first, periods },
  );
  const expected = expectedCumulativeRepeatPurchases(model, fit.params, summary.firstPurchase, { unit, origin: first, periods });
  return { summary, model, fit, validation, tracking: { periods, origin: first, actual, expected } };
}
