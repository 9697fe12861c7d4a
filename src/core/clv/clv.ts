// Customer lifetime value over a horizon: expected purchases month by month from a purchase model,
// times the expected spend per purchase from the Gamma-Gamma model, times the margin, discounted
// monthly (the method of lifetimes' customer_lifetime_value, after Fader, Hardie & Lee 2005, JMR):
//   CLV = margin * E[M | x, m] * sum_{k=1..H} (E[Y(k u) | x, t_x, T] - E[Y((k-1) u) | x, t_x, T]) / (1 + d)^k
// where u is one month in the summary's time unit.
//
// Time units: a month is 365.25/12 = 30.4375 days (DAYS_PER_UNIT), so u = 30.4375 for a summary in
// days, 30.4375/7 = 4.348 for weeks, 1 for months. (lifetimes uses 30 days and 4.345 weeks; the
// difference is below 1.5% of a month.) The discount rate is per month.
import { InputError } from "../table/errors";
import { gammaGammaConditionalExpectedSpend } from "./gamma-gamma";
import { compressRepeatData } from "./fit-data";
import { DAYS_PER_UNIT, type PurchaseModel, type TimeUnit } from "./types";

export interface ClvOptions {
  /** Time unit of the summary's recency and T. */
  unit: TimeUnit;
  /** Horizon in months, a whole number from 1 to 1200 (default 12). */
  horizonMonths?: number;
  /** Discount rate per month, >= 0 (default 0.01, as lifetimes). */
  monthlyDiscountRate?: number;
  /** Profit margin as a fraction of spend, in (0, 1] (default 1: revenue). */
  margin?: number;
}

/** What CLV needs per customer (a CustomerSummary fits). */
export interface ClvCustomers {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

export interface ClvResult {
  /** Expected purchases within the horizon. */
  expectedPurchases: Float64Array;
  /** The same, each month's purchases discounted to today. */
  discountedPurchases: Float64Array;
  /** Expected spend per purchase: Gamma-Gamma conditional expectation (population mean when x = 0 or m <= 0). */
  expectedSpend: Float64Array;
  /** margin * expectedSpend * discountedPurchases. */
  clv: Float64Array;
  /** Sum of clv over the customers. */
  total: number;
  /** Months of one summary time unit: the step of the monthly loop in the summary's unit. */
  unitsPerMonth: number;
}

/** Summary time units per month: 30.4375 days, 4.348 weeks, 1 month. */
export function unitsPerMonth(unit: TimeUnit): number {
  return DAYS_PER_UNIT.months / DAYS_PER_UNIT[unit];
}

export function customerLifetimeValue(
  model: PurchaseModel,
  purchaseParams: readonly number[],
  spendParams: readonly number[],
  customers: ClvCustomers,
  options: ClvOptions,
): ClvResult {
  const horizon = options.horizonMonths ?? 12;
  const d = options.monthlyDiscountRate ?? 0.01;
  const margin = options.margin ?? 1;
  if (!(Number.isInteger(horizon) && horizon >= 1 && horizon <= 1200)) {
    throw new InputError(`horizon: must be a whole number of months from 1 to 1200 (got ${horizon})`, "horizonMonths");
  }
  if (!(Number.isFinite(d) && d >= 0)) throw new InputError(`discount rate: must be a monthly rate >= 0, e.g. 0.01 for 1% (got ${d})`, "monthlyDiscountRate");
  if (!(Number.isFinite(margin) && margin > 0 && margin <= 1)) {
    throw new InputError(`margin: must be a fraction of spend above 0 and at most 1, e.g. 0.3 for 30% (got ${margin})`, "margin");
  }
  if (!DAYS_PER_UNIT[options.unit]) throw new InputError(`unit: must be days, weeks or months (got ${String(options.unit)})`, "unit");
  const [p, q] = spendParams;
  if (!(p > 0 && q > 1)) {
    throw new InputError(`the spend model's q = ${q} is at most 1, so its expected spend is infinite: lifetime values cannot be computed from it`);
  }
  const n = customers.frequency.length;
  if (customers.monetary.length !== n) throw new InputError(`monetary must have one value per customer (got ${customers.monetary.length} for ${n})`);
  // Purchases depend on (x, t_x, T) only: compute them once per distinct row.
  const rows = compressRepeatData(customers);
  const u = unitsPerMonth(options.unit);
  const m = rows.frequency.length;
  const rowPurchases = new Float64Array(m);
  const rowDiscounted = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const x = rows.frequency[j];
    const tx = rows.recency[j];
    const T = rows.T[j];
    let prev = 0;
    let disc = 0;
    let factor = 1;
    for (let k = 1; k <= horizon; k++) {
      const cum = model.conditionalExpectedPurchases(purchaseParams, k * u, x, tx, T);
      factor /= 1 + d;
      disc += (cum - prev) * factor;
      prev = cum;
    }
    rowPurchases[j] = prev;
    rowDiscounted[j] = disc;
  }
  const expectedPurchases = new Float64Array(n);
  const discountedPurchases = new Float64Array(n);
  const expectedSpend = new Float64Array(n);
  const clv = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = rows.rowIndex[i];
    const x = customers.frequency[i];
    const mi = customers.monetary[i];
    expectedPurchases[i] = rowPurchases[j];
    discountedPurchases[i] = rowDiscounted[j];
    expectedSpend[i] = gammaGammaConditionalExpectedSpend(spendParams, mi > 0 ? x : 0, mi);
    clv[i] = margin * expectedSpend[i] * rowDiscounted[j];
    total += clv[i];
  }
  return { expectedPurchases, discountedPurchases, expectedSpend, clv, total, unitsPerMonth: u };
}
