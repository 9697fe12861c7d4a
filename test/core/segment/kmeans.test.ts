// k-means: recovers well-separated seeded blobs exactly (up to relabelling), is reproducible for a
// seed, numbers clusters by size, handles duplicates and k = 1, and matches plain Lloyd's labels.
import { mulberry32 } from "../../../src/core/math/random";
import { adjustedRandIndex, countDistinctRows, kmeans, lloydFromCenters } from "../../../src/core/segment";

/** n points around each of the centres (spread sd), row-major, with the true group of each row. */
function blobs(centres: number[][], n: number, sd: number, seed: number): { X: Float64Array; truth: Int32Array; d: number } {
  const rand = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const d = centres[0].length;
  const X = new Float64Array(centres.length * n * d);
  const truth = new Int32Array(centres.length * n);
  let i = 0;
  // Interleaved, so that no group sits in one block of rows.
  for (let r = 0; r < n; r++) {
    centres.forEach((c, g) => {
      for (let t = 0; t < d; t++) X[i * d + t] = c[t] + sd * normal();
      truth[i++] = g;
    });
  }
  return { X, truth, d };
}

/** Plain Lloyd from given centres, for comparison: nearest centre (lowest index on ties), then means. */
function plainLloyd(X: Float64Array, n: number, d: number, C: Float64Array, k: number): Int32Array {
  const labels = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < 1000; iter++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let best = Infinity;
      let bj = 0;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let t = 0; t < d; t++) s += (X[i * d + t] - C[j * d + t]) ** 2;
        if (s < best) {
          best = s;
          bj = j;
        }
      }
      if (labels[i] !== bj) changed = true;
      labels[i] = bj;
    }
    if (!changed) break;
    const sums = new Float64Array(k * d);
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      counts[labels[i]]++;
      for (let t = 0; t < d; t++) sums[labels[i] * d + t] += X[i * d + t];
    }
    for (let j = 0; j < k; j++) for (let t = 0; t < d; t++) if (counts[j] > 0) C[j * d + t] = sums[j * d + t] / counts[j];
  }
  return labels;
}

describe("kmeans", () => {
  test("recovers four well-separated blobs exactly (adjusted Rand index 1)", () => {
    const { X, truth, d } = blobs([[0, 0], [10, 0], [0, 10], [10, 10]], 50, 0.5, 7);
    const r = kmeans(X, truth.length, d, { k: 4, seed: 3 });
    expect(adjustedRandIndex(r.labels, truth)).toBe(1);
    expect(Array.from(r.sizes)).toEqual([50, 50, 50, 50]);
    expect(r.converged).toBe(true);
    // Each centre is the mean of its cluster, close to a true centre.
    const found = Array.from({ length: 4 }, (_, j) => [Math.round(r.centers[j * 2] / 10) * 10, Math.round(r.centers[j * 2 + 1] / 10) * 10]);
    expect(found.map((c) => c.join(",")).sort()).toEqual(["0,0", "0,10", "10,0", "10,10"]);
  });

  test("recovers blobs of different sizes in 3 columns, clusters numbered by size", () => {
    const rand = mulberry32(11);
    const sizes = [120, 60, 20];
    const centres = [[0, 0, 0], [20, 0, 5], [0, 20, -5]];
    const n = 200;
    const X = new Float64Array(n * 3);
    const truth = new Int32Array(n);
    let i = 0;
    sizes.forEach((m, g) => {
      for (let r = 0; r < m; r++, i++) {
        for (let t = 0; t < 3; t++) X[i * 3 + t] = centres[g][t] + (rand() - 0.5) * 2;
        truth[i] = g;
      }
    });
    const r = kmeans(X, n, 3, { k: 3, seed: 1, restarts: 5 });
    expect(Array.from(r.labels)).toEqual(Array.from(truth)); // largest cluster is 0, and so on
    expect(Array.from(r.sizes)).toEqual(sizes);
  });

  test("the same seed gives the same result; inertia is the sum of the clusters' inertias", () => {
    const { X, truth, d } = blobs([[0, 0], [3, 0], [0, 3]], 40, 1.2, 5);
    const a = kmeans(X, truth.length, d, { k: 3, seed: 42, restarts: 4 });
    const b = kmeans(X, truth.length, d, { k: 3, seed: 42, restarts: 4 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.inertia).toBe(b.inertia);
    expect(a.clusterInertia.reduce((s, v) => s + v, 0)).toBeCloseTo(a.inertia, 9);
  });

  test("more restarts never give a higher inertia than the first of them", () => {
    const { X, truth, d } = blobs([[0, 0], [2, 0], [0, 2], [2, 2], [1, 1]], 30, 0.8, 9);
    const one = kmeans(X, truth.length, d, { k: 5, seed: 8, restarts: 1 });
    const ten = kmeans(X, truth.length, d, { k: 5, seed: 8, restarts: 10 });
    expect(ten.inertia).toBeLessThanOrEqual(one.inertia + 1e-9);
  });

  test("the labels are a fixed point of plain Lloyd (Hamerly's bounds change no assignment)", () => {
    const { X, truth, d } = blobs([[0, 0], [2, 1], [1, 3], [4, 4]], 60, 1, 13);
    const n = truth.length;
    const r = kmeans(X, n, d, { k: 4, seed: 2, restarts: 3 });
    const C = Float64Array.from(r.centers);
    expect(Array.from(plainLloyd(X, n, d, C, 4))).toEqual(Array.from(r.labels));
  });

  test("k = 1: one cluster, the mean; k = n: every distinct row alone", () => {
    const X = Float64Array.from([1, 2, 3, 10]);
    const one = kmeans(X, 4, 1, { k: 1 });
    expect(Array.from(one.labels)).toEqual([0, 0, 0, 0]);
    expect(one.centers[0]).toBe(4);
    expect(one.inertia).toBeCloseTo(9 + 4 + 1 + 36, 12);
    const all = kmeans(X, 4, 1, { k: 4 });
    expect(all.inertia).toBe(0);
    expect(new Set(all.labels).size).toBe(4);
  });

  test("duplicated rows: no empty cluster while there are k distinct rows", () => {
    const X = Float64Array.from([0, 0, 0, 0, 5, 5, 5, 9]);
    expect(countDistinctRows(X, 8, 1, 10)).toBe(3);
    for (let seed = 0; seed < 20; seed++) {
      const r = kmeans(X, 8, 1, { k: 3, seed, restarts: 2 });
      expect(Array.from(r.sizes)).toEqual([4, 3, 1]);
      expect(r.inertia).toBe(0);
    }
  });

  test("an empty cluster takes the row farthest from its centre", () => {
    // Rows 0, 1, 2, 10, 11, 12 from centres 1, 11 and 100: no row is nearest to 100. The farthest
    // rows from their centres (distance 1: 0, 2, 10, 12) - the first, 0, moves to the empty cluster;
    // Lloyd then settles on {0}, {1, 2} and {10, 11, 12} (inertia 0 + 0.5 + 2).
    const X = Float64Array.from([0, 1, 2, 10, 11, 12]);
    const r = lloydFromCenters(X, 6, 1, Float64Array.from([1, 11, 100]));
    expect(Array.from(r.sizes)).toEqual([3, 2, 1]);
    expect(Array.from(r.labels)).toEqual([2, 1, 1, 0, 0, 0]);
    expect(Array.from(r.centers)).toEqual([11, 1.5, 0]);
    expect(r.inertia).toBeCloseTo(2.5, 12);
    expect(r.converged).toBe(true);
  });

  test("countDistinctRows stops at the limit", () => {
    const X = Float64Array.from([1, 2, 1, 2, 3, 4, 5, 6]);
    expect(countDistinctRows(X, 4, 2, 10)).toBe(3);
    expect(countDistinctRows(X, 4, 2, 2)).toBe(2);
  });
});

describe("adjustedRandIndex", () => {
  test("1 for the same partition under other numbers, 0 for chance-level agreement (worked example)", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 1, 1])).toBe(1);
    // scikit-learn's docs: adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714285714285715.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714285715, 12);
    // adjusted_rand_score([0, 0, 1, 1], [0, 1, 0, 1]) = -0.5.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });
});
