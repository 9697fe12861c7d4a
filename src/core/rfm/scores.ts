// RFM scores 1..n. A score depends only on the value, so equal values always get the same score.
// Cut points are inclusive upper bounds, like the bins of Excel's FREQUENCY: a value equal to a
// cut point falls in the lower bin. By default the cut points are the k/n quantiles (PERCENTILE.INC).
import { quantileSorted, sortedCopy } from "../math/quantile";

/** The n - 1 cut points at the k/n quantiles of the values (k = 1..n-1). */
export function quantileCuts(values: ArrayLike<number>, bins: number): number[] {
  const sorted = sortedCopy(values);
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) cuts.push(quantileSorted(sorted, k / bins));
  return cuts;
}

/** Number of cut points strictly below the value (cuts ascending). */
function cutsBelow(value: number, cuts: readonly number[]): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Score 1..cuts.length+1, higher for larger values (frequency, monetary). */
export function scoreAscending(value: number, cuts: readonly number[]): number {
  return 1 + cutsBelow(value, cuts);
}

/** Score 1..cuts.length+1, higher for smaller values (recency: the most recent get the top score). */
export function scoreDescending(value: number, cuts: readonly number[]): number {
  return cuts.length + 1 - cutsBelow(value, cuts);
}

export function scoreAll(values: ArrayLike<number>, cuts: readonly number[], descending: boolean): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    out[i] = descending ? scoreDescending(values[i], cuts) : scoreAscending(values[i], cuts);
  }
  return out;
}
