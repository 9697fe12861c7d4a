// Fit data: checks a repeat-purchase summary and compresses identical (x, t_x, T) rows into one row
// with a weight (the number of customers it stands for), as Fader & Hardie do in their spreadsheets
// and lifetimes' `weights` argument: the likelihood of a row is computed once and multiplied by the
// weight. Real summaries compress a lot: T takes one value per first-purchase day, t_x one per day.
import { InputError } from "../table/errors";
import type { RepeatData } from "./types";

export interface CompressedRepeatData {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** Customers per row (> 0). */
  weights: Float64Array;
  /** Sum of the weights: the number of customers. */
  customers: number;
  /** Customers (weight) with at least one repeat purchase. */
  repeatCustomers: number;
  /** For each input row, its row in the compressed arrays (-1 for rows of weight 0). */
  rowIndex: Int32Array;
}

/** The distinct values of a column, and for each row the index of its value. */
export interface DistinctValues {
  values: Float64Array;
  index: Int32Array;
  /** Sum of the row weights per distinct value. */
  weight: Float64Array;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** 32-bit hash of a double's bits (murmur3 finaliser-style mixing), 0 and -0 alike. */
function hashDouble(v: number, seed: number): number {
  f64[0] = v === 0 ? 0 : v;
  let h = Math.imul(u32[0] ^ seed, 0x85ebca6b) ^ u32[1];
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function tableSize(n: number): number {
  let size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

/** Distinct values of `column` (in order of first appearance) by open addressing on the bits. */
export function distinctValues(column: ArrayLike<number>, weights?: ArrayLike<number>): DistinctValues {
  const n = column.length;
  const size = tableSize(n);
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const values: number[] = [];
  const weight: number[] = [];
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = column[i] === 0 ? 0 : column[i];
    let h = hashDouble(v, 0x9e3779b9) & mask;
    for (;;) {
      const s = slots[h];
      if (s === -1) {
        slots[h] = values.length;
        index[i] = values.length;
        values.push(v);
        weight.push(weights ? weights[i] : 1);
        break;
      }
      if (values[s] === v) {
        index[i] = s;
        weight[s] += weights ? weights[i] : 1;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  return { values: Float64Array.from(values), index, weight: Float64Array.from(weight) };
}

const describe = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : String(v));

/**
 * Checks a repeat-purchase summary and merges identical (x, t_x, T) rows, summing their weights.
 * Throws InputError naming the customer (1-based position, also in `row`) for: a frequency that is
 * not a whole number >= 0; a recency or T that is negative or not a number; t_x > T; x = 0 with
 * t_x != 0; a negative or non-numeric weight; arrays of different lengths; no customers.
 */
export function compressRepeatData(data: RepeatData): CompressedRepeatData {
  const { frequency: x, recency: tx, T } = data;
  const n = x.length;
  if (tx.length !== n || T.length !== n || (data.weights && data.weights.length !== n)) {
    throw new InputError(`frequency, recency and T must have the same length (got ${n}, ${tx.length} and ${T.length})`);
  }
  const size = tableSize(n);
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const ox = new Float64Array(n);
  const otx = new Float64Array(n);
  const oT = new Float64Array(n);
  const ow = new Float64Array(n);
  const rowIndex = new Int32Array(n).fill(-1);
  let rows = 0;
  let customers = 0;
  let repeatCustomers = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const ti = tx[i] === 0 ? 0 : tx[i];
    const Ti = T[i] === 0 ? 0 : T[i];
    const w = data.weights ? data.weights[i] : 1;
    const row = i + 1;
    if (!(Number.isInteger(xi) && xi >= 0)) {
      throw new InputError(`customer ${row}: frequency must be a whole number of repeat purchases >= 0 (got ${describe(xi)})`, "frequency", row);
    }
    if (!(Number.isFinite(Ti) && Ti >= 0)) throw new InputError(`customer ${row}: T must be a number >= 0 (got ${describe(Ti)})`, "T", row);
    if (!(Number.isFinite(ti) && ti >= 0)) throw new InputError(`customer ${row}: recency must be a number >= 0 (got ${describe(ti)})`, "recency", row);
    if (ti > Ti * (1 + 1e-12)) {
      throw new InputError(
        `customer ${row}: recency t_x = ${describe(ti)} is later than T = ${describe(Ti)} (the last purchase cannot be after the end of the calibration period)`,
        "recency",
        row,
      );
    }
    if (xi === 0 && ti !== 0) {
      throw new InputError(`customer ${row}: a customer without repeat purchases (frequency 0) must have recency 0 (got ${describe(ti)})`, "recency", row);
    }
    if (!(Number.isFinite(w) && w >= 0)) throw new InputError(`customer ${row}: weight must be a number >= 0 (got ${describe(w)})`, "weights", row);
    if (w === 0) continue;
    customers += w;
    if (xi > 0) repeatCustomers += w;
    const tc = Math.min(ti, Ti);
    let h = (hashDouble(xi, 0x9e3779b9) ^ hashDouble(tc, 0x7f4a7c15) ^ Math.imul(hashDouble(Ti, 0x2545f491), 3)) & mask;
    for (;;) {
      const s = slots[h];
      if (s === -1) {
        slots[h] = rows;
        rowIndex[i] = rows;
        ox[rows] = xi;
        otx[rows] = tc;
        oT[rows] = Ti;
        ow[rows] = w;
        rows++;
        break;
      }
      if (ox[s] === xi && otx[s] === tc && oT[s] === Ti) {
        ow[s] += w;
        rowIndex[i] = s;
        break;
      }
      h = (h + 1) & mask;
    }
  }
  if (customers === 0) throw new InputError("no customers to fit");
  return {
    frequency: ox.slice(0, rows),
    recency: otx.slice(0, rows),
    T: oT.slice(0, rows),
    weights: ow.slice(0, rows),
    customers,
    repeatCustomers,
    rowIndex,
  };
}
