// Churn from purchase dates alone (no contract end dates): a customer has churned when their last
// purchase is more than inactive_days days before the analysis date.
//
// Definitions (README, =CX.CHURN and =CX.CHURN.RATE):
// - as_of: the analysis date; default the day after the last transaction. Transactions after it
//   are left out. Days since last purchase = as_of - last purchase (as RFM's recency).
// - Status on a day r: "Active" when the customer's last purchase before r (on or before r for
//   r = as_of) is at most inactive_days days before r, else "Churned". =CX.CHURN gives the status
//   on as_of.
// - Churn rate by period (=CX.CHURN.RATE): the periods run from the period of the first purchase
//   to the period of the day before as_of. A period's start is its first day s; its end is the
//   next period's first day, or as_of for the last period (then its purchases run to as_of). Active
//   at start = customers active on s; churned = those of them not active at the end; churn rate =
//   churned / active at start (blank when no one was active at the start). New customers = first
//   purchase in the period. Active at end = status at the end; it equals the next period's active
//   at start, and for the last period the "Active" count of =CX.CHURN with the same as_of.
//   A customer who lapses and buys again within one period is not churned in it.
import { formatCount } from "../format";
import { argError, InputError } from "../table/errors";
import { isoFromEpochDay } from "../table/date";
import { Period } from "../voc/period";
import { periodEnd, periodIndex, periodIndexLabel, periodStart } from "./period-index";

export const DEFAULT_INACTIVE_DAYS = 90;
export const MAX_INACTIVE_DAYS = 36_500;
/** Most rows of the churn-rate table. */
export const MAX_CHURN_PERIODS = 5000;

export interface ChurnTransactions {
  customer: readonly string[];
  /** Epoch days. */
  day: ArrayLike<number>;
}

export interface ChurnAnalysisOptions {
  /** Epoch day of the analysis; default the day after the last transaction. */
  asOf?: number;
  inactiveDays?: number;
  period?: Period;
}

export interface ChurnRateRow {
  label: string;
  /** Epoch days: the period's first day and its last day (cut at as_of). */
  start: number;
  end: number;
  activeAtStart: number;
  churned: number;
  /** churned / activeAtStart; undefined when no one was active at the start. */
  churnRate: number | undefined;
  newCustomers: number;
  activeAtEnd: number;
  /** True for a last period that as_of cuts short. */
  cut: boolean;
}

export interface ChurnResult {
  asOf: number;
  inactiveDays: number;
  period: Period;
  customer: string[];
  firstPurchase: Float64Array;
  lastPurchase: Float64Array;
  /** Transaction rows of each customer up to as_of. */
  purchases: Float64Array;
  /** as_of - last purchase, in days. */
  daysSince: Float64Array;
  churned: Uint8Array;
  churnedCount: number;
  /** Rows dated after as_of, left out. */
  afterAsOf: number;
  /** The churn rate by period, or why there is none. */
  rates: ChurnRateRow[];
  ratesProblem?: InputError;
}

const DAY_SPAN = 4_194_304; // 2^22 > days from 1900 to 9999, for (customer, day) keys

/** First index k with values[k] > x (values ascending). */
function firstAbove(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function churnAnalysis(tx: ChurnTransactions, options: ChurnAnalysisOptions = {}): ChurnResult {
  const n = tx.customer.length;
  if (tx.day.length !== n) throw new InputError("customer_ids and dates must have the same length");
  if (n === 0) throw new InputError("customer_ids, dates: no transaction rows with data");
  const inactiveDays = options.inactiveDays ?? DEFAULT_INACTIVE_DAYS;
  if (!Number.isInteger(inactiveDays) || inactiveDays < 1 || inactiveDays > MAX_INACTIVE_DAYS) {
    throw argError("inactive_days", `must be a whole number from 1 to ${MAX_INACTIVE_DAYS} (got ${inactiveDays})`);
  }
  const period = options.period ?? "month";
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.floor(tx.day[i]);
    if (!Number.isFinite(d)) throw new InputError(`dates, row ${i + 1}: not a date`, "dates", i + 1);
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const asOf = options.asOf ?? maxDay + 1;
  if (asOf < minDay) throw argError("as_of", `${isoFromEpochDay(asOf)} is before the first transaction (${isoFromEpochDay(minDay)})`);

  // (customer, day) keys sorted: each customer's distinct purchase days in order.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const keys = new Float64Array(n);
  const rowCount: number[] = [];
  let kept = 0;
  let afterAsOf = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.floor(tx.day[i]);
    if (d > asOf) {
      afterAsOf++;
      continue;
    }
    const id = tx.customer[i];
    let c = index.get(id);
    if (c === undefined) {
      c = ids.length;
      index.set(id, c);
      ids.push(id);
      rowCount.push(0);
    }
    rowCount[c]++;
    keys[kept++] = c * DAY_SPAN + (d - minDay);
  }
  const sorted = keys.subarray(0, kept).sort();
  let distinct = 0;
  for (let j = 0; j < kept; j++) if (j === 0 || sorted[j] !== sorted[j - 1]) sorted[distinct++] = sorted[j];
  const days = new Float64Array(distinct);
  const custOf = new Int32Array(distinct);
  for (let j = 0; j < distinct; j++) {
    custOf[j] = Math.floor(sorted[j] / DAY_SPAN);
    days[j] = (sorted[j] % DAY_SPAN) + minDay;
  }

  const k = ids.length;
  const firstPurchase = new Float64Array(k);
  const lastPurchase = new Float64Array(k);
  const daysSince = new Float64Array(k);
  const churned = new Uint8Array(k);
  const startOf = new Int32Array(k + 1);
  for (let j = 0; j < distinct; j++) startOf[custOf[j] + 1] = j + 1;
  let churnedCount = 0;
  for (let c = 0; c < k; c++) {
    firstPurchase[c] = days[startOf[c]];
    lastPurchase[c] = days[startOf[c + 1] - 1];
    daysSince[c] = asOf - lastPurchase[c];
    if (daysSince[c] > inactiveDays) {
      churned[c] = 1;
      churnedCount++;
    }
  }

  const result: ChurnResult = {
    asOf,
    inactiveDays,
    period,
    customer: ids,
    firstPurchase,
    lastPurchase,
    purchases: Float64Array.from(rowCount),
    daysSince,
    churned,
    churnedCount,
    afterAsOf,
    rates: [],
  };
  const p0 = periodIndex(minDay, period);
  const p1 = periodIndex(asOf - 1, period);
  if (asOf - 1 < minDay) {
    result.ratesProblem = argError("as_of", `${isoFromEpochDay(asOf)} is the day of the first transaction: there is no period before it to report`);
  } else if (p1 - p0 + 1 > MAX_CHURN_PERIODS) {
    result.ratesProblem = argError("dates", `run over ${formatCount(p1 - p0 + 1)} ${period}s from ${isoFromEpochDay(minDay)} to ${isoFromEpochDay(asOf)}; the churn-rate table has at most ${formatCount(MAX_CHURN_PERIODS)} rows: choose a longer period`);
  } else {
    result.rates = churnRates(result, days, startOf, p0, p1);
  }
  return result;
}

/** The churn-rate table (see the file comment): active spells of each customer mapped onto the period boundaries. */
function churnRates(r: ChurnResult, days: Float64Array, startOf: Int32Array, p0: number, p1: number): ChurnRateRow[] {
  const K = p1 - p0 + 1;
  const D = r.inactiveDays;
  // Boundary k: the day the status at the end of period k is taken on.
  const bound = new Float64Array(K);
  for (let k = 0; k < K; k++) bound[k] = k < K - 1 ? periodStart(p0 + k + 1, r.period) : r.asOf;
  const activeDiff = new Float64Array(K + 1);
  const churned = new Float64Array(K);
  const fresh = new Float64Array(K);
  const k = r.customer.length;
  for (let c = 0; c < k; c++) {
    const from = startOf[c];
    const to = startOf[c + 1];
    fresh[Math.min(K - 1, periodIndex(days[from], r.period) - p0)]++;
    // Inner boundaries (0..K-2) at which the customer is active, as merged ranges [a, b].
    let a = -1;
    let b = -2;
    const close = () => {
      if (a < 0) return;
      activeDiff[a]++;
      activeDiff[b + 1]--;
      if (b + 1 <= K - 1) churned[b + 1]++;
    };
    for (let j = from; j < to; j++) {
      // Purchase d is the last one before boundaries in (d, next purchase]; active there up to d + D.
      const d = days[j];
      const limit = Math.min(j + 1 < to ? days[j + 1] : Infinity, d + D);
      const lo = firstAbove(bound, d);
      const hi = Math.min(firstAbove(bound, limit) - 1, K - 2);
      if (lo > hi) continue;
      if (lo === b + 1) b = hi;
      else {
        close();
        a = lo;
        b = hi;
      }
    }
    // The last boundary is as_of itself: purchases on as_of count.
    if (r.churned[c] === 0) {
      if (b === K - 2 && a >= 0) b = K - 1;
      else {
        close();
        a = b = K - 1;
      }
    }
    close();
  }
  const rows: ChurnRateRow[] = [];
  let active = 0;
  let activeBefore = 0;
  for (let q = 0; q < K; q++) {
    active += activeDiff[q];
    rows.push({
      label: periodIndexLabel(p0 + q, r.period),
      start: periodStart(p0 + q, r.period),
      end: Math.min(periodEnd(p0 + q, r.period), r.asOf),
      activeAtStart: activeBefore,
      churned: churned[q],
      churnRate: activeBefore > 0 ? churned[q] / activeBefore : undefined,
      newCustomers: fresh[q],
      activeAtEnd: active,
      cut: q === K - 1 && r.asOf <= periodEnd(p0 + q, r.period),
    });
    activeBefore = active;
  }
  return rows;
}
