// Reading the data range, standardisation, profiles and the k-means, elbow and silhouette Reports.
import { findTable } from "../../../src/core/report";
import {
  clusterProfiles,
  describeTraits,
  elbowAnalysis,
  kmeansAnalysis,
  readSegmentRange,
  signedLog1p,
  silhouetteAnalysis,
  standardize,
  traitLevel,
} from "../../../src/core/segment";

describe("readSegmentRange", () => {
  test("a header row names the columns; rows with a blank are skipped and counted; row numbers as seen", () => {
    const data = readSegmentRange([
      ["Recency", "Monetary"],
      [1, "1,200"],
      [2, null],
      [null, null],
      ["3", "$40"],
    ]);
    expect(data.names).toEqual(["Recency", "Monetary"]);
    expect(data.hasHeader).toBe(true);
    expect(Array.from(data.X)).toEqual([1, 1200, 3, 40]);
    expect(Array.from(data.sourceRows)).toEqual([2, 5]);
    expect(data.notes).toEqual([
      "1 row skipped because data (Monetary) was blank (row 3).",
      "1 empty row ignored.",
      "The first row was read as a header and skipped.",
    ]);
  });

  test("without a header: Column 1, 2, ...; messages name the column; values beyond 1e100 are refused", () => {
    const data = readSegmentRange([[1, 2], [3, 4]]);
    expect(data.names).toEqual(["Column 1", "Column 2"]);
    expect(() => readSegmentRange([[1, 2], [3, "x"]])).toThrow("data column 2, row 2: 'x' is not a number");
    expect(() => readSegmentRange([[1], [1e101]])).toThrow("data, row 2: 1e+101 is too large (at most 1e100 in size)");
    expect(() => readSegmentRange([[1], [2]], { extra: { values: [["a"], ["b"], ["c"]], spec: { kind: "category", label: "labels" } } })).toThrow(
      "labels: has 3 rows but data has 2; give one per row of data",
    );
  });

  test("a row of labels is read as a column", () => {
    const data = readSegmentRange([[1], [2]], { extra: { values: [["a", "b"]], spec: { kind: "category", label: "labels" } } });
    expect(data.extra).toEqual(["a", "b"]);
  });
});

describe("standardize", () => {
  test("z-scores: mean 0, population standard deviation 1; a constant column becomes 0", () => {
    const s = standardize(Float64Array.from([1, 5, 2, 5, 3, 5]), 3, 2, "z");
    // Column 1: 1, 2, 3: mean 2, sd sqrt(2/3).
    expect(s.X[0]).toBeCloseTo(-1 / Math.sqrt(2 / 3), 12);
    expect(s.X[4]).toBeCloseTo(1 / Math.sqrt(2 / 3), 12);
    expect([s.X[1], s.X[3], s.X[5]]).toEqual([0, 0, 0]);
    expect(s.constant).toEqual([1]);
  });

  test("log: log1p, sign kept for negative values (refunds); none: a copy", () => {
    expect(signedLog1p(Math.E - 1)).toBeCloseTo(1, 14);
    expect(signedLog1p(-(Math.E - 1))).toBeCloseTo(-1, 14);
    const X = Float64Array.from([0, 9, 99]);
    const logged = standardize(X, 3, 1, "log").X;
    // log1p: 0, log 10, log 100 = 0, 1, 2 times log 10: equally spaced, so z = -1.2247, 0, 1.2247.
    expect(logged[1]).toBeCloseTo(0, 12);
    expect(logged[2]).toBeCloseTo(Math.sqrt(1.5), 12);
    const none = standardize(X, 3, 1, "none").X;
    expect(Array.from(none)).toEqual([0, 9, 99]);
    expect(none).not.toBe(X);
  });

  test("tiny and huge columns keep their z-scores (scaled by the largest value first)", () => {
    const tiny = standardize(Float64Array.from([5e-324, 0]), 2, 1, "z").X;
    expect(Array.from(tiny)).toEqual([1, -1]);
    const huge = standardize(Float64Array.from([1e100, -1e100]), 2, 1, "z").X;
    expect(Array.from(huge)).toEqual([1, -1]);
  });
});

describe("profiles", () => {
  test("levels by z: 0.4 and 1 standard deviations", () => {
    expect([1.2, 1, 0.5, 0.39, 0, -0.4, -1.5].map(traitLevel)).toEqual(["very high", "very high", "high", "average", "average", "low", "very low"]);
  });

  test("up to three notable traits, strongest first; close to average otherwise", () => {
    const t = (column: string, z: number) => ({ column, z, level: traitLevel(z) });
    expect(describeTraits([t("Recency", -0.5), t("Frequency", 1.3), t("Monetary", 0.2)])).toBe("very high Frequency, low Recency");
    expect(describeTraits([t("A", 0.1), t("B", -0.2)])).toBe("close to average");
    expect(describeTraits([t("A", 1), t("B", -1), t("C", 0.5), t("D", 0.45)])).toBe("very high A, very low B, high C");
  });

  test("a cluster's z is its mean of the z-scored columns", () => {
    // Column z-scores -1, -1, 1, 1: cluster 0 (rows 1-2) mean -1, cluster 1 mean 1.
    const p = clusterProfiles(Float64Array.from([-1, -1, 1, 1]), 4, 1, Int32Array.from([0, 0, 1, 1]), 2, ["Spend"]);
    expect(p.map((x) => [x.size, x.traits[0].z, x.description])).toEqual([
      [2, -1, "very low Spend"],
      [2, 1, "very high Spend"],
    ]);
  });
});

describe("reports", () => {
  const data = () =>
    readSegmentRange([
      ["Frequency", "Spend"],
      [1, 10],
      [10, 1000],
      [2, 15],
      [11, 1100],
      [null, 5],
    ]);

  test("k-means: labels, centres and profiles tables, a chart, and the explanation", () => {
    const { report, result } = kmeansAnalysis(data(), { k: 2 });
    expect(report.tables.map((t) => t.name)).toEqual(["labels", "centers", "profiles"]);
    expect(findTable(report, "labels").rows).toEqual([
      [2, 1, 10, 1],
      [3, 10, 1000, 2],
      [4, 2, 15, 1],
      [5, 11, 1100, 2],
    ]);
    expect(Array.from(result.sizes)).toEqual([2, 2]);
    expect(report.charts[0]).toMatchObject({ type: "column", table: "profiles", category: "Cluster", series: ["Size"] });
    expect(report.explanation[0]).toMatch(/^k-means split 4 rows into 2 clusters on Frequency, Spend \(standardisation: z-scores\), the best of 10 runs from seed 1: inertia /);
    expect(report.explanation[1]).toMatch(/^Cluster 1: 2 rows \(50%\), (very )?low /);
    expect(report.explanation).toContain("1 row skipped because data (Frequency) was blank (row 6).");
  });

  test("k-means: a constant column is said not to count", () => {
    const { report } = kmeansAnalysis(readSegmentRange([["A", "B"], [1, 5], [2, 5], [9, 5]]), { k: 2 });
    expect(report.explanation).toContain("B has one value only and does not count in the distances.");
  });

  test("elbow: a line chart with the silhouette on a secondary axis; a seeded sample beyond 2,000 rows", () => {
    const { report } = elbowAnalysis(data(), { maxK: 3 });
    expect(report.charts[0]).toMatchObject({ type: "line", category: "k", series: ["Inertia", "Mean silhouette"], secondaryAxis: ["Mean silhouette"] });
    const big = [["x"], ...Array.from({ length: 2500 }, (_, i) => [i % 50])];
    const e = elbowAnalysis(readSegmentRange(big), { maxK: 3, restarts: 1 });
    expect(e.report.explanation).toContain("Silhouettes are computed on a sample of 2,000 rows (the same rows for every k).");
    expect(e.rows.map((r) => r.k)).toEqual([2, 3]);
    expect(() => elbowAnalysis(readSegmentRange([[1], [1]]))).toThrow("data: every row has the same values: there is nothing to cluster");
  });

  test("silhouette: at most 20,000 rows", () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => [i]);
    const labels = rows.map((_, i) => [i % 2]);
    expect(() => silhouetteAnalysis(readSegmentRange(rows, { extra: { values: labels, spec: { kind: "category", label: "labels" } } }))).toThrow(
      "data: has 20,001 rows; the silhouette compares every pair of rows, so give at most 20,000 (a sample)",
    );
  });
});
