// Silhouette of a clustering (Rousseeuw 1987): for row i, a = mean distance to the other rows of its
// cluster, b = the smallest mean distance to the rows of another cluster, s = (b - a) / max(a, b).
// A row alone in its cluster scores 0, as in scikit-learn's silhouette_samples.

export interface Silhouette {
  /** Silhouette of each row, from -1 to 1. */
  values: Float64Array;
  mean: number;
  /** Mean silhouette of the rows of each cluster (0 for a cluster without rows). */
  clusterMeans: Float64Array;
  sizes: Int32Array;
}

/**
 * Exact silhouette of n rows of d columns (X row-major) with 0-based labels below k: O(n^2 d) time,
 * O(k) extra memory. Needs at least 2 clusters with rows; the caller checks.
 */
export function silhouette(X: Float64Array, n: number, d: number, labels: Int32Array, k: number): Silhouette {
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  const sums = new Float64Array(k);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    const a0 = i * d;
    for (let j = 0; j < n; j++) {
      let s = 0;
      const b0 = j * d;
      for (let t = 0; t < d; t++) {
        const diff = X[a0 + t] - X[b0 + t];
        s += diff * diff;
      }
      sums[labels[j]] += Math.sqrt(s);
    }
    const own = labels[i];
    if (sizes[own] <= 1) continue; // a singleton cluster scores 0
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === own || sizes[c] === 0) continue;
      const m = sums[c] / sizes[c];
      if (m < b) b = m;
    }
    const top = Math.max(a, b);
    // Every row at one point (a = b = 0): 0, as scikit-learn's nan_to_num gives.
    values[i] = Number.isFinite(b) && top > 0 ? (b - a) / top : 0;
  }
  const clusterMeans = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    clusterMeans[labels[i]] += values[i];
    total += values[i];
  }
  for (let c = 0; c < k; c++) clusterMeans[c] = sizes[c] > 0 ? clusterMeans[c] / sizes[c] : 0;
  return { values, mean: n > 0 ? total / n : 0, clusterMeans, sizes };
}
