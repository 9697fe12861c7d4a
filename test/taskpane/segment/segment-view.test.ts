// The segmentation wizard's pure helpers: column suggestions, option parsing, the tasks, names
// from profiles, localisation, formulas and the sheet reports.
import { kmeansAnalysis, readSegmentRange } from "../../../src/core/segment";
import type { ClusterProfile } from "../../../src/core/segment/profile";
import type { RangeData } from "../../../src/excel/gateway";
import { quantileThresholds, runElbowTask, runKMeansTask, runParetoTask, runTierTask, scatterAxes, skewness } from "../../../src/taskpane/compute/segment-task";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { zh } from "../../../src/taskpane/i18n/strings";
import { describeFailure } from "../../../src/taskpane/wizard/messages";
import {
  clusterTaskInput,
  initialSegmentMapping,
  looksSkewed,
  NO_SEGMENT_MAPPING,
  paretoTaskInput,
  segmentMappingProblem,
  tierTaskInput,
} from "../../../src/taskpane/segment/segment-data";
import { DEFAULT_FORM, parseClusterSettings, parseParetoSettings, parseThresholds, parseTierSettings } from "../../../src/taskpane/segment/segment-options";
import {
  clusterSheetReport,
  defaultTierNames,
  describeProfile,
  kmeansFormula,
  localizeSegmentText,
  paretoFormula,
  paretoHeadline,
  rfmRoles,
  suggestClusterNames,
  tierFormula,
  tierSheetReport,
} from "../../../src/taskpane/segment/segment-view";

function range(values: unknown[][], sheet = "Data"): RangeData {
  return { sheet, address: `${sheet}!A1:${String.fromCharCode(64 + values[0].length)}${values.length}`, row: 0, col: 0, rows: values.length, cols: values[0].length, values };
}

describe("column suggestions", () => {
  test("RFM headers (English) are the cluster columns; the text column is the id", () => {
    const r = range([
      ["Customer", "Region", "Recency (days)", "Frequency", "Monetary"],
      ["a", "N", 10, 2, 100],
      ["b", "S", 20, 3, 300],
    ]);
    const m = initialSegmentMapping(r, true);
    expect(m.columns).toEqual([2, 3, 4]);
    expect(m.id).toBe(0);
    expect(m.item).toBe(0);
    expect(m.amount).toBe(4);
  });

  test("Chinese headers: 最近, 频次, 金额", () => {
    const r = range([
      ["客户编号", "最近购买间隔", "购买频次", "消费金额", "年龄"],
      ["a", 10, 2, 100, 30],
      ["b", 20, 3, 300, 40],
    ]);
    const m = initialSegmentMapping(r, true);
    expect(m.columns).toEqual([1, 2, 3]);
    expect(m.id).toBe(0);
  });

  test("without RFM headers every numeric column but the id is suggested; value and need by name", () => {
    const r = range([
      ["Client", "Age", "Assets", "Service contacts"],
      ["a", 30, 1e6, 4],
      ["b", 40, 2e6, 1],
    ]);
    const m = initialSegmentMapping(r, true);
    expect(m.columns).toEqual([1, 2, 3]);
    expect([m.value, m.need]).toEqual([2, 3]);
  });

  test("mapping problems", () => {
    expect(segmentMappingProblem("clusters", NO_SEGMENT_MAPPING)).toBe("clusterColumns");
    expect(segmentMappingProblem("clusters", { ...NO_SEGMENT_MAPPING, columns: [1, 2], id: 2 })).toBe("duplicate");
    expect(segmentMappingProblem("tiers", { ...NO_SEGMENT_MAPPING, value: 1 })).toBe("tierColumns");
    expect(segmentMappingProblem("tiers", { ...NO_SEGMENT_MAPPING, value: 1, need: 1 })).toBe("duplicate");
    expect(segmentMappingProblem("pareto", { ...NO_SEGMENT_MAPPING, item: 0, amount: 1 })).toBeUndefined();
  });

  test("skewness: 0 for symmetric data, large for a long right tail", () => {
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 12);
    // 1, 1, 1, 1, 10: mean 2.8, m2 = 12.96, m3 = 46.656 -> 46.656 / 12.96^1.5 = 1.5
    expect(skewness([1, 1, 1, 1, 10])).toBeCloseTo(1.5, 12);
    expect(looksSkewed(1.5, 0)).toBe(true);
    expect(looksSkewed(1.5, -3)).toBe(false);
    expect(looksSkewed(0.5, 0)).toBe(false);
  });
});

describe("options", () => {
  test("cluster settings: whole numbers in range", () => {
    expect(parseClusterSettings(DEFAULT_FORM)).toEqual({ standardize: "z", seed: 1, restarts: 10, maxK: 10 });
    expect(parseClusterSettings({ ...DEFAULT_FORM, restarts: "0" })).toBeUndefined();
    expect(parseClusterSettings({ ...DEFAULT_FORM, maxK: "21" })).toBeUndefined();
    expect(parseClusterSettings({ ...DEFAULT_FORM, seed: "1.5" })).toBeUndefined();
  });

  test("thresholds: commas with spaces separate, thousands separators group", () => {
    expect(parseThresholds("1000000, 10000000")).toEqual([1e6, 1e7]);
    expect(parseThresholds("1,000,000; 10,000,000")).toEqual([1e6, 1e7]);
    expect(parseThresholds("2,5")).toEqual([2, 5]);
    expect(parseThresholds("3 6")).toEqual([3, 6]);
    expect(parseThresholds("6, 3")).toBeUndefined();
    expect(parseThresholds("a, 3")).toBeUndefined();
    expect(parseThresholds("")).toBeUndefined();
    expect(parseThresholds("1, 2, 3, 4, 5")).toBeUndefined();
  });

  test("tier and Pareto settings", () => {
    expect(parseTierSettings(DEFAULT_FORM)).toEqual({ mode: "quantiles", valueLevels: 3, needLevels: 3, valueThresholds: [], needThresholds: [] });
    expect(parseTierSettings({ ...DEFAULT_FORM, tierMode: "typed", valueThresholds: "30, 60", needThresholds: "3" })).toEqual({
      mode: "typed",
      valueLevels: 3,
      needLevels: 2,
      valueThresholds: [30, 60],
      needThresholds: [3],
    });
    expect(parseTierSettings({ ...DEFAULT_FORM, tierMode: "typed", valueThresholds: "30" })).toBeUndefined();
    expect(parseParetoSettings(DEFAULT_FORM)).toEqual({ aShare: 0.8, bShare: 0.15 });
    expect(parseParetoSettings({ ...DEFAULT_FORM, aShare: "90", bShare: "20" })).toBeUndefined();
  });
});

describe("tasks", () => {
  const blobs = [
    ["Id", "Recency", "Frequency", "Monetary"],
    ["a", 5, 20, 1000],
    ["b", 6, 21, 1100],
    ["c", 7, 19, 900],
    ["d", 300, 1, 20],
    ["e", 310, 2, 30],
    ["f", 290, 1, 25],
    ["g", 100, 5, 300],
    ["h", 110, 6, 320],
  ];

  test("k-means in the task gives the engine's clusters; the elbow suggests the best silhouette", () => {
    const input = clusterTaskInput(range(blobs), true, { ...NO_SEGMENT_MAPPING, columns: [1, 2, 3], id: 0 });
    const settings = { standardize: "z" as const, seed: 1, restarts: 10, maxK: 5 };
    const elbow = runElbowTask(input, settings);
    expect(elbow.rows.map((r) => r.k)).toEqual([2, 3, 4, 5]);
    const best = elbow.rows.reduce((b, r) => (r.silhouette! > b.silhouette! ? r : b));
    expect(elbow.suggestedK).toBe(best.k);
    const out = runKMeansTask(input, { ...settings, k: 3 });
    const engine = kmeansAnalysis(readSegmentRange(blobs.map((r) => r.slice(1))), { k: 3 });
    expect(out.sizes).toEqual(Array.from(engine.result.sizes));
    expect(out.means.flat()).toEqual(Array.from(engine.means));
    expect(out.names).toEqual(["Recency", "Frequency", "Monetary"]);
    expect(out.overall[0]).toBeCloseTo((5 + 6 + 7 + 300 + 310 + 290 + 100 + 110) / 8, 12);
  });

  test("k larger than the distinct rows: a plain message", async () => {
    const values = [["x", "y"], [1, 1], [1, 1], [2, 2], [3, 3]];
    const input = clusterTaskInput(range(values), true, { ...NO_SEGMENT_MAPPING, columns: [0, 1] });
    const failure = await inThreadRunner.run({ kind: "segment.kmeans", input, settings: { standardize: "z", seed: 1, restarts: 1, maxK: 10, k: 4 } }).catch((e: unknown) => e);
    expect(describeFailure("en", failure)).toBe(
      "This data cannot be analysed yet. k: 4 clusters need at least 4 different rows; the data have 3 distinct rows. Fix the cell in the sheet or choose another column, then read the range again.",
    );
  });

  test("quantile thresholds: PERCENTILE.INC at j / levels, repeats dropped", () => {
    expect(quantileThresholds([10, 20, 30, 40, 50], 2)).toEqual([30]);
    expect(quantileThresholds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3).map((x) => Number(x.toFixed(6)))).toEqual([4, 7]);
    expect(quantileThresholds([1, 1, 1, 1, 9], 4)).toEqual([1]);
  });

  test("tiers: terciles by default (no thresholds in the formula), typed thresholds otherwise", () => {
    const values = [["Client", "Value", "Need"], ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => [`c${v}`, v * 10, 10 - v])];
    const r = range(values, "Clients");
    const m = { ...NO_SEGMENT_MAPPING, value: 1, need: 2, id: 0 };
    const out = runTierTask(tierTaskInput(r, true, m), parseTierSettings(DEFAULT_FORM)!);
    expect(out.terciles).toBe(true);
    // PERCENTILE.INC of 10..90 at 1/3: position 8/3 -> 30 + 2/3 x 10.
    expect(out.valueThresholds[0]).toBeCloseTo(110 / 3, 12);
    const names = defaultTierNames("en", out);
    expect(names[0]).toEqual(["High value, Low need", "High value, Mid need", "High value, High need"]);
    expect(tierFormula(r, m, out, names)).toBe("=CX.TIER(Clients!B1:B10,Clients!C1:C10)");
    const typed = runTierTask(tierTaskInput(r, true, m), { mode: "typed", valueLevels: 2, needLevels: 2, valueThresholds: [50], needThresholds: [5] });
    const typedNames = defaultTierNames("en", typed);
    expect(tierFormula(r, m, typed, typedNames)).toBe("=CX.TIER(Clients!B1:B10,Clients!C1:C10,{50},{5})");
    const renamed = typedNames.map((row) => row.map((n) => n.toUpperCase()));
    expect(tierFormula(r, m, typed, renamed)).toBe('=CX.TIER(Clients!B1:B10,Clients!C1:C10,{50},{5},{"HIGH VALUE, LOW NEED","HIGH VALUE, HIGH NEED";"LOW VALUE, LOW NEED","LOW VALUE, HIGH NEED"})');
    const zhSheet = tierSheetReport("zh", typed, defaultTierNames("zh", typed), 0);
    const tiers = zhSheet.tables.find((t) => t.name === "tiers")!;
    expect(tiers.header).toEqual([zh.srRow, zh.srId, zh.srValue, zh.srNeed, zh.srValueLevel, zh.srNeedLevel, zh.srTier]);
    expect(tiers.rows[0].slice(4)).toEqual([zh.srLow, zh.srHigh, "低价值、高需求"]);
  });

  test("Pareto: hand-worked 50, 30, 10, 5, 3, 2 and the formula", () => {
    const values = [["Item", "Sales"], ["a", 50], ["b", 30], ["c", 10], ["d", 5], ["e", 3], ["f", 2]];
    const r = range(values, "Sales");
    const m = { ...NO_SEGMENT_MAPPING, item: 0, amount: 1 };
    const out = runParetoTask(paretoTaskInput(r, true, m), { aShare: 0.8, bShare: 0.15 });
    expect(out.items.map((x) => x.abc)).toEqual(["A", "A", "B", "B", "C", "C"]);
    expect(paretoHeadline("en", out)).toBe("33% of the items (2 of 6) make 80% of the value: class A.");
    expect(paretoFormula(r, m, { aShare: 0.8, bShare: 0.15 })).toBe("=CX.PARETO(Sales!A1:A7,Sales!B1:B7)");
    expect(paretoFormula(r, m, { aShare: 0.7, bShare: 0.2 })).toBe("=CX.PARETO(Sales!A1:A7,Sales!B1:B7,0.7,0.2)");
  });
});

describe("profiles and names", () => {
  const profile = (zs: number[], names = ["Recency", "Frequency", "Monetary"]): ClusterProfile => ({
    cluster: 0,
    size: 10,
    traits: zs.map((z, j) => ({ column: names[j], z, level: z >= 1 ? "very high" : z >= 0.4 ? "high" : z <= -1 ? "very low" : z <= -0.4 ? "low" : "average" })),
    description: "",
  });

  test("profiles in words, strongest first, in both languages", () => {
    expect(describeProfile("en", profile([-0.5, 1.2, 0.1]))).toBe("very high Frequency, low Recency");
    expect(describeProfile("zh", profile([-0.5, 1.2, 0.1]))).toBe("Frequency很高、Recency低");
    expect(describeProfile("en", profile([0.1, 0, -0.2]))).toBe("close to average");
  });

  test("RFM columns get RFM names; other columns the top two traits; duplicates numbered", () => {
    expect(rfmRoles(["Recency (days)", "Frequency", "Monetary"])).toEqual({ r: 0, f: 1, m: 2 });
    const names = suggestClusterNames("en", [profile([-1, 1, 1]), profile([1.5, -1, -1]), profile([1.2, 0.8, 0.9]), profile([-0.1, 0.1, 0]), profile([-0.1, 0.2, 0.1])], ["Recency", "Frequency", "Monetary"]);
    expect(names).toEqual(["Best customers", "Lapsed", "Valuable but slipping away", "Middle of the road", "Middle of the road 2"]);
    expect(suggestClusterNames("zh", [profile([-1, 1, 1])], ["最近购买间隔", "购买频次", "消费金额"])).toEqual([zh.segNameBest]);
    expect(suggestClusterNames("en", [profile([1.3, -0.6, 0], ["Age", "Income", "Tenure"])], ["Age", "Income", "Tenure"])).toEqual(["Very high Age, low Income"]);
  });

  test("the scatter's axes: the two columns whose cluster means spread most", () => {
    // Spreads (max - min of z over the clusters): Recency 2, Frequency 0.2, Monetary 1.5.
    expect(scatterAxes([profile([-1, 0.1, 0.5]), profile([1, -0.1, -1])], 3)).toEqual([0, 2]);
    expect(scatterAxes([profile([1]), profile([-1])], 1)).toBeUndefined();
  });

  test("engine texts translate; the user's column names do not", () => {
    expect(localizeSegmentText("zh", "Mean silhouette")).toBe(zh.srSilhouette);
    expect(localizeSegmentText("zh", "Monetary (z)")).toBe("Monetary（z）");
    expect(localizeSegmentText("zh", "Monetary")).toBe("Monetary");
    expect(localizeSegmentText("en", "Mean silhouette")).toBe("Mean silhouette");
  });

  test("the k-means sheet: names beside clusters, the elbow added, the formula over the columns", () => {
    const values = [["Recency", "Frequency", "Note", "Monetary"], [1, 10, "", 500], [2, 11, "", 520], [90, 1, "", 20], [95, 2, "", 25]];
    const r = range(values, "RFM");
    const input = clusterTaskInput(r, true, { ...NO_SEGMENT_MAPPING, columns: [0, 1, 3] });
    const settings = { standardize: "log" as const, seed: 3, restarts: 5, maxK: 3 };
    const out = runKMeansTask(input, { ...settings, k: 2 });
    const elbow = runElbowTask(input, settings);
    const report = clusterSheetReport("en", out, elbow, settings, ["Big", "Small"], 0);
    expect(report.tables.map((t) => t.name)).toEqual(["labels", "centers", "profiles", "elbow"]);
    expect(report.tables[0].header).toEqual(["Row", "Recency", "Frequency", "Monetary", "Cluster", "Name"]);
    expect(report.charts.map((c) => [c.table, c.category, c.series])).toEqual([
      ["profiles", "Name", ["Size"]],
      ["elbow", "k", ["Inertia", "Mean silhouette"]],
    ]);
    expect(kmeansFormula(r, [0, 1, 3], settings, 2)).toBe('=CX.KMEANS(CHOOSECOLS(RFM!A1:D5,1,2,4),2,"log",3,5)');
    expect(kmeansFormula(r, [0, 1], settings, 2)).toBe('=CX.KMEANS(RFM!A1:B5,2,"log",3,5)');
  });
});
