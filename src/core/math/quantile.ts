/**
 * Quantile of sorted values by linear interpolation between closest ranks, the definition of
 * Excel's PERCENTILE.INC and R's type 7 (Hyndman & Fan 1996, definition 7): h = (n - 1) p.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("quantile of no values");
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  // Weighted form: a + frac (b - a) would overflow for values near +-1.8e308.
  return frac === 0 || a === b ? a : (1 - frac) * a + frac * b;
}

/** Ascending copy of the values as a Float64Array (typed sort is numeric and fast). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(values);
  out.sort();
  return out;
}
