// The priorities wizard's logic without React: the items as read, scores and quadrants against the
// custom functions on the same cells, default axes and quadrant names, the chart's ranges, the
// formula equivalents, and the Kano sheet's quadrant lines drawn the same way.
import type { Cell } from "../../../src/core/report";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { planReportSheet } from "../../../src/excel/plan-report";
import { matrixSummary, score } from "../../../src/functions/strategy";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { kanoSheetRequest, kanoState, runKano } from "../../../src/taskpane/kano/kano-recipe";
import { analysePriority, SCORE_AXIS, type PrioritySettings } from "../../../src/taskpane/priority/priority-analysis";
import { defaultWeight, initialPriorityMapping, readPriorityItems } from "../../../src/taskpane/priority/priority-data";
import { formProblems, formSettings, initialForm } from "../../../src/taskpane/priority/priority-options";
import { defaultLabels, itemName, labelPreset, matrixFormula, niceRange, scoreFormula } from "../../../src/taskpane/priority/priority-view";

/** Accounts: name, NPS, a text column between, usage and cost (criteria not adjacent). */
const ACCOUNTS: Cell[][] = [
  ["Account", "NPS", "Region", "Usage", "Cost"],
  ["North", 40, "EU", 120, 10],
  ["South", -10, "EU", 80, 30],
  ["East", 25, "US", 200, 20],
  ["West", 60, "US", 60, 40],
];

async function readAccounts() {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Accounts", ACCOUNTS);
  return wb.readRange("Accounts!A1:E5");
}

test("the suggested columns and weights: text names the items, numbers are criteria, cost counts against", async () => {
  const range = await readAccounts();
  expect(initialPriorityMapping(range, true)).toEqual({ label: 0, criteria: [1, 3, 4] });
  expect(["NPS", "Usage", "Cost", "Difficulty", "Effort (days)", "实施难度", "Strategic fit"].map(defaultWeight)).toEqual([1, 1, -1, -1, -1, -1, 1]);
});

test("z-scores with three criteria agree with =CX.SCORE; the matrix counts with =CX.MATRIX.SUMMARY", async () => {
  const range = await readAccounts();
  const mapping = { label: 0, criteria: [1, 3, 4] };
  const read = readPriorityItems(range, true, mapping);
  const settings: PrioritySettings = { weights: [2, 1, -1], normalize: "z", x: 2, y: SCORE_AXIS, labels: ["TL", "TR", "BL", "BR"] };
  const r = analysePriority(read, settings);
  const grid = ACCOUNTS.map((row) => [row[1], row[3], row[4]]);
  const spilled = score(grid, [[2, 1, -1]], "z");
  expect(r.items.map((i) => [i.score, i.rank])).toEqual(spilled.slice(1).map((row) => [expect.closeTo(row[0] as number, 12), row[1]]));
  // By hand for North: NPS mean 28.75, sd 29.545; Usage mean 115, sd 61.91; Cost mean 25, sd 12.91.
  // z = 0.3808, 0.0808, -1.1619; score = (2 x 0.3808 + 0.0808 + 1.1619) / 4 = 0.5011.
  expect(r.items[0].score).toBeCloseTo(0.5011, 3);
  expect(r.shares).toEqual([0.5, 0.25, -0.25]);
  const costs = ACCOUNTS.map((row) => [row[4]]);
  const summary = matrixSummary(costs, spilled.map((row) => [row[0]]), undefined, undefined, [["TL", "TR"], ["BL", "BR"]]);
  expect(r.quadrants.map((q) => q.count)).toEqual(summary.slice(1).map((row) => row[3]));
  expect([r.xSplit, r.ySplit]).toEqual([25, expect.closeTo(median(r.items.map((i) => i.score)), 12)]);
  // Non-adjacent criteria read through CHOOSECOLS; z-scores named; the function's own names left out.
  const source = { range, criteria: mapping.criteria };
  expect(scoreFormula(source, settings)).toBe('=CX.SCORE(CHOOSECOLS(Accounts!A1:E5,2,4,5),{2,1,-1},"z")');
  expect(matrixFormula(source, { ...settings, x: 0, y: 1, labels: ["Low x, high y", "High x, high y", "Low x, low y", "High x, low y"] })).toBe("=CX.MATRIX(Accounts!B1:B5,Accounts!D1:D5)");
  expect(matrixFormula(source, { ...settings, ySplit: 0.5 }, "MATRIX.SUMMARY")).toBe(
    '=CX.MATRIX.SUMMARY(Accounts!E1:E5,CHOOSECOLS(CX.SCORE(CHOOSECOLS(Accounts!A1:E5,2,4,5),{2,1,-1},"z"),1),,0.5,{"TL","TR";"BL","BR"})',
  );
});

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return (s[1] + s[2]) / 2;
}

test("a row with a blank criterion is skipped and counted; items without a name column are named by row", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("S", [["A", "B"], [1, 2], ["", 3], [4, 5]]);
  const range = await wb.readRange("S!A1:B4");
  const read = readPriorityItems(range, true, { label: -1, criteria: [0, 1] });
  expect(Array.from(read.data.sourceRows)).toEqual([2, 4]);
  expect(read.skipped).toEqual([{ column: "A", count: 1, firstRows: [3] }]);
  expect(read.labels).toEqual(["", ""]);
  expect(itemName("en", { label: "", row: 4 })).toBe("Row 4");
  expect(itemName("zh", { label: "", row: 4 })).toBe("第 4 行");
});

test("default axes and names: effort names for a cost on x and value on y, neutral names otherwise", () => {
  const form = initialForm([1, 2], ["Return", "Difficulty"]);
  expect([form.weights, form.x, form.y]).toEqual([["1", "-1"], 1, SCORE_AXIS]);
  expect(formSettings("en", form, ["Return", "Difficulty"]).labels).toEqual(["Quick wins", "Major projects", "Fill-ins", "Thankless tasks"]);
  expect(labelPreset([1, -1], 0, SCORE_AXIS)).toBe("neutral");
  expect(labelPreset([1, -1], 1, 0)).toBe("effort");
  expect(labelPreset([1, -1], 1, 1)).toBe("neutral");
  expect(defaultLabels("en", "neutral", "Return", "Score")).toEqual(["Low Return, high Score", "High Return, high Score", "Low Return, low Score", "High Return, low Score"]);
  expect(defaultLabels("zh", "neutral", "回报", "得分")).toEqual(["回报低、得分高", "回报高、得分高", "回报低、得分低", "回报高、得分低"]);
  // Typed names win over the defaults; a repeated name is a problem.
  const named = { ...form, labels: ["Now", "Later", "Maybe", "Later"] };
  expect(formProblems("en", named, ["Return", "Difficulty"]).labels).toBe(true);
  expect(formProblems("en", { ...named, labels: ["Now", undefined, undefined, undefined] }, ["Return", "Difficulty"]).labels).toBe(false);
});

test("chart ranges run between round numbers in four equal steps", () => {
  expect(niceRange([1, 5, 5])).toEqual([1, 5]);
  expect(niceRange([0.25, 0.375, 1])).toEqual([0.2, 1]);
  expect(niceRange([0, 20, 15])).toEqual([0, 20]);
  expect(niceRange([3, 3])).toEqual([2, 4]);
  expect(niceRange([-7, 12])).toEqual([-10, 30]);
});

test("the Kano sheet's Better/|Worse| scatter gets its quadrant lines at 0.5", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Survey", [
    ["Wifi (functional)", "Wifi (dysfunctional)"],
    [2, 5],
    [1, 3],
  ]);
  const range = await wb.readRange("Survey!A1:B3");
  const state = kanoState(range, true, [{ name: "Wifi", functional: 0, dysfunctional: 1, importance: -1 }], { scale: 5, useImportance: false, respondents: false });
  const request = kanoSheetRequest("en", range, await runKano(inThreadRunner, range, state), state);
  const lines = request.report.tables.find((t) => t.name === "quadrantLines")!;
  expect(lines.rows).toEqual([
    ["Worse (absolute) split = 0.5", 0.5, 0],
    ["Worse (absolute) split = 0.5", 0.5, 1],
    ["Better split = 0.5", 0, 0.5],
    ["Better split = 0.5", 1, 0.5],
  ]);
  const plan = planReportSheet(request.report, { sheetName: "Kano", labels: request.options.labels, detailTables: [] });
  const scatter = plan.charts.find((c) => c.title.startsWith("Better and Worse"))!;
  expect(scatter.series.map((s) => [s.name, s.line ?? false])).toEqual([
    ["Better", false],
    ["Worse (absolute) split = 0.5", true],
    ["Better split = 0.5", true],
  ]);
});
