// Acquisition cohorts: customers grouped by the period of their first purchase, followed period by
// period since then (period 0 = the period of the first purchase). For each cohort and each
// period since acquisition: the customers who bought in it (each customer counted once per
// period), and the revenue of the cohort's customers in it.
//
// Integer-keyed aggregation, no sort: each row gets a customer number and a period number
// (typed arrays); the rows are bucketed by customer (a counting sort), and one stamp per period
// column counts a customer once per period. Linear in the rows; the table is at most
// MAX_COHORT_PERIODS columns wide.
import { formatCount } from "../format";
import { argError, InputError } from "../table/errors";
import { isoFromEpochDay } from "../table/date";
import { Period } from "../voc/period";
import { periodEnd, periodIndex, periodIndexLabel, periodStart } from "./period-index";

export const COHORT_MEASURES = ["customers", "retention", "revenue"] as const;
export type CohortMeasure = (typeof COHORT_MEASURES)[number];

/** Widest cohort table (periods from the first to the last transaction). */
export const MAX_COHORT_PERIODS = 1000;

export interface CohortTransactions {
  customer: readonly string[];
  /** Epoch days. */
  day: ArrayLike<number>;
  /** Optional amounts: negative amounts are refunds (not purchases; netted into revenue). */
  amount?: ArrayLike<number>;
}

export interface Cohort {
  /** Period index of the cohort (see period-index.ts) and its label ("2024-03"). */
  index: number;
  label: string;
  /** Customers acquired in the period. */
  size: number;
  /** Periods since acquisition observed (up to the period of the last transaction), so the length of active and revenue. */
  observed: number;
  /** Customers of the cohort who bought in period k since acquisition (active[0] = size). */
  active: Float64Array;
  /** Net revenue of the cohort's customers in period k since acquisition (all 0 without amounts). */
  revenue: Float64Array;
}

export interface CohortResult {
  period: Period;
  cohorts: Cohort[];
  /** Columns of the table: periods since acquisition of the oldest cohort. */
  width: number;
  customers: number;
  /** Purchase rows counted (refunds excluded). */
  purchases: number;
  firstDay: number;
  lastDay: number;
  /** True when the last period runs past the last transaction (its counts are not complete). */
  lastPeriodPartial: boolean;
  hasAmounts: boolean;
  refundRows: number;
  /** Customers with refunds but no purchase: in no cohort. */
  refundOnlyCustomers: number;
  /** Refund rows dated before the customer's first purchase: left out of revenue. */
  refundsBeforeFirstPurchase: number;
}

/** Cohort table data from transactions (see the file comment). */
export function cohortAnalysis(tx: CohortTransactions, period: Period = "month"): CohortResult {
  const n = tx.customer.length;
  const amount = tx.amount;
  if (tx.day.length !== n || (amount && amount.length !== n)) throw new InputError("customer_ids, dates and amounts must have the same length");
  if (n === 0) throw new InputError("customer_ids, dates: no transaction rows with data");

  // Pass 1: customer and period numbers; first purchase period per customer.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const cust = new Int32Array(n);
  const per = new Int32Array(n);
  let minP = Infinity;
  let maxP = -Infinity;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.floor(tx.day[i]);
    if (!Number.isFinite(d)) throw new InputError(`dates, row ${i + 1}: not a date`, "dates", i + 1);
    const id = tx.customer[i];
    let c = index.get(id);
    if (c === undefined) {
      c = ids.length;
      index.set(id, c);
      ids.push(id);
    }
    cust[i] = c;
    const p = periodIndex(d, period);
    per[i] = p;
    if (p < minP) minP = p;
    if (p > maxP) maxP = p;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  const span = maxP - minP + 1;
  if (span > MAX_COHORT_PERIODS) {
    throw argError(
      "dates",
      `run from ${isoFromEpochDay(firstDay)} to ${isoFromEpochDay(lastDay)}, ${formatCount(span)} ${period}s; a cohort table holds at most ${formatCount(MAX_COHORT_PERIODS)} periods: choose a longer period or fewer dates`,
    );
  }

  const k = ids.length;
  const firstP = new Int32Array(k).fill(2147483647);
  const rowsOf = new Int32Array(k + 1);
  let refundRows = 0;
  for (let i = 0; i < n; i++) {
    if (amount && amount[i] < 0) {
      refundRows++;
      continue;
    }
    const c = cust[i];
    if (per[i] < firstP[c]) firstP[c] = per[i];
  }

  // Counting sort of the rows by customer.
  for (let i = 0; i < n; i++) rowsOf[cust[i] + 1]++;
  for (let c = 0; c < k; c++) rowsOf[c + 1] += rowsOf[c];
  const order = new Int32Array(n);
  const fill = rowsOf.slice(0, k);
  for (let i = 0; i < n; i++) order[fill[cust[i]]++] = i;

  // Pass 2: per customer, each period since acquisition counted once (stamp = customer + 1).
  const active = new Float64Array(span * span);
  const revenue = new Float64Array(amount ? span * span : 0);
  const size = new Float64Array(span);
  const stamp = new Int32Array(span);
  let customers = 0;
  let purchases = 0;
  let refundsBefore = 0;
  for (let c = 0; c < k; c++) {
    const f = firstP[c];
    if (f === 2147483647) continue; // refunds only
    customers++;
    const row = (f - minP) * span;
    size[f - minP]++;
    for (let j = rowsOf[c]; j < rowsOf[c + 1]; j++) {
      const i = order[j];
      const o = per[i] - f;
      if (amount) {
        const a = amount[i];
        if (a < 0) {
          if (o < 0) refundsBefore++;
          else revenue[row + o] += a;
          continue;
        }
        revenue[row + o] += a;
      }
      purchases++;
      if (stamp[o] !== c + 1) {
        stamp[o] = c + 1;
        active[row + o]++;
      }
    }
  }

  const cohorts: Cohort[] = [];
  for (let q = 0; q < span; q++) {
    if (size[q] === 0) continue;
    const observed = span - q;
    const rev = amount ? revenue.slice(q * span, q * span + observed) : new Float64Array(observed);
    for (let o = 0; o < observed; o++) {
      if (!Number.isFinite(rev[o])) {
        throw argError("amounts", `the revenue of the ${periodIndexLabel(minP + q, period)} cohort is too large to represent`);
      }
    }
    cohorts.push({
      index: minP + q,
      label: periodIndexLabel(minP + q, period),
      size: size[q],
      observed,
      active: active.slice(q * span, q * span + observed),
      revenue: rev,
    });
  }
  if (cohorts.length === 0) throw argError("amounts", "no purchases: every amount is negative (refunds are not purchases)");
  return {
    period,
    cohorts,
    width: span - (cohorts[0].index - minP),
    customers,
    purchases,
    firstDay,
    lastDay,
    lastPeriodPartial: lastDay < periodEnd(maxP, period),
    hasAmounts: amount !== undefined,
    refundRows,
    refundOnlyCustomers: k - customers,
    refundsBeforeFirstPurchase: refundsBefore,
  };
}

/** First day of a cohort's period, as an epoch day. */
export function cohortStart(c: Cohort, period: Period): number {
  return periodStart(c.index, period);
}
