// Transactions -> the per-customer repeat-purchase summary (x, t_x, T, m) the lifetime-value models
// are fitted on, with the conventions of lifetimes' summary_data_from_transaction_data and
// calibration_and_holdout_data (Davidson-Pilon et al., lifetimes/utils.py):
//   - one purchase per customer per day: same-day transactions are merged, their amounts summed;
//   - x = distinct purchase days in the calibration period - 1 (the first purchase is not a repeat);
//   - t_x = last purchase - first purchase, T = calibration end - first purchase, in the unit;
//   - m = mean of the repeat purchases' values (the first purchase's value left out), 0 when x = 0;
//   - the calibration period includes its end day; the holdout period is (calibration end, holdout end].
// Refunds (negative amounts) are not purchases: those rows are left out and counted.
import { InputError } from "../table/errors";
import { DAYS_PER_UNIT, type CustomerSummary, type TimeUnit } from "./types";

export interface TransactionColumns {
  customer: readonly string[];
  /** Epoch days (whole days since 1970-01-01; a fractional part, a time of day, is dropped). */
  day: ArrayLike<number>;
  amount: ArrayLike<number>;
}

export interface SummaryOptions {
  unit: TimeUnit;
  /** Epoch day ending the calibration period (included). Default: asOf. */
  calibrationEnd?: number;
  /** Epoch day ending the holdout period (included); needs calibrationEnd. */
  holdoutEnd?: number;
  /** Epoch day of the analysis when there is no calibrationEnd; default the day after the last transaction. */
  asOf?: number;
}

export interface SummaryExclusions {
  /** Rows with a negative amount (refunds): not purchases. */
  refundRows: number;
  /** Rows dated after the end of the observation (holdout end, else calibration end). */
  rowsAfterEnd: number;
  /** Customers whose first purchase is after the calibration end: not in the summary. */
  customersAfterCalibration: number;
  /** Rows merged into another purchase of the same customer on the same day. */
  sameDayMerged: number;
}

export interface TransactionSummary extends CustomerSummary {
  unit: TimeUnit;
  /** Epoch day ending the calibration period (included). */
  calibrationEnd: number;
  /** Epoch day ending the holdout period, when one was asked for. */
  holdoutEnd?: number;
  /** Holdout length in the unit (0 without a holdout). */
  holdoutLength: number;
  excluded: SummaryExclusions;
}

const DAY_SPAN = 4_194_304; // 2^22 > days from 1900 to 9999, for (customer, day) keys

export function summarizeTransactions(tx: TransactionColumns, options: SummaryOptions): TransactionSummary {
  const n = tx.customer.length;
  if (tx.day.length !== n || tx.amount.length !== n) {
    throw new InputError(`customers, dates and amounts must have the same length (got ${n}, ${tx.day.length} and ${tx.amount.length})`);
  }
  const perDay = DAYS_PER_UNIT[options.unit];
  if (!perDay) throw new InputError(`unit: must be days, weeks or months (got ${String(options.unit)})`, "unit");
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = tx.day[i];
    if (!Number.isFinite(d)) throw new InputError(`dates, row ${i + 1}: not a date (got ${d})`, "dates", i + 1);
    if (!Number.isFinite(tx.amount[i])) throw new InputError(`amounts, row ${i + 1}: not a number (got ${tx.amount[i]})`, "amounts", i + 1);
    minDay = Math.min(minDay, Math.floor(d));
    maxDay = Math.max(maxDay, Math.floor(d));
  }
  if (n === 0) throw new InputError("no transactions to summarise");
  const { holdoutEnd } = options;
  if (holdoutEnd !== undefined && options.calibrationEnd === undefined) {
    throw new InputError("a holdout end needs a calibration end", "holdoutEnd");
  }
  const calEnd = options.calibrationEnd ?? options.asOf ?? maxDay + 1;
  if (!Number.isFinite(calEnd)) throw new InputError(`calibration end: not a date (got ${calEnd})`, "calibrationEnd");
  if (holdoutEnd !== undefined && !(holdoutEnd > calEnd)) {
    throw new InputError("the holdout period must end after the calibration period", "holdoutEnd");
  }
  const end = holdoutEnd ?? calEnd;

  // Merge same-day rows: key = customer index * 2^22 + (day - minDay). Sorting the keys (a typed,
  // numeric sort) groups each customer's days in order; a Map per row would be several times slower.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const keys = new Float64Array(n);
  const rowKey = new Float64Array(n).fill(-1);
  let valid = 0;
  let refundRows = 0;
  let rowsAfterEnd = 0;
  for (let i = 0; i < n; i++) {
    const day = Math.floor(tx.day[i]);
    if (day > end) {
      rowsAfterEnd++;
      continue;
    }
    if (tx.amount[i] < 0) {
      refundRows++;
      continue;
    }
    const id = tx.customer[i];
    let c = index.get(id);
    if (c === undefined) {
      c = ids.length;
      index.set(id, c);
      ids.push(id);
    }
    rowKey[i] = keys[valid++] = c * DAY_SPAN + (day - minDay);
  }
  const sorted = keys.subarray(0, valid).sort();
  let distinct = 0;
  for (let j = 0; j < valid; j++) if (j === 0 || sorted[j] !== sorted[j - 1]) sorted[distinct++] = sorted[j];
  const dayKeys = sorted.subarray(0, distinct);
  const sameDayMerged = valid - distinct;
  const dayAmount = new Float64Array(distinct);
  for (let i = 0; i < n; i++) {
    const key = rowKey[i];
    if (key < 0) continue;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dayKeys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    dayAmount[lo] += tx.amount[i];
  }

  // One pass over each customer's purchase days, in order: the first day in the calibration period
  // is the first purchase; later calibration days are repeats; days after it are the holdout's.
  const k = ids.length;
  const first = new Float64Array(k).fill(Infinity);
  const last = new Float64Array(k);
  const repeats = new Float64Array(k);
  const repeatSum = new Float64Array(k);
  const hFreq = new Float64Array(k);
  const hSpend = new Float64Array(k);
  for (let j = 0; j < distinct; j++) {
    const key = dayKeys[j];
    const c = Math.floor(key / DAY_SPAN);
    const day = (key % DAY_SPAN) + minDay;
    const amount = dayAmount[j];
    if (first[c] === Infinity) {
      if (day <= calEnd) first[c] = day;
      continue; // a customer whose first day is after the calibration end is left out
    }
    if (day <= calEnd) {
      repeats[c]++;
      repeatSum[c] += amount;
      last[c] = day;
    } else {
      hFreq[c]++;
      hSpend[c] += amount;
    }
  }

  const keep: number[] = [];
  for (let c = 0; c < k; c++) if (first[c] !== Infinity) keep.push(c);
  const m = keep.length;
  const out: TransactionSummary = {
    customer: keep.map((c) => ids[c]),
    frequency: new Float64Array(m),
    recency: new Float64Array(m),
    T: new Float64Array(m),
    monetary: new Float64Array(m),
    firstPurchase: new Float64Array(m),
    unit: options.unit,
    calibrationEnd: calEnd,
    holdoutLength: holdoutEnd === undefined ? 0 : (holdoutEnd - calEnd) / perDay,
    excluded: { refundRows, rowsAfterEnd, customersAfterCalibration: k - m, sameDayMerged },
  };
  if (holdoutEnd !== undefined) {
    out.holdoutEnd = holdoutEnd;
    out.holdoutFrequency = new Float64Array(m);
    out.holdoutSpend = new Float64Array(m);
  }
  keep.forEach((c, j) => {
    const x = repeats[c];
    out.frequency[j] = x;
    out.recency[j] = x > 0 ? (last[c] - first[c]) / perDay : 0;
    out.T[j] = (calEnd - first[c]) / perDay;
    out.monetary[j] = x > 0 ? repeatSum[c] / x : 0;
    out.firstPurchase[j] = first[c];
    if (out.holdoutFrequency && out.holdoutSpend) {
      out.holdoutFrequency[j] = hFreq[c];
      out.holdoutSpend[j] = hSpend[c];
    }
  });
  return out;
}

export interface TrackingOptions {
  unit: TimeUnit;
  /** Epoch day the tracking starts (default: the first transaction's day). */
  origin?: number;
  /** Number of periods of one unit each. */
  periods: number;
}

/**
 * Actual cumulative repeat purchases (same-day purchases merged, refunds left out, first purchases
 * not counted) by the end of each period k = 1..periods, period k ending before day origin + k units:
 * the "actual" line of the tracking chart (FHL 2005, Figure 1).
 */
export function cumulativeRepeatPurchases(tx: TransactionColumns, options: TrackingOptions): Float64Array {
  const perDay = DAYS_PER_UNIT[options.unit];
  const n = tx.customer.length;
  let origin = options.origin ?? Infinity;
  if (options.origin === undefined) for (let i = 0; i < n; i++) origin = Math.min(origin, Math.floor(tx.day[i]));
  const days = new Map<string, Set<number>>();
  for (let i = 0; i < n; i++) {
    if (!(tx.amount[i] >= 0)) continue;
    const id = tx.customer[i];
    let set = days.get(id);
    if (!set) {
      set = new Set();
      days.set(id, set);
    }
    set.add(Math.floor(tx.day[i]));
  }
  const perPeriod = new Float64Array(options.periods);
  for (const set of days.values()) {
    let firstDay = Infinity;
    for (const d of set) firstDay = Math.min(firstDay, d);
    for (const d of set) {
      if (d === firstDay) continue;
      const k = Math.floor((d - origin) / perDay);
      if (k >= 0 && k < options.periods) perPeriod[k]++;
    }
  }
  for (let k = 1; k < options.periods; k++) perPeriod[k] += perPeriod[k - 1];
  return perPeriod;
}
