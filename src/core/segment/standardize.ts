// Scaling before k-means, so that a column measured in thousands does not outweigh one measured in
// units: z-scores, or log1p then z-scores for skewed money and frequency columns, or none.

export type Standardize = "z" | "log" | "none";

export const STANDARDIZE_NAMES: Record<Standardize, string> = {
  z: "z-scores",
  log: "log1p then z-scores",
  none: "none (original units)",
};

/** Sign-preserving log1p: log(1 + x) for x >= 0, -log(1 + |x|) below (refunds make spend negative). */
export function signedLog1p(x: number): number {
  return x >= 0 ? Math.log1p(x) : -Math.log1p(-x);
}

export interface Scaled {
  /** n x d row-major values in the space k-means works in. */
  X: Float64Array;
  /** Columns with one value only (scaled to 0: they do not count in the distances). */
  constant: number[];
}

/**
 * Z-scores of each column in place (population standard deviation, as scikit-learn's StandardScaler).
 * The column is first divided by its largest absolute value, so sums never overflow or underflow.
 */
export function zScoreColumns(X: Float64Array, n: number, d: number): number[] {
  const constant: number[] = [];
  for (let t = 0; t < d; t++) {
    let top = 0;
    for (let i = 0; i < n; i++) top = Math.max(top, Math.abs(X[i * d + t]));
    let mean = 0;
    if (top > 0) {
      for (let i = 0; i < n; i++) mean += X[i * d + t] / top;
      mean /= n;
    }
    let v = 0;
    if (top > 0) {
      for (let i = 0; i < n; i++) {
        const e = X[i * d + t] / top - mean;
        v += e * e;
      }
    }
    const sd = Math.sqrt(v / n);
    // A spread below rounding noise of the mean is no spread at all.
    const flat = !(sd > 1e-12 * Math.max(1, Math.abs(mean)));
    if (flat) constant.push(t);
    for (let i = 0; i < n; i++) X[i * d + t] = flat ? 0 : (X[i * d + t] / top - mean) / sd;
  }
  return constant;
}

/** A scaled copy of X (n x d, row-major). */
export function standardize(X: Float64Array, n: number, d: number, how: Standardize): Scaled {
  const out = Float64Array.from(X);
  if (how === "none") return { X: out, constant: [] };
  if (how === "log") for (let i = 0; i < out.length; i++) out[i] = signedLog1p(out[i]);
  return { X: out, constant: zScoreColumns(out, n, d) };
}
