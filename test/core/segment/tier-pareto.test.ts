// Tiers on a value x need grid and Pareto (ABC) classes, worked out by hand.
import { abcClasses, levelOf, PARETO_COLUMNS, paretoAnalysis, terciles, TIER_COLUMNS, tierAnalysis } from "../../../src/core/segment";
import { findTable } from "../../../src/core/report";
import { readColumns } from "../../../src/core/table/columns";

describe("tiers", () => {
  /*
   * Bank clients, assets x contacts a year, thresholds assets 1M and 10M, contacts 3 and 6.
   * Each threshold is the upper bound of its level, included (as Excel's FREQUENCY):
   *   500k -> Low, 2M -> Mid, 15M -> High, 800k -> Low, 10M -> Mid (10M is in 1M-10M), 1M -> Low.
   *   contacts 1 -> Low, 5 -> Mid, 2 -> Low, 8 -> High, 9 -> High, 3 -> Low (3 is in up to 3).
   */
  const assets = [500_000, 2_000_000, 15_000_000, 800_000, 10_000_000, 1_000_000];
  const contacts = [1, 5, 2, 8, 9, 3];
  const read = () => readColumns({ value: assets, need: contacts }, TIER_COLUMNS);

  test("levels and tier names with given thresholds", () => {
    const r = tierAnalysis(read(), { valueThresholds: [1e6, 1e7], needThresholds: [3, 6] });
    expect(r.tier).toEqual([
      "Low value, Low need",
      "Mid value, Mid need",
      "High value, Low need",
      "Low value, High need",
      "Mid value, High need",
      "Low value, Low need",
    ]);
    // Summary rows: highest value first, need lowest first; 9 cells.
    const summary = findTable(r.report, "summary");
    expect(summary.rows).toHaveLength(9);
    expect(summary.rows[0].slice(0, 6)).toEqual(["High value, Low need", "High", "Low", 1, 1 / 6, 15_000_000]);
    const lowLow = summary.rows.find((row) => row[0] === "Low value, Low need")!;
    // 500k and 1M: count 2, total 1.5M of 29.3M, mean need (1 + 3) / 2.
    expect(lowLow.slice(3)).toEqual([2, 2 / 6, 1_500_000, 1_500_000 / 29_300_000, 750_000, 2]);
    const empty = summary.rows.find((row) => row[0] === "High value, High need")!;
    expect(empty.slice(3)).toEqual([0, 0, 0, 0, "", ""]);
    expect(findTable(r.report, "grid").rows).toEqual([
      ["High", 1, 0, 0],
      ["Mid", 0, 1, 1],
      ["Low", 2, 0, 1],
    ]);
  });

  test("your own names: one row per value level, highest first; one column per need level, lowest first", () => {
    const labels = [
      ["Private", "Private", "Private+"],
      ["Premier", "Premier", "Premier+"],
      ["Mass", "Mass", "Mass+"],
    ];
    const r = tierAnalysis(read(), { valueThresholds: [1e6, 1e7], needThresholds: [3, 6], labels });
    expect(r.tier).toEqual(["Mass", "Premier", "Private", "Mass+", "Premier+", "Mass"]);
    expect(() => tierAnalysis(read(), { valueThresholds: [1e6], labels })).toThrow("labels: is 3 x 3; give a 2 x 3 range");
  });

  test("terciles by default (PERCENTILE.INC at 1/3 and 2/3): 1..6 cut at 2.667 and 4.333", () => {
    const t = terciles(Float64Array.from([6, 5, 4, 3, 2, 1]));
    expect(t[0]).toBeCloseTo(8 / 3, 12);
    expect(t[1]).toBeCloseTo(13 / 3, 12);
    expect([1, 2, 3, 4, 5, 6].map((x) => levelOf(x, t))).toEqual([0, 0, 1, 1, 2, 2]);
    const r = tierAnalysis(readColumns({ value: [1, 2, 3, 4, 5, 6], need: [6, 5, 4, 3, 2, 1] }, TIER_COLUMNS));
    expect(r.tier[0]).toBe("Low value, High need");
    expect(r.tier[5]).toBe("High value, Low need");
  });

  test("equal values always share a level", () => {
    expect([5, 5, 5].map((x) => levelOf(x, [5, 5]))).toEqual([0, 0, 0]);
  });
});

describe("Pareto (ABC)", () => {
  /*
   * Values 50, 30, 10, 5, 3, 2 (total 100), cumulative 50%, 80%, 90%, 95%, 98%, 100%.
   * A: the fewest top items reaching 80%: 50 + 30. B: the fewest further items reaching 95%: 10, 5.
   * C: 3 and 2. (The share before each item is 0, .5, .8, .9, .95, .98: A below .8, B below .95.)
   */
  test("80/15/5 worked example, sorted descending with cumulative shares", () => {
    const read = readColumns({ item: ["d", "a", "f", "b", "e", "c"], value: [5, 50, 2, 30, 3, 10] }, PARETO_COLUMNS);
    const { items, report } = paretoAnalysis(read);
    expect(items.map((x) => [x.item, x.value, x.abc])).toEqual([
      ["a", 50, "A"],
      ["b", 30, "A"],
      ["c", 10, "B"],
      ["d", 5, "B"],
      ["e", 3, "C"],
      ["f", 2, "C"],
    ]);
    expect(items.map((x) => x.cumulativeShare)).toEqual([0.5, 0.8, 0.9, 0.95, 0.98, 1]);
    expect(findTable(report, "classes").rows).toEqual([
      ["A", 2, 2 / 6, 80, 0.8],
      ["B", 2, 2 / 6, 15, 0.15],
      ["C", 2, 2 / 6, 5, 0.05],
    ]);
    expect(report.charts[0]).toMatchObject({ type: "column", series: ["Value", "Cumulative share"], secondaryAxis: ["Cumulative share"] });
  });

  test("one item above 80% is class A on its own; repeated items are added up", () => {
    const read = readColumns({ item: ["x", "y", "x", "z"], value: [60, 5, 30, 5] }, PARETO_COLUMNS);
    const { items, report } = paretoAnalysis(read);
    expect(items.map((x) => [x.item, x.value, x.abc])).toEqual([
      ["x", 90, "A"],
      ["y", 5, "B"],
      ["z", 5, "C"],
    ]);
    expect(report.explanation.join(" ")).toContain("1 row repeated an item already listed");
  });

  test("other shares; ties keep the input order", () => {
    expect(abcClasses([25, 25, 25, 25], 0.5, 0.25)).toEqual(["A", "A", "B", "C"]);
    expect(abcClasses([10], 0.8, 0.15)).toEqual(["A"]);
  });

  test("no value to rank, or shares adding to more than 1: a message", () => {
    expect(() => paretoAnalysis(readColumns({ item: ["a"], value: [0] }, PARETO_COLUMNS))).toThrow("values: add up to 0");
    expect(() => paretoAnalysis(readColumns({ item: ["a"], value: [1] }, PARETO_COLUMNS), { aShare: 0.9, bShare: 0.2 })).toThrow("b_share: 0.2 plus a_share 0.9 is more than 1");
  });
});
