// Silhouette: scikit-learn's worked example, singletons, duplicates.
import { silhouette } from "../../../src/core/segment";

describe("silhouette", () => {
  test("scikit-learn's example: X = [[0],[1],[1],[2],[3],[3]], labels [0,1,1,1,2,2] -> [0, .5, .5, 0, 1, 1], mean .5", () => {
    // Row 2 (x = 1, cluster {1, 1, 2}): a = (0 + 1) / 2 = 0.5, b = min(|1-0|, |1-3|) = 1, s = 0.5.
    // Row 4 (x = 2): a = (1 + 1) / 2 = 1, b = min(2, 1) = 1, s = 0. Row 5 (x = 3): a = 0, s = 1.
    // Row 1 is alone in cluster 0: 0.
    const s = silhouette(Float64Array.from([0, 1, 1, 2, 3, 3]), 6, 1, Int32Array.from([0, 1, 1, 1, 2, 2]), 3);
    expect(Array.from(s.values)).toEqual([0, 0.5, 0.5, 0, 1, 1]);
    expect(s.mean).toBe(0.5);
    expect(Array.from(s.clusterMeans)).toEqual([0, 1 / 3, 1]);
  });

  test("two clusters in two columns (worked example)", () => {
    // Points (0,0), (0,2) in cluster 0; (4,0) in cluster 1 with (4,3).
    // Row 1: a = 2, b = (4 + 5) / 2 = 4.5, s = 2.5 / 4.5.
    const X = Float64Array.from([0, 0, 0, 2, 4, 0, 4, 3]);
    const s = silhouette(X, 4, 2, Int32Array.from([0, 0, 1, 1]), 2);
    expect(s.values[0]).toBeCloseTo(2.5 / 4.5, 14);
    // Row 3, (4,0): a = 3, b = (4 + sqrt(20)) / 2.
    const b = (4 + Math.sqrt(20)) / 2;
    expect(s.values[2]).toBeCloseTo((b - 3) / b, 14);
  });

  test("every row on one point of its cluster and clusters apart: 1; all rows at one point: 0", () => {
    const apart = silhouette(Float64Array.from([1, 1, 5, 5]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2);
    expect(Array.from(apart.values)).toEqual([1, 1, 1, 1]);
    const same = silhouette(Float64Array.from([2, 2, 2, 2]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2);
    expect(Array.from(same.values)).toEqual([0, 0, 0, 0]);
  });
});
