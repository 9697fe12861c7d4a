/** @jest-environment jsdom */
// The priorities wizard as a user drives it on the in-memory workbook, on the README's worked
// example: the pane's ranked table and quadrants, the sheet it writes (cells, chart with its split
// lines, formulas as text), the stored recipe and its refresh, input problems, Chinese, axe.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type { Cell } from "../../../src/core/report";
import { MemoryWorkbook, type MemorySheetView } from "../../../src/excel/memory-gateway";
import { matrix, score } from "../../../src/functions/strategy";
import { App } from "../../../src/taskpane/App";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { fill, zh } from "../../../src/taskpane/i18n/strings";
import { refreshRecipe } from "../../../src/taskpane/recipes/refresh";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import { describeRefreshFailure } from "../../../src/taskpane/stored/refresh-messages";

/**
 * README: Return 10, 20, 20, 0, 10 and Difficulty 5, 5, 1, 1, 5 with weights 3, -1.
 *   Min-max: Return / 20 = 0.5, 1, 1, 0, 0.5; Difficulty (d - 1) / 4 = 1, 1, 0, 0, 1, counted as
 *   1 - value (negative weight) = 0, 0, 1, 1, 0. Weights scaled to 0.75 and 0.25.
 *   Scores 0.75 x Return + 0.25 x (1 - Difficulty) = 0.375, 0.75, 1, 0.25, 0.375; ranks 3, 2, 1, 5, 3.
 * Matrix x = Difficulty, y = Score, splits the medians: median(5, 5, 1, 1, 5) = 5,
 *   median(0.25, 0.375, 0.375, 0.75, 1) = 0.375; at or above is high:
 *   Alpha (5, 0.375) high/high, Beta (5, 0.75) high/high, Gamma (1, 1) low x/high y,
 *   Delta (1, 0.25) low/low, Epsilon (5, 0.375) high/high
 *   -> Quick wins (top left) 1: Gamma; Major projects (top right) 3; Fill-ins 1: Delta; Thankless 0.
 */
const ITEMS: Cell[][] = [
  ["Opportunity", "Return", "Difficulty"],
  ["Alpha", 10, 5],
  ["Beta", 20, 5],
  ["Gamma", 20, 1],
  ["Delta", 0, 1],
  ["Epsilon", 10, 5],
];

function workbook(values: Cell[][] = ITEMS): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Items", values);
  wb.select("Items", `A1:C${values.length}`);
  return wb;
}

// jsdom has no SVG text layout; the chart's axis titles measure their text to wrap it.
beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").map((r) => Array.from(r.children).map((c) => c.textContent));

/** The cells of an Excel table on the sheet, header first. */
function tableCells(sheet: MemorySheetView, name: string): Cell[][] {
  const t = sheet.tables.find((x) => x.name === name)!;
  return sheet.values.slice(t.row, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
}

/** The cells a chart series' range covers, in order. */
function cellsAt(sheet: MemorySheetView, ref: { row: number; col: number; rows: number; cols: number }): Cell[] {
  return sheet.values.slice(ref.row, ref.row + ref.rows).flatMap((r) => r.slice(ref.col, ref.col + ref.cols));
}

async function openWizard(wb: MemoryWorkbook, language: "en" | "zh" = "en") {
  const user = userEvent.setup();
  render(<App initialLanguage={language} gateway={wb} />);
  await user.click(screen.getByRole("button", { name: language === "en" ? "Open priorities wizard" : zh.openPriorityWizard }));
  await user.click(screen.getByRole("button", { name: language === "en" ? "Use current selection" : zh.useSelection }));
  return user;
}

test("score, place, insert: the pane and the sheet hold the worked example; the recipe refreshes to the same sheet", async () => {
  const wb = workbook();
  const user = await openWizard(wb);
  await screen.findByText("Items to score: 5.");
  // The item names and both numeric columns are suggested.
  expect(screen.getByRole("combobox", { name: "Item names" }).textContent).toBe("Opportunity (A)");
  expect(screen.getByRole("checkbox", { name: "Return (B)" })).toHaveProperty("checked", true);
  expect(screen.getByRole("checkbox", { name: "Difficulty (C)" })).toHaveProperty("checked", true);
  expect(screen.getByRole("checkbox", { name: "Opportunity (A)" })).toHaveProperty("checked", false);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: "Next" }));

  // Difficulty starts at -1 (counts against) and is the x axis; the score is y; effort names.
  const returnWeight = screen.getByRole("textbox", { name: "Weight of Return" });
  expect(returnWeight).toHaveProperty("value", "1");
  expect(screen.getByRole("textbox", { name: "Weight of Difficulty" })).toHaveProperty("value", "-1");
  expect(screen.getByText("50% of the score, counts against: a higher Difficulty lowers the score")).toBeTruthy();
  await user.clear(returnWeight);
  await user.type(returnWeight, "3");
  expect(screen.getByText("75% of the score, counts for the item")).toBeTruthy();
  expect(screen.getByText("25% of the score, counts against: a higher Difficulty lowers the score")).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Horizontal axis (x)" }).textContent).toBe("Difficulty");
  expect(screen.getByRole("combobox", { name: "Vertical axis (y)" }).textContent).toBe("Score (weighted)");
  expect(["Top left (low x, high y)", "Top right (high x, high y)", "Bottom left (low x, low y)", "Bottom right (high x, low y)"].map((name) => (screen.getByRole("textbox", { name }) as HTMLInputElement).value)).toEqual([
    "Quick wins",
    "Major projects",
    "Fill-ins",
    "Thankless tasks",
  ]);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  expect(screen.getByText("5 items scored on 2 criteria, each scaled 0 to 1. Highest: Gamma (1), Beta (0.75), Alpha (0.38).")).toBeTruthy();
  expect(screen.getByText("Weights, scaled so their sizes add up to 1: Return 75%; Difficulty 25% (counts against: a higher value lowers the score).")).toBeTruthy();
  expect(rowsOf(screen.getByRole("table", { name: "Items by score" }))).toEqual([
    ["Rank", "Item", "Return", "Difficulty", "Score", "Quadrant"],
    ["1", "Gamma", "20", "1", "1", "Quick wins"],
    ["2", "Beta", "20", "5", "0.75", "Major projects"],
    ["3", "Alpha", "10", "5", "0.38", "Major projects"],
    ["3", "Epsilon", "10", "5", "0.38", "Major projects"],
    ["5", "Delta", "0", "1", "0.25", "Fill-ins"],
  ]);
  expect(rowsOf(screen.getByRole("table", { name: "Quadrants" }))).toEqual([
    ["Quadrant", "Count", "Share"],
    ["Quick wins (low Difficulty, high Score)", "1", "20%"],
    ["Major projects (high Difficulty, high Score)", "3", "60%"],
    ["Fill-ins (low Difficulty, low Score)", "1", "20%"],
    ["Thankless tasks (high Difficulty, low Score)", "0", "0%"],
  ]);
  expect(screen.getByRole("figure", { name: "Score against Difficulty" })).toBeTruthy();
  const reading = screen.getByRole("region", { name: "What it says" });
  expect(within(reading).getByText("The matrix splits Difficulty at 5 (the median) and Score at 0.38 (the median); a value at or above a split counts as high.")).toBeTruthy();
  expect(within(reading).getByText("Quick wins (low Difficulty, high Score): Gamma. Do these first: much value for little effort.")).toBeTruthy();
  expect(within(reading).getByText("Major projects (high Difficulty, high Score): Beta, Alpha, Epsilon. Worth doing, but plan them: much value for much effort, so choose a few.")).toBeTruthy();
  expect(within(reading).getByText("Thankless tasks (high Difficulty, low Score): none.")).toBeTruthy();
  expect(await seriousViolations()).toEqual([]);

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Priorities”. Your data was not changed.");
  expect(await seriousViolations()).toEqual([]);
  const sheet = wb.sheet("Priorities")!;
  expect(wb.sheet("Items")!.values).toEqual(ITEMS);
  expect(sheet.tables.map((t) => t.name)).toEqual(["Priorities_Quadrants", "Priorities_Weights", "Priorities_QuadrantLines", "Priorities_Ranked"]);
  expect(tableCells(sheet, "Priorities_Ranked")).toEqual([
    ["Rank", "Row", "Opportunity", "Return", "Difficulty", "Score", "Quadrant"],
    [1, 4, "Gamma", 20, 1, 1, "Quick wins"],
    [2, 3, "Beta", 20, 5, 0.75, "Major projects"],
    [3, 2, "Alpha", 10, 5, 0.375, "Major projects"],
    [3, 6, "Epsilon", 10, 5, 0.375, "Major projects"],
    [5, 5, "Delta", 0, 1, 0.25, "Fill-ins"],
  ]);
  expect(tableCells(sheet, "Priorities_Quadrants")).toEqual([
    ["Quadrant", "Difficulty", "Score", "Count", "Share", "Mean Difficulty", "Mean Score"],
    ["Quick wins", "Low", "High", 1, 0.2, 1, 1],
    ["Major projects", "High", "High", 3, 0.6, 5, expect.closeTo((0.375 + 0.75 + 0.375) / 3, 12)],
    ["Fill-ins", "Low", "Low", 1, 0.2, 1, 0.25],
    ["Thankless tasks", "High", "Low", 0, 0, 0, 0],
  ]);
  expect(tableCells(sheet, "Priorities_Weights")).toEqual([
    ["Criterion", "Weight", "Share of the score"],
    ["Return", 3, 0.75],
    ["Difficulty", -1, -0.25],
  ]);
  // The split lines span the chart's ranges: Difficulty 1 to 5, Score 0.2 to 1 (steps of 1 and 0.2).
  expect(tableCells(sheet, "Priorities_QuadrantLines")).toEqual([
    ["Line", "Difficulty", "Score"],
    ["Difficulty split = 5", 5, 0.2],
    ["Difficulty split = 5", 5, 1],
    ["Score split = 0.375", 1, 0.375],
    ["Score split = 0.375", 5, 0.375],
  ]);

  // One native scatter: the items (x Difficulty, y Score), then each split as a line of two points.
  expect(sheet.charts).toHaveLength(1);
  const chart = sheet.charts[0];
  expect([chart.type, chart.title]).toEqual(["scatter", "Score against Difficulty"]);
  expect(cellsAt(sheet, chart.categories)).toEqual([1, 5, 5, 5, 1]);
  expect(chart.series.map((s) => [s.name, cellsAt(sheet, s.xValues ?? chart.categories), cellsAt(sheet, s.values), s.line ?? false])).toEqual([
    ["Score", [1, 5, 5, 5, 1], [1, 0.75, 0.375, 0.375, 0.25], false],
    ["Difficulty split = 5", [5, 5], [0.2, 1], true],
    ["Score split = 0.375", [1, 5], [0.375, 0.375], true],
  ]);

  // The formulas, as text; =CX.SCORE and =CX.MATRIX give the same numbers on the same cells.
  const texts = sheet.values.flat();
  expect(texts).toContain("=CX.SCORE(Items!B1:C6,{3,-1})");
  const matrixFormula = '=CX.MATRIX(Items!C1:C6,CHOOSECOLS(CX.SCORE(Items!B1:C6,{3,-1}),1),,,{"Quick wins","Major projects";"Fill-ins","Thankless tasks"})';
  expect(texts).toContain(`The quadrants as a formula: ${matrixFormula}`);
  expect(texts).toContain(`The quadrant counts as a formula: ${matrixFormula.replace("CX.MATRIX(", "CX.MATRIX.SUMMARY(")}`);
  expect(sheet.formulas).toEqual([]);
  const spilled = score(ITEMS.map((r) => r.slice(1)), [[3, -1]]);
  expect(spilled).toEqual([["Score", "Rank"], [0.375, 3], [0.75, 2], [1, 1], [0.25, 5], [0.375, 3]]);
  expect(matrix(ITEMS.map((r) => [r[2]]), spilled.map((r) => [r[0]]), undefined, undefined, [["Quick wins", "Major projects"], ["Fill-ins", "Thankless tasks"]])).toEqual([
    ["Quadrant"],
    ["Major projects"],
    ["Major projects"],
    ["Quick wins"],
    ["Fill-ins"],
    ["Major projects"],
  ]);

  // The stored recipe: positions, headers and settings as run.
  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({
    kind: "priority",
    title: "Priorities",
    sheet: "Priorities",
    language: "en",
    source: { address: "Items!A1:C6", hasHeader: true },
    tables: ["Priorities_Quadrants", "Priorities_Weights", "Priorities_QuadrantLines", "Priorities_Ranked"],
    state: {
      hasHeader: true,
      mapping: { label: 0, criteria: [1, 2] },
      headers: ["Opportunity", "Return", "Difficulty"],
      settings: { weights: [3, -1], normalize: "minmax", x: 1, y: -1, labels: ["Quick wins", "Major projects", "Fill-ins", "Thankless tasks"] },
    },
  });
  // A refresh rebuilds the same sheet cell for cell.
  const before = { values: sheet.values, tables: sheet.tables, charts: sheet.charts };
  expect(await refreshRecipe(recipe, { gateway: wb, runner: inThreadRunner })).toMatchObject({ status: "replaced" });
  const after = wb.sheet("Priorities")!;
  expect({ values: after.values, tables: after.tables, charts: after.charts }).toEqual(before);

  // A renamed criterion header stops the refresh with the column named.
  wb.deleteSheet("Items");
  wb.addSheetWithValues("Items", [["Opportunity", "Return", "Effort"], ...ITEMS.slice(1)]);
  const failure = await refreshRecipe(recipe, { gateway: wb, runner: inThreadRunner }).catch((e: unknown) => e);
  expect(describeRefreshFailure("en", failure, recipe)).toBe(fill("en", "storedColumnsChanged", { letter: "C", expected: "Difficulty", found: "Effort" }));
}, 60000);

test("typed splits and another y axis: the quadrants move as worked by hand", async () => {
  // x = Difficulty split 3, y = Return split 15: Alpha (5, 10) high/low, Beta (5, 20) high/high,
  // Gamma (1, 20) low/high, Delta (1, 0) low/low, Epsilon (5, 10) high/low
  // -> Quick wins 1 (Gamma), Major projects 1 (Beta), Fill-ins 1 (Delta), Thankless tasks 2.
  const wb = workbook();
  const user = await openWizard(wb);
  await screen.findByText("Items to score: 5.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("combobox", { name: "Vertical axis (y)" }));
  await user.click(screen.getByRole("option", { name: "Return" }));
  await user.type(screen.getByRole("textbox", { name: "Split of x" }), "3");
  await user.type(screen.getByRole("textbox", { name: "Split of y" }), "15");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  expect(rowsOf(screen.getByRole("table", { name: "Quadrants" })).map((r) => r.slice(1))).toEqual([
    ["Count", "Share"],
    ["1", "20%"],
    ["1", "20%"],
    ["1", "20%"],
    ["2", "40%"],
  ]);
  const reading = screen.getByRole("region", { name: "What it says" });
  expect(within(reading).getByText("The matrix splits Difficulty at 3 (given) and Return at 15 (given); a value at or above a split counts as high.")).toBeTruthy();
  expect(within(reading).getByText("Thankless tasks (high Difficulty, low Return): Alpha, Epsilon. Avoid or rethink these: much effort for little value.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Priorities”. Your data was not changed.");
  const sheet = wb.sheet("Priorities")!;
  expect(sheet.values.flat()).toContain('The quadrants as a formula: =CX.MATRIX(Items!C1:C6,Items!B1:B6,3,15,{"Quick wins","Major projects";"Fill-ins","Thankless tasks"})');
  // The function on the same cells agrees.
  expect(matrix(ITEMS.map((r) => [r[2]]), ITEMS.map((r) => [r[1]]), 3, 15, [["Quick wins", "Major projects"], ["Fill-ins", "Thankless tasks"]]).flat()).toEqual([
    "Quadrant",
    "Thankless tasks",
    "Major projects",
    "Quick wins",
    "Fill-ins",
    "Thankless tasks",
  ]);
  // Lines at the typed splits over Difficulty 1-5 and Return 0-20.
  const chart = sheet.charts[0];
  expect(chart.series.slice(1).map((s) => [s.name, cellsAt(sheet, s.xValues!), cellsAt(sheet, s.values)])).toEqual([
    ["Difficulty split = 3", [3, 3], [0, 20]],
    ["Return split = 15", [1, 5], [15, 15]],
  ]);
}, 60000);

test("a cell that is not a number stops the data step with its cell named", async () => {
  const values = ITEMS.map((r) => [...r]);
  values[3][2] = "hard";
  const wb = workbook(values);
  const user = await openWizard(wb);
  // Four numbers in five cells: Difficulty is not suggested as a criterion; ticking it names the cell.
  await screen.findByText("Items to score: 5.");
  await user.click(screen.getByRole("checkbox", { name: "Difficulty (C)" }));
  await screen.findByText(
    "This data cannot be analysed yet. Difficulty, row 4: 'hard' is not a number. Fix the cell in the sheet or choose another column, then read the range again.",
  );
  expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
});

test("all weights 0, a weight or split that is not a number, and one axis twice block the run with the reason", async () => {
  const wb = workbook();
  const user = await openWizard(wb);
  await screen.findByText("Items to score: 5.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  const run = screen.getByRole("button", { name: "Run analysis" });
  for (const name of ["Weight of Return", "Weight of Difficulty"]) {
    await user.clear(screen.getByRole("textbox", { name }));
    await user.type(screen.getByRole("textbox", { name }), "0");
  }
  expect(screen.getByText("All weights are 0: give at least one criterion a weight that is not 0.")).toBeTruthy();
  expect(run).toHaveProperty("disabled", true);
  await user.clear(screen.getByRole("textbox", { name: "Weight of Return" }));
  await user.type(screen.getByRole("textbox", { name: "Weight of Return" }), "lots");
  expect(screen.getByText("Type a number, for example 3 or -1.")).toBeTruthy();
  await user.clear(screen.getByRole("textbox", { name: "Weight of Return" }));
  await user.type(screen.getByRole("textbox", { name: "Weight of Return" }), "2");
  expect(run).toHaveProperty("disabled", false);
  await user.type(screen.getByRole("textbox", { name: "Split of x" }), "middle");
  expect(screen.getByText("Type a number, or leave it empty for the median.")).toBeTruthy();
  expect(run).toHaveProperty("disabled", true);
  await user.clear(screen.getByRole("textbox", { name: "Split of x" }));
  await user.click(screen.getByRole("combobox", { name: "Vertical axis (y)" }));
  await user.click(screen.getByRole("option", { name: "Difficulty" }));
  expect(screen.getByText("Choose two different axes.")).toBeTruthy();
  expect(run).toHaveProperty("disabled", true);
});

test("in Chinese: the steps, results and sheet in the zh strings, with no serious axe violations", async () => {
  const wb = workbook();
  const user = await openWizard(wb, "zh");
  await screen.findByText(fill("zh", "prWillScore", { rows: "5" }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: zh.next }));
  expect((screen.getByRole("textbox", { name: zh.prQuadTopLeft }) as HTMLInputElement).value).toBe(zh.prQuickWins);
  expect(screen.getByRole("combobox", { name: zh.prYAxis }).textContent).toBe(zh.prScoreAxis);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: zh.runAnalysis }));
  await screen.findByRole("button", { name: zh.insert });
  // Weights 1 and -1: 0.5 x Return / 20 + 0.5 x (1 - (Difficulty - 1) / 4) = 0.25, 0.5, 1, 0.5, 0.25.
  expect(screen.getByText("共对 5 个项目按 2 个标准评分，各标准缩放到 0 至 1。得分最高：Gamma（得分 1）、Beta（得分 0.5）、Delta（得分 0.5）。")).toBeTruthy();
  expect(rowsOf(screen.getByRole("table", { name: zh.prRankedHeading }))[0]).toEqual([zh.prHdrRank, zh.prHdrItem, "Return", "Difficulty", zh.prHdrScore, zh.prHdrQuadrant]);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: zh.insert }));
  await screen.findByText(fill("zh", "insertedTo", { sheet: "优先级" }));
  const sheet = wb.sheet("优先级")!;
  expect(sheet.values[0][0]).toBe(zh.prTitle);
  expect(tableCells(sheet, "Priorities_Ranked")[0]).toEqual(["排名", "行", "Opportunity", "Return", "Difficulty", "得分", "象限"]);
  expect(tableCells(sheet, "Priorities_QuadrantLines")[1][0]).toBe("Difficulty 分界线 = 5");
  expect(await seriousViolations()).toEqual([]);
}, 60000);
