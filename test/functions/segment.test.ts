// =CX.KMEANS, =CX.KMEANS.CENTERS, =CX.KMEANS.ELBOW, =CX.SILHOUETTE, =CX.TIER, =CX.TIER.SUMMARY and
// =CX.PARETO: worked examples, alignment with the input rows, RFM output as input, and messages.
import { mulberry32 } from "../../src/core/math/random";
import { adjustedRandIndex } from "../../src/core/segment";
import { rfm } from "../../src/functions/rfm";
import { kmeans, kmeansCenters, kmeansElbow, pareto, silhouette, tier, tierSummary } from "../../src/functions/segment";
import { excelError } from "./fuzz-outcome";

const messageOf = (f: () => unknown) => excelError(f).message;
const col = (header: string | undefined, ...values: unknown[]) => [...(header === undefined ? [] : [[header]]), ...values.map((v) => [v])];

/** Three customer groups far apart in (Recency, Frequency, Monetary), interleaved, with a header row. */
function threeGroups(perGroup: number, seed = 4): { grid: unknown[][]; truth: number[] } {
  const rand = mulberry32(seed);
  const centres = [
    [10, 12, 900],
    [200, 2, 80],
    [400, 1, 20],
  ];
  const grid: unknown[][] = [["Recency", "Frequency", "Monetary"]];
  const truth: number[] = [];
  for (let r = 0; r < perGroup; r++) {
    centres.forEach((c, g) => {
      grid.push([Math.round(c[0] + (rand() - 0.5) * 20), Math.max(1, Math.round(c[1] + (rand() - 0.5) * 2)), Math.round(c[2] * (0.9 + 0.2 * rand()))]);
      truth.push(g);
    });
  }
  return { grid, truth };
}

describe("=CX.KMEANS", () => {
  test("recovers three seeded customer groups exactly, one label per row beside the input", () => {
    const { grid, truth } = threeGroups(20);
    const out = kmeans(grid, 3);
    expect(out).toHaveLength(grid.length);
    expect(out[0]).toEqual(["Cluster"]);
    const labels = out.slice(1).map((r) => r[0] as number);
    expect(adjustedRandIndex(labels, truth)).toBe(1);
    expect(new Set(labels)).toEqual(new Set([1, 2, 3]));
    // Reproducible: the same seed gives the same labels; log standardisation finds the same groups.
    expect(kmeans(grid, 3, "z", 1, 10)).toEqual(out);
    expect(adjustedRandIndex(kmeans(grid, 3, "log").slice(1).map((r) => r[0] as number), truth)).toBe(1);
  });

  test("rows with a blank are skipped and spill as empty cells; without a header no header row", () => {
    const data = [
      ["Recency", "Frequency", "Monetary"],
      [1, 10, 100],
      [2, 11, 110],
      [null, 3, 5],
      [300, 1, 10],
      [],
      [310, 1, 12],
    ];
    expect(kmeans(data, 2)).toEqual([["Cluster"], [1], [1], [""], [2], [""], [2]]);
    expect(kmeans(data.slice(1, 3).concat(data.slice(4, 5)), 2)).toEqual([[1], [1], [2]]);
  });

  test("works on the Recency, Frequency and Monetary columns =CX.RFM spills", () => {
    const ids = col("Customer", "a", "a", "a", "b", "c", "c", "d");
    const dates = col("Date", "2024-01-02", "2024-02-03", "2024-03-01", "2023-06-01", "2024-02-28", "2024-03-01", "2023-05-15");
    const amounts = col("Amount", 500, 450, 520, 20, 480, 510, 15);
    const table = rfm(ids, dates, amounts);
    const data = table.map((row) => row.slice(1, 4));
    expect(data[0]).toEqual(["Recency (days)", "Frequency", "Monetary"]);
    const out = kmeans(data, 2);
    expect(out).toHaveLength(table.length);
    const byCustomer = Object.fromEntries(table.slice(1).map((row, i) => [row[0], out[i + 1][0]]));
    // a and c buy often and spend a lot; b and d bought once, long ago, little.
    expect(byCustomer.a).toBe(byCustomer.c);
    expect(byCustomer.b).toBe(byCustomer.d);
    expect(byCustomer.a).not.toBe(byCustomer.b);
  });

  test("messages name the argument, the column and the row", () => {
    const { grid } = threeGroups(3);
    expect(messageOf(() => (kmeans as (...args: unknown[]) => unknown)(grid))).toBe("k: is required: the number of clusters, a whole number from 1 to 50");
    expect(messageOf(() => kmeans(grid, 0))).toBe("k: 0 must be a whole number from 1 to 50");
    expect(messageOf(() => kmeans(grid, 2, "fancy"))).toMatch(/^standardize: 'fancy' must be "z"/);
    expect(messageOf(() => kmeans(grid, 2, "z", -1))).toBe("seed: -1 must be a whole number from 0 to 4294967295");
    expect(messageOf(() => kmeans(grid, 2, "z", 1, 0))).toBe("restarts: 0 must be a whole number from 1 to 100");
    const bad = [["Recency", "Monetary"], [1, 2], [3, "n/a"]];
    expect(messageOf(() => kmeans(bad, 2))).toBe("data (Monetary), row 3: 'n/a' is not a number");
    expect(messageOf(() => kmeans([[1, 2], [1, 2], [1, 2]], 2))).toBe("k: 2 clusters need at least 2 different rows; the data have 1 distinct row");
    expect(messageOf(() => kmeans([[null]], 2))).toBe("data: is empty: give one column of numbers per measure (e.g. Recency, Frequency, Monetary)");
    expect(messageOf(() => kmeans([["R", "F"], [null, 1]], 1))).toBe("data: no rows with numbers in every column");
  });
});

describe("=CX.KMEANS.CENTERS", () => {
  test("centres in original units, sizes, shares, inertia and profiles; a last row for all rows", () => {
    // Two clusters on (Frequency, Spend): {(1, 10), (3, 30)} and {(10, 1000), (12, 1200)}.
    const data = [["Frequency", "Spend"], [1, 10], [10, 1000], [3, 30], [12, 1200]];
    const out = kmeansCenters(data, 2);
    expect(out[0]).toEqual(["Cluster", "Size", "Share", "Frequency", "Spend", "Inertia", "Profile"]);
    expect(out[1].slice(0, 5)).toEqual([1, 2, 0.5, 2, 20]);
    expect(out[2].slice(0, 5)).toEqual([2, 2, 0.5, 11, 1100]);
    // z of Spend (20 - 560) / 544.7 = -0.99 is a little stronger than Frequency's (2 - 6.5) / 4.61 = -0.98.
    expect(out[1][6]).toBe("low Spend, low Frequency");
    expect(out[2][6]).toBe("high Spend, high Frequency");
    expect(out[3].slice(0, 5)).toEqual(["All", 4, 1, 6.5, 560]);
    // Inertia in the z-score space: the clusters' own plus nothing else.
    expect((out[1][5] as number) + (out[2][5] as number)).toBeCloseTo(out[3][5] as number, 12);
  });
});

describe("=CX.KMEANS.ELBOW", () => {
  test("k = 2..max_k with falling inertia; the mean silhouette peaks at the true k", () => {
    const { grid } = threeGroups(15);
    const out = kmeansElbow(grid, 6);
    expect(out[0]).toEqual(["k", "Inertia", "Inertia drop", "Mean silhouette"]);
    expect(out.slice(1).map((r) => r[0])).toEqual([2, 3, 4, 5, 6]);
    const inertia = out.slice(1).map((r) => r[1] as number);
    for (let j = 1; j < inertia.length; j++) expect(inertia[j]).toBeLessThanOrEqual(inertia[j - 1]);
    const sil = out.slice(1).map((r) => r[3] as number);
    expect(sil.indexOf(Math.max(...sil))).toBe(1); // k = 3
  });

  test("k stops at the number of distinct rows", () => {
    const out = kmeansElbow([[1], [1], [5], [9]], 10);
    expect(out.slice(1).map((r) => r[0])).toEqual([2, 3]);
  });
});

describe("=CX.SILHOUETTE", () => {
  const X = [[0], [1], [1], [2], [3], [3]];
  const labels = [[0], [1], [1], [1], [2], [2]];
  test("scikit-learn's example: per row [0, .5, .5, 0, 1, 1], mean .5 (a singleton cluster scores 0)", () => {
    expect(silhouette(X, labels, "none")).toEqual([[0], [0.5], [0.5], [0], [1], [1]]);
    // z-scores scale one column uniformly: the same silhouettes, up to rounding.
    expect(silhouette(X, labels).map((r) => r[0])).toEqual([0, 0.5, 0.5, 0, 1, 1].map((v) => expect.closeTo(v, 12)));
    expect(silhouette(X, labels, "none", "mean")).toEqual([[0.5]]);
    expect(silhouette(X, labels, "none", "clusters")).toEqual([
      ["Cluster", "Rows", "Mean silhouette"],
      ["0", 1, 0],
      ["1", 3, 1 / 3],
      ["2", 2, 1],
      ["All", 6, 0.5],
    ]);
  });

  test("with headers: aligned with the data rows, blank rows left empty", () => {
    const data = [["Spend"], [0], [1], [null], [1], [2], [3], [3]];
    const lab = [["Cluster"], ["a"], ["b"], ["b"], ["b"], ["b"], ["c"], ["c"]];
    expect(silhouette(data, lab, "none")).toEqual([["Silhouette"], [0], [0.5], [""], [0.5], [0], [1], [1]]);
  });

  test("messages", () => {
    expect(messageOf(() => silhouette(X, [[1], [1], [1], [1], [1], [1]]))).toBe(
      "labels: gives 1 cluster for 6 rows; the silhouette needs from 2 clusters to one fewer than the rows",
    );
    expect(messageOf(() => silhouette(X, [[1], [2]]))).toBe("labels: has 2 rows but data has 6; give one per row of data");
    expect(messageOf(() => silhouette(X, labels, "z", "all"))).toBe("output: 'all' must be one of: rows, clusters, mean");
  });
});

describe("=CX.TIER and =CX.TIER.SUMMARY", () => {
  // Assets and contacts of six clients; thresholds 1M and 10M, 3 and 6 (worked out in test/core/segment/tier-pareto.test.ts).
  const assets = col("Assets", 500_000, 2_000_000, 15_000_000, 800_000, 10_000_000, 1_000_000);
  const contacts = col("Contacts", 1, 5, 2, 8, 9, 3);
  test("value level, need level and tier of each row, with a header row", () => {
    const out = tier(assets, contacts, [[1e6, 1e7]], [[3], [6]]);
    expect(out).toEqual([
      ["Value level", "Need level", "Tier"],
      ["Low", "Low", "Low value, Low need"],
      ["Mid", "Mid", "Mid value, Mid need"],
      ["High", "Low", "High value, Low need"],
      ["Low", "High", "Low value, High need"],
      ["Mid", "High", "Mid value, High need"],
      ["Low", "Low", "Low value, Low need"],
    ]);
    const named = tier(assets, contacts, [[1e6, 1e7]], [[3, 6]], [["P", "P", "P+"], ["M", "M", "M+"], ["R", "R", "R+"]]);
    expect(named.slice(1).map((r) => r[2])).toEqual(["R", "M", "P", "R+", "M+", "R"]);
  });

  test("summary: every cell of the grid, highest value first", () => {
    const out = tierSummary(assets, contacts, [[1e6, 1e7]], [[3, 6]]);
    expect(out[0]).toEqual(["Tier", "Value level", "Need level", "Count", "Share", "Total value", "Share of value", "Mean value", "Mean need"]);
    expect(out).toHaveLength(10);
    expect(out.slice(1).map((r) => r[3])).toEqual([1, 0, 0, 0, 1, 1, 2, 0, 1]);
  });

  test("messages", () => {
    expect(messageOf(() => tier(assets, contacts, [[1e7, 1e6]]))).toBe("value_thresholds: must be in ascending order (10000000 then 1000000)");
    expect(messageOf(() => tier(assets, contacts, undefined, [["x"]]))).toBe("need_thresholds: 'x' is not a number");
    expect(messageOf(() => tier(assets, contacts, undefined, undefined, [["a", "b"]]))).toMatch(/^labels: is 1 x 2; give a 3 x 3 range/);
    expect(messageOf(() => tier(assets, col("Contacts", 1, 2)))).toMatch(/^need: has 3 rows but value has data down to row 7/);
  });
});

describe("=CX.PARETO", () => {
  test("80/15/5 classes, sorted descending, with a header row (worked example in the core test)", () => {
    const out = pareto(col("Product", "d", "a", "f", "b", "e", "c"), col("Revenue", 5, 50, 2, 30, 3, 10));
    expect(out).toEqual([
      ["Rank", "Item", "Value", "Share", "Cumulative share", "Class"],
      [1, "a", 50, 0.5, 0.5, "A"],
      [2, "b", 30, 0.3, 0.8, "A"],
      [3, "c", 10, 0.1, 0.9, "B"],
      [4, "d", 5, 0.05, 0.95, "B"],
      [5, "e", 3, 0.03, 0.98, "C"],
      [6, "f", 2, 0.02, 1, "C"],
    ]);
    // 70/20/10: A stops once 70% is reached (a and b), B at 90% (c), C the rest.
    expect(pareto(col(undefined, "a", "b", "c", "d"), col(undefined, 50, 30, 15, 5), 0.7, 0.2).slice(1).map((r) => r[5])).toEqual(["A", "A", "B", "C"]);
  });

  test("messages", () => {
    expect(messageOf(() => pareto(col(undefined, "a"), col(undefined, -1)))).toBe("values, row 1: -1 is below the smallest allowed value, 0");
    expect(messageOf(() => pareto(col(undefined, "a"), col(undefined, 1), 80))).toBe("a_share: 80 must be a share from 0.01 to 0.99 (write 0.8 or 80% for eighty percent)");
    expect(messageOf(() => pareto(col(undefined, "a"), col(undefined, 1), 0.9, 0.2))).toBe("b_share: 0.2 plus a_share 0.9 is more than 1 (the C class gets what is left)");
  });
});
