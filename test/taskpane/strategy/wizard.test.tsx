/** @jest-environment jsdom */
// The strategy-canvas wizard as a user drives it on the in-memory workbook: the hand-worked
// four-offering canvas of test/core/strategy read from a range, proposed levels set, the pane's
// tables and ERRC grid, the sheet it writes (the engine's numbers, a line chart with our offering
// emphasised), the stored recipe and its refresh; then a grid typed into the pane, and Chinese.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { valueCurve, valueCurveSummary } from "../../../src/functions/strategy";
import { App } from "../../../src/taskpane/App";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import { canvasRecipe } from "../../../src/taskpane/strategy/canvas-recipe";
import { canvasLines } from "../../../src/taskpane/strategy/CanvasChart";
import { insertReport } from "../../../src/taskpane/wizard/insert-report";

/*
 * Tolerance 0.5; Better as importance. See test/taskpane/strategy/canvas-logic.test.ts for the
 * hand-worked figures: actions Reduce, Eliminate, Match, Raise, Match, Create; divergence 37/18
 * (2.06), focus 1/3; proposed 0, 2, 1, 5, 4, 4: ERRC Eliminate Price, Raise Lobby and Hygiene,
 * Reduce Room size; proposed divergence 20/9 (2.22), focus 1/3.
 */
const VALUES = [
  ["Factor", "Ours", "A", "B", "C", "Better"],
  ["Price", 1, 3, 4, 5, 0.8],
  ["Lobby", 0, 2, 3, 4, 0.1],
  ["Room size", 2, 2, 3, 2, 0.5],
  ["Bed quality", 5, 3, 3, 3, 0.9],
  ["Hygiene", 3, 3, 2, 4, 0.7],
  ["Self check-in", 4, 0, 0, 0, 0.6],
];

// jsdom has no SVG text layout; the chart's axis labels measure their text.
beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").map((r) => Array.from(r.children).map((c) => c.textContent));
const valueOf = (name: string) => (screen.getByRole("textbox", { name }) as HTMLInputElement).value;

async function retype(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const box = screen.getByRole("textbox", { name });
  await user.clear(box);
  if (text) await user.type(box, text);
}

/** The cells of an Excel table on the sheet, header first. */
function tableCells(wb: MemoryWorkbook, sheet: string, name: string) {
  const s = wb.sheet(sheet)!;
  const t = s.tables.find((x) => x.name === name)!;
  return s.values.slice(t.row, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
}

test("read the range, set the new curve, insert: the sheet holds the engine's numbers, the recipe rebuilds it", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Data", VALUES);
  wb.select("Data", "A1:F7");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open strategy canvas wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Data!A1:F7: 7 rows, 6 columns.");

  // The grid filled from the range; Better found as the importance column.
  expect(screen.getByRole("combobox", { name: /Importance column/ }).textContent).toBe("Better (F)");
  expect(valueOf("Level of Price for Ours")).toBe("1");
  expect(valueOf("Level of Self check-in for C")).toBe("0");
  expect(valueOf("Importance of Lobby")).toBe("0.1");
  expect(valueOf("Name of offering 2")).toBe("A");
  expect(screen.getByRole("combobox", { name: "Our offering" }).textContent).toBe("Ours");
  await retype(user, "Match tolerance", "0.5");
  await user.click(screen.getByRole("button", { name: "Next" }));

  // Step 2: the current curve beside the new levels, prefilled with ours.
  expect(screen.getByText("Step 2 of 4: New curve")).toBeTruthy();
  expect(valueOf("New level of Price")).toBe("1");
  await user.click(screen.getByRole("button", { name: "Apply suggested levels" }));
  // Hygiene (Match, Better 0.7 above the median 0.65) goes up to the highest competitor, 4.
  expect(["Price", "Lobby", "Room size", "Bed quality", "Hygiene", "Self check-in"].map((f) => valueOf(`New level of ${f}`))).toEqual(["1", "0", "2", "5", "4", "4"]);
  await retype(user, "New level of Price", "0");
  await retype(user, "New level of Lobby", "2");
  await retype(user, "New level of Room size", "1");
  expect(rowsOf(screen.getByRole("table", { name: "Current and proposed level of each factor" })).map((r) => [r[0], r[1], r[2], r[3], r[4], r[6]])).toEqual([
    ["Factor", "Importance", "Ours", "Industry average", "Action", "ERRC move"],
    ["Price", "0.8", "1", "4", "Reduce", "Eliminate"],
    ["Lobby", "0.1", "0", "3", "Eliminate", "Raise"],
    ["Room size", "0.5", "2", "2.33", "Match", "Reduce"],
    ["Bed quality", "0.9", "5", "3", "Raise", "Keep"],
    ["Hygiene", "0.7", "3", "3", "Match", "Raise"],
    ["Self check-in", "0.6", "4", "0", "Create", "Keep"],
  ]);
  await user.click(screen.getByRole("button", { name: "Show results" }));

  // Step 3: the figures in the pane.
  await screen.findByRole("button", { name: "Insert into workbook" });
  expect(screen.getByText("Ours: divergence 2.06, focus 33%. Proposed curve: divergence 2.22, focus 33%.")).toBeTruthy();
  // The factors name the x axis' ticks; one legend entry per line.
  const figure = screen.getByRole("figure", { name: "Strategy canvas" });
  expect(Array.from(figure.querySelectorAll(".tick text"), (t) => t.textContent).filter((t) => VALUES.some((r) => r[0] === t))).toEqual(VALUES.slice(1).map((r) => r[0]));
  for (const legend of ["Ours", "A", "B", "C", "Ours (proposed)"]) expect(within(figure).getAllByText(legend).length).toBeGreaterThan(0);
  expect(rowsOf(screen.getByRole("table", { name: "Value curve by factor" }))).toEqual([
    ["Factor", "Importance", "Ours", "Industry average", "Competitor min", "Competitor max", "Gap", "Action"],
    ["Price", "0.8", "1", "4", "3", "5", "-3", "Reduce"],
    ["Lobby", "0.1", "0", "3", "2", "4", "-3", "Eliminate"],
    ["Room size", "0.5", "2", "2.33", "2", "3", "-0.33", "Match"],
    ["Bed quality", "0.9", "5", "3", "3", "3", "2", "Raise"],
    ["Hygiene", "0.7", "3", "3", "2", "4", "0", "Match"],
    ["Self check-in", "0.6", "4", "0", "0", "0", "4", "Create"],
  ]);
  const quadrant = (name: string) => within(screen.getByRole("region", { name })).queryAllByRole("listitem").map((li) => li.textContent);
  expect([quadrant("Eliminate"), quadrant("Raise"), quadrant("Reduce"), quadrant("Create")]).toEqual([["Price"], ["Lobby", "Hygiene"], ["Room size"], []]);
  expect(within(screen.getByRole("region", { name: "Create" })).getByText("(none)")).toBeTruthy();
  expect(rowsOf(screen.getByRole("table", { name: "Curve measures" })).slice(0, 4)).toEqual([
    ["Measure", "Current curve", "Proposed curve"],
    ["Factors", "6", "6"],
    ["Divergence", "2.06", "2.22"],
    ["Focus", "33%", "33%"],
  ]);
  const explanation = screen.getByRole("region", { name: "What the curve says" });
  expect(within(explanation).getByText("Ours stands out (above every competitor) on: Bed quality, Self check-in.")).toBeTruthy();
  expect(within(explanation).getByText("The proposed curve: Eliminate Price; Reduce Room size; Raise Lobby, Hygiene. Divergence goes from 2.06 to 2.22, focus from 33% to 33%.")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Canvas”. Your data was not changed.");
  const sheet = wb.sheet("Canvas")!;
  expect(wb.sheet("Data")!.values).toEqual(VALUES);
  expect(sheet.tables.map((t) => t.name)).toEqual(["Canvas_Canvas", "Canvas_Factors", "Canvas_ErrcTop", "Canvas_ErrcBottom", "Canvas_Moves", "Canvas_Measures"]);

  // The value curve on the sheet is =CX.VALUECURVE on the same cells, and the formula is written as text.
  const col = (j: number) => VALUES.map((r) => [r[j]]);
  const levels = VALUES.map((r) => r.slice(1, 5));
  const spilled = valueCurve(col(0), levels, undefined, undefined, 0.5, col(5));
  expect(tableCells(wb, "Canvas", "Canvas_Factors")).toEqual(spilled);
  expect(sheet.values.flat()).toContain("=CX.VALUECURVE(Data!A1:A7,Data!B1:E7,,,0.5,Data!F1:F7)");
  expect(sheet.values.flat()).toContain("Data!A1:F7");
  expect(sheet.formulas).toEqual([]);
  const summary = valueCurveSummary(col(0), levels, undefined, undefined, 0.5, col(5));
  const measures = tableCells(wb, "Canvas", "Canvas_Measures");
  expect(measures[2][1]).toBe(summary[2][1]); // divergence
  expect(measures[2][1]).toBeCloseTo(37 / 18, 12);
  expect(measures[2][2]).toBeCloseTo(20 / 9, 12);
  expect(measures[3][1]).toBeCloseTo(1 / 3, 12);
  expect(measures[measures.length - 1]).toEqual(["Importance-weighted gap", summary[summary.length - 1][1], expect.closeTo(7 / 27, 12)]);

  expect(tableCells(wb, "Canvas", "Canvas_Canvas")).toEqual([
    ["Factor", "Ours", "A", "B", "C", "Ours (proposed)"],
    ["Price", 1, 3, 4, 5, 0],
    ["Lobby", 0, 2, 3, 4, 2],
    ["Room size", 2, 2, 3, 2, 1],
    ["Bed quality", 5, 3, 3, 3, 5],
    ["Hygiene", 3, 3, 2, 4, 4],
    ["Self check-in", 4, 0, 0, 0, 4],
  ]);
  expect(tableCells(wb, "Canvas", "Canvas_ErrcTop")).toEqual([
    ["Eliminate", "Raise"],
    ["Price", "Lobby"],
    ["", "Hygiene"],
  ]);
  expect(tableCells(wb, "Canvas", "Canvas_ErrcBottom")).toEqual([
    ["Reduce", "Create"],
    ["Room size", "(none)"],
  ]);
  expect(tableCells(wb, "Canvas", "Canvas_Moves")[3]).toEqual(["Room size", 2, 1, -1, expect.closeTo(7 / 3, 12), "Reduce"]);

  // A native line chart: the factors as categories, one series per offering and the proposal, ours heavier.
  expect(sheet.charts).toHaveLength(1);
  const chart = sheet.charts[0];
  expect(chart.type).toBe("line");
  expect(chart.series.map((s) => [s.name, s.emphasis === true])).toEqual([
    ["Ours", true],
    ["A", false],
    ["B", false],
    ["C", false],
    ["Ours (proposed)", false],
  ]);
  const canvasTable = sheet.tables.find((t) => t.name === "Canvas_Canvas")!;
  expect(chart.categories).toEqual({ row: canvasTable.row + 1, col: canvasTable.col, rows: 6, cols: 1 });

  // The stored recipe, and its rebuild on a fresh read of the source gives the same sheet.
  const recipes = await loadRecipes(wb);
  expect(recipes).toHaveLength(1);
  expect(recipes[0]).toMatchObject({ kind: "canvas", title: "Canvas", sheet: "Canvas", language: "en", source: { address: "Data!A1:F7", hasHeader: true } });
  expect(recipes[0].state).toMatchObject({ own: 0, tolerance: 0.5, mapping: { hasHeader: true, importance: 5 }, grid: { proposed: ["0", "2", "1", "5", "4", "4"] } });
  const rebuilt = await canvasRecipe.rebuild(await wb.readRange(recipes[0].source!.address), recipes[0].state as never, { runner: inThreadRunner, language: "en" });
  const again = await insertReport(wb, rebuilt.report, rebuilt.options);
  expect(again).toBe("Canvas (2)");
  expect(wb.sheet(again)!.values).toEqual(sheet.values);
  expect(wb.sheet(again)!.charts.map((c) => c.series.map((s) => s.name))).toEqual(sheet.charts.map((c) => c.series.map((s) => s.name)));
}, 60000);

test("a grid typed into the pane: messages name the cell, the sheet has no source, the recipe keeps the grid", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Notes", [["nothing to read"]]);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open strategy canvas wizard" }));
  await user.click(screen.getByRole("button", { name: "Start an empty grid" }));
  expect(valueOf("Name of offering 1")).toBe("Ours");
  expect(valueOf("Name of offering 2")).toBe("Competitor 1");
  const next = screen.getByRole("button", { name: "Next" });
  expect(next).toHaveProperty("disabled", true);
  expect(screen.getByText("Factor 1 has no name: type one.")).toBeTruthy();

  await retype(user, "Factor 1", "Price");
  await retype(user, "Level of Price for Ours", "cheap");
  expect(screen.getByText("The level of “Price” for “Ours” is “cheap”, not a number: type a number (0 = not offered).")).toBeTruthy();
  expect(screen.getByText("The level of “Price” for “Competitor 1” is blank: type a number (0 = not offered).")).toBeTruthy();
  await retype(user, "Level of Price for Ours", "2");
  await retype(user, "Level of Price for Competitor 1", "4");
  await user.click(screen.getByRole("button", { name: "Add a factor" }));
  await retype(user, "Factor 2", "Speed");
  await retype(user, "Level of Speed for Ours", "5");
  await retype(user, "Level of Speed for Competitor 1", "1");
  await retype(user, "Name of offering 2", "Rival");
  await user.click(screen.getByRole("button", { name: "Add an offering" }));
  expect(screen.getByText("The level of “Price” for “Competitor 2” is blank: type a number (0 = not offered).")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Remove offering Competitor 2" }));
  await user.click(screen.getByRole("button", { name: "Remove offering Ours" }));
  expect(screen.getByText("The canvas needs at least two offerings, ours and one competitor: add an offering.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Add an offering" }));
  await retype(user, "Name of offering 2", "Ours");
  await retype(user, "Level of Price for Ours", "2");
  await retype(user, "Level of Speed for Ours", "5");
  await retype(user, "Match tolerance", "-1");
  expect(screen.getByText("The tolerance must be a number, 0 or more.")).toBeTruthy();
  await retype(user, "Match tolerance", "0");
  // Ours is now the second column.
  await user.click(screen.getByRole("combobox", { name: "Our offering" }));
  await user.click(screen.getByRole("option", { name: "Ours" }));
  expect(next).toHaveProperty("disabled", false);
  await user.click(next);

  await retype(user, "New level of Price", "-1");
  expect(screen.getByText("The new level of “Price” is -1: levels run from 0 (not offered) up.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Show results" })).toHaveProperty("disabled", true);
  await retype(user, "New level of Price", "1");
  await user.click(screen.getByRole("button", { name: "Show results" }));
  /*
   * Ours (2, 5) against Rival (4, 1), tolerance 0: Price gap -2 Reduce, Speed +4 Raise;
   * divergence (2 + 4) / 2 = 3, focus 1/2. Proposed Price 1: gaps -3, +4, divergence 3.5.
   */
  await screen.findByText("Ours: divergence 3, focus 50%. Proposed curve: divergence 3.5, focus 50%.");
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Canvas”. Your data was not changed.");
  const sheet = wb.sheet("Canvas")!;
  expect(sheet.values.flat()).not.toContain("Source");
  expect(sheet.values.flat()).not.toContain("Formula");
  expect(tableCells(wb, "Canvas", "Canvas_Canvas")).toEqual([
    ["Factor", "Rival", "Ours", "Ours (proposed)"],
    ["Price", 4, 2, 1],
    ["Speed", 1, 5, 5],
  ]);
  expect(sheet.charts[0].series.map((s) => [s.name, s.emphasis === true])).toEqual([
    ["Ours", true],
    ["Rival", false],
    ["Ours (proposed)", false],
  ]);
  const [recipe] = await loadRecipes(wb);
  expect(recipe.source).toBeUndefined();
  expect(recipe.state).toMatchObject({ own: 1, tolerance: 0, grid: { factors: ["Price", "Speed"], offerings: ["Rival", "Ours"], proposed: ["1", "5"] } });
  const rebuilt = await canvasRecipe.rebuild(undefined, recipe.state as never, { runner: inThreadRunner, language: "en" });
  const again = await insertReport(wb, rebuilt.report, rebuilt.options);
  expect(wb.sheet(again)!.values).toEqual(sheet.values);
}, 60000);

test("in Chinese: the example grid, the results and the sheet", async () => {
  const wb = new MemoryWorkbook();
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "打开战略布局图向导" }));
  await user.click(screen.getByRole("button", { name: "从示例开始" }));
  expect(valueOf("因素 1")).toBe("价格");
  expect(valueOf("我方酒店 在 自助入住机 上的水平")).toBe("4");
  await user.click(screen.getByRole("button", { name: "下一步" }));
  await user.click(screen.getByRole("button", { name: "查看结果" }));
  await screen.findByRole("button", { name: "插入到工作簿" });
  /*
   * The hotel example (examples/strategy-canvas.csv), tolerance 0: the self check-in kiosk is
   * offered by no competitor (Create); eating facilities and aesthetics are 0 for us (Eliminate).
   * Focus: bed quality, hygiene, quietness and the kiosk, 4 of 10 = 40%.
   */
  const quadrant = (name: string) => within(screen.getByRole("region", { name })).queryAllByRole("listitem").map((li) => li.textContent);
  expect(quadrant("剔除")).toEqual([]);
  expect(within(screen.getByRole("region", { name: "曲线说明了什么" })).getByText("我方酒店 在以下因素上脱颖而出（高于所有竞争对手）：床品质量、卫生、房间安静程度、自助入住机。")).toBeTruthy();
  const rows = rowsOf(screen.getByRole("table", { name: "各因素的价值曲线" }));
  expect(rows[0]).toEqual(["因素", "我方", "行业平均", "竞争对手最低", "竞争对手最高", "差距", "行动"]);
  expect(rows[2]).toEqual(["餐饮设施", "0", "2", "1", "3", "-2", "剔除"]);
  expect(rows[10]).toEqual(["自助入住机", "4", "0", "0", "0", "4", "创造"]);
  await user.click(screen.getByRole("button", { name: "插入到工作簿" }));
  await screen.findByText("结果已写入新工作表“战略布局图”。您的数据没有被修改。");
  const sheet = wb.sheet("战略布局图")!;
  expect(sheet.values[0][0]).toBe("战略布局图");
  expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["我方酒店", "二星连锁", "一星汽车旅馆", "青年旅舍", "我方酒店（新曲线）"]);
}, 60000);

test("the pane's canvas draws ours heavier and the proposal dashed, in our colour", () => {
  const chart = { type: "line" as const, title: "Strategy canvas", categories: ["Price", "Lobby"], series: [{ name: "Ours", values: [1, 0] }, { name: "A", values: [3, 2] }, { name: "Ours (proposed)", values: [0, 2] }] };
  const lines = canvasLines({ chart, emphasis: ["Ours"], dashed: ["Ours (proposed)"], format: String });
  expect(lines.map((l) => [l.legend, l.lineOptions])).toEqual([
    ["Ours", { strokeWidth: 5 }],
    ["A", { strokeWidth: 2 }],
    ["Ours (proposed)", { strokeWidth: 3, strokeDasharray: "6 4" }],
  ]);
  expect(lines[2].color).toBe(lines[0].color);
  expect(lines[1].data).toEqual([
    { x: 1, y: 3, xAxisCalloutData: "Price", yAxisCalloutData: "3" },
    { x: 2, y: 2, xAxisCalloutData: "Lobby", yAxisCalloutData: "2" },
  ]);
});
