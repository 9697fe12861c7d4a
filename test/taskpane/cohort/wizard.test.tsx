/** @jest-environment jsdom */
// The cohorts, churn and funnels wizard as a user drives it on the in-memory workbook, in each
// mode: the results are the engine's, and the sheet it writes holds what the custom functions
// spill for the same cells, with a color-scale heat map and native charts of the right types.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { churn, churnRate, cohort, funnel } from "../../../src/functions/cohort";
import { type MemorySheetView, MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { fill, zh } from "../../../src/taskpane/i18n/strings";

/**
 * Orders worked by hand (see cohort-view.test.ts): month cohorts
 *   2024-01: A, B (2)    -> active 2, 1, 1, 1 -> retention 100%, 50%, 50%, 50%
 *   2024-02: C, D, F (3) -> 3, 1, 0          -> 100%, 33.3%, 0%
 *   2024-04: E (1)       -> 1                -> 100%
 * The last order is on 2024-04-09, so the default as-of date is 2024-04-10. With 30 days without
 * a purchase as churn: days since the last order A 8, B 26, C 40, D 56, E 1, F 50 -> C, D and F
 * churned (3 of 6, 50%). F's order has no amount: the cohorts and churn still count it, as
 * =CX.COHORT and =CX.CHURN (which read no amounts) do.
 */
const ORDERS: (string | number)[][] = [
  ["Customer ID", "Order Date", "Amount"],
  ["A", "2024-01-05", 20],
  ["B", "2024-01-20", 35],
  ["A", "2024-02-10", 15],
  ["C", "2024-02-03", 50],
  ["D", "2024-02-14", 12],
  ["F", "2024-02-20", ""],
  ["C", "2024-02-25", 8],
  ["C", "2024-03-01", 30],
  ["B", "2024-03-15", 22],
  ["A", "2024-04-02", 18],
  ["E", "2024-04-09", 40],
];
const column = (j: number) => ORDERS.map((r) => [r[j]]);

/** examples/funnel.csv: step conversions 62%, 33.9%, 61.9%, 69.2%; 9% overall; biggest drop Product view -> Cart. */
const FUNNEL: (string | number)[][] = [
  ["Stage", "Users"],
  ["Visit", 10000],
  ["Product view", 6200],
  ["Cart", 2100],
  ["Checkout", 1300],
  ["Purchase", 900],
];

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", ORDERS);
  wb.addSheetWithValues("Stages", FUNNEL);
  wb.select("Orders", `A1:C${ORDERS.length}`);
  return wb;
}

// jsdom has no SVG text layout; the charts' axis titles measure their text to wrap it.
beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** The cells of an Excel table of the sheet, header included. */
function tableValues(sheet: MemorySheetView, name: string): unknown[][] {
  const t = sheet.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${sheet.tables.map((x) => x.name).join(", ")}`);
  return sheet.values.slice(t.row, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
}

/** Equal to a spilled grid: numbers to 12 digits, the rest exactly. */
function expectGrid(actual: unknown[][], expected: unknown[][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) => {
    expect(row).toHaveLength(expected[i].length);
    row.forEach((v, j) => (typeof expected[i][j] === "number" ? expect(v).toBeCloseTo(expected[i][j] as number, 12) : expect(v).toBe(expected[i][j])));
  });
}

async function openWizard(user: ReturnType<typeof userEvent.setup>, language: "en" | "zh" = "en") {
  await user.click(screen.getByRole("button", { name: language === "en" ? "Open cohorts, churn and funnels wizard" : zh.openCohortWizard }));
}

async function readOrders(user: ReturnType<typeof userEvent.setup>, language: "en" | "zh" = "en") {
  await user.click(screen.getByRole("button", { name: language === "en" ? "Use current selection" : zh.useSelection }));
  await screen.findByText(fill(language, "willAnalyse", { rows: language === "en" ? "10" : "10" }));
  await user.click(screen.getByRole("button", { name: language === "en" ? "Next" : zh.next }));
}

test("cohorts: select, run, results, insert: a heat map with a color scale and the retention curves", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user);
  expect(screen.getByRole("radio", { name: /^Cohort retention/ })).toHaveProperty("checked", true);
  await readOrders(user);
  // Defaults: month, retention.
  expect(screen.getByRole("radio", { name: /^Retention/ })).toHaveProperty("checked", true);
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  expect(screen.getByText("3 cohorts of 6 customers by month of first purchase, from 2024-01 to 2024-04.")).toBeTruthy();
  expect(screen.getByText("Of the 2 customers acquired in 2024-01, 50% bought again in month 1, 50% bought again in month 2, 50% bought again in month 3.")).toBeTruthy();
  expect(screen.getByText("Retention in month 1 is highest for the 2024-01 cohort (50%) and lowest for 2024-02 (33%).")).toBeTruthy();
  const heat = within(screen.getByRole("table", { name: "Retention heat map" })).getAllByRole("row");
  expect(heat.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
    ["Cohort", "Month 0", "Month 1", "Month 2", "Month 3"],
    ["2024-01", "100%", "50%", "50%", "50%"],
    ["2024-02", "100%", "33%", "0%", ""],
    ["2024-04", "100%", "", "", ""],
  ]);
  expect(screen.getByRole("figure", { name: "Retention by month since first purchase" })).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Cohorts”. Your data was not changed.");
  const sheet = wb.sheet("Cohorts")!;
  expect(wb.sheet("Orders")!.values).toEqual(ORDERS);
  // The cohort table is what =CX.COHORT(customers, dates, , "retention") spills for the same cells.
  expectGrid(tableValues(sheet, "Cohorts_Cohorts"), cohort(column(0), column(1), undefined, "retention") as unknown[][]);
  expect(tableValues(sheet, "Cohorts_Cohorts")[2]).toEqual(["2024-02", 3, 1, expect.closeTo(1 / 3, 12), 0, ""]);
  // The heat map: the same numbers without the size column, under a color scale.
  expect(sheet.colorScales).toHaveLength(1);
  const scale = sheet.colorScales[0];
  expect(sheet.read(scale)).toEqual([
    [1, 0.5, 0.5, 0.5],
    [1, expect.closeTo(1 / 3, 12), 0, ""],
    [1, "", "", ""],
  ]);
  expect(sheet.values[scale.row - 1].slice(scale.col - 1, scale.col + 4)).toEqual(["Cohort", "Month 0", "Month 1", "Month 2", "Month 3"]);
  // A native line chart of the retention curves, one series per cohort.
  expect(sheet.charts.map((c) => [c.type, c.title, c.series.map((s) => s.name)])).toEqual([["line", "Retention by month since first purchase", ["2024-01", "2024-02", "2024-04"]]]);
  expect(sheet.values.flat()).toContain('=CX.COHORT(Orders!A1:A12,Orders!B1:B12,,"retention")');
  expect(sheet.values.flat()).toContain("Of the 2 customers acquired in 2024-01, 50% bought again in month 1, 50% bought again in month 2, 50% bought again in month 3.");
  expect(sheet.formulas).toEqual([]);
}, 30000);

test("cohorts by revenue need the amounts; customers by quarter", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user);
  await readOrders(user);
  await user.click(screen.getByRole("radio", { name: /^Revenue/ }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  // F's order has no amount: skipped for revenue, as =CX.COHORT(..., "revenue", amounts) skips it.
  // 2024-01 (A, B): Month 0 = 20 + 35 = 55, Month 1 = 15 (A), Month 2 = 22 (B), Month 3 = 18 (A).
  const heat = within(screen.getByRole("table", { name: "Revenue heat map" })).getAllByRole("row");
  expect(Array.from(heat[1].children).map((c) => c.textContent)).toEqual(["2024-01", "55", "15", "22", "18"]);
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Cohorts”. Your data was not changed.");
  expectGrid(tableValues(wb.sheet("Cohorts")!, "Cohorts_Cohorts"), cohort(column(0), column(1), undefined, "revenue", column(2)) as unknown[][]);

  await user.click(screen.getByRole("button", { name: "Back" }));
  await user.click(screen.getByRole("radio", { name: /^Active customers/ }));
  await user.click(screen.getByRole("combobox", { name: "Period" }));
  await user.click(screen.getByRole("option", { name: "Quarter" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("table", { name: "Active customers heat map" });
  // 2024-Q1: A, B, C, D, F (5): Quarter 1 = A (2024-04-02) -> 1; 2024-Q2: E.
  const rows = within(screen.getByRole("table", { name: "Active customers heat map" })).getAllByRole("row");
  expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
    ["Cohort", "Quarter 0", "Quarter 1"],
    ["2024-Q1", "5", "1"],
    ["2024-Q2", "1", ""],
  ]);
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Cohorts (2)”. Your data was not changed.");
  expectGrid(tableValues(wb.sheet("Cohorts (2)")!, "Cohorts_Cohorts_2"), cohort(column(0), column(1), "quarter") as unknown[][]);
}, 30000);

test("without an amount column: the amount is left out, revenue is not offered, churn runs", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Visits", ORDERS.map((r) => [r[0], r[1]]));
  wb.select("Visits", `A1:B${ORDERS.length}`);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user);
  await user.click(screen.getByRole("radio", { name: /^Churn/ }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  // Every row counts: no amount to be blank.
  await screen.findByText("Transactions to analyse: 11.");
  expect(screen.getByRole("combobox", { name: "Amount column" }).textContent).toBe("None (no revenue)");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText("As of 2024-04-10: 0 of 6 customers have churned (0%); 6 are active.");
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Churn”. Your data was not changed.");
  expectGrid(tableValues(wb.sheet("Churn")!, "Churn_Customers"), churn(column(0), column(1)) as unknown[][]);
  // Cohorts: the revenue measure needs an amount column.
  await user.click(screen.getByRole("button", { name: "Start over" }));
  await user.click(screen.getByRole("radio", { name: /^Cohort retention/ }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByRole("radio", { name: /^Revenue/ })).toHaveProperty("disabled", true);
}, 30000);

test("churn: 30 days without a purchase; status, rate by month and the charts", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user);
  await user.click(screen.getByRole("radio", { name: /^Churn/ }));
  await readOrders(user);
  expect(screen.getByText("Leave empty for 2024-04-10, the day after the last transaction. Later transactions are left out.")).toBeTruthy();
  const days = screen.getByRole("spinbutton", { name: "Days without a purchase before a customer counts as churned" });
  await user.clear(days);
  await user.type(days, "30");
  await user.tab();
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  expect(screen.getByText("As of 2024-04-10: 3 of 6 customers have churned (50%); 3 are active.")).toBeTruthy();
  expect(screen.getByText("A customer has churned when their last purchase is more than 30 days before the as-of date.")).toBeTruthy();
  const summary = within(screen.getByRole("table", { name: "Active and churned customers" })).getAllByRole("row");
  expect(summary.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
    ["Status", "Customers", "Share of customers"],
    ["Active", "3", "50%"],
    ["Churned", "3", "50%"],
  ]);
  expect(screen.getByRole("figure", { name: "Churn rate by month" })).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Churn”. Your data was not changed.");
  const sheet = wb.sheet("Churn")!;
  expectGrid(tableValues(sheet, "Churn_Customers"), churn(column(0), column(1), undefined, 30) as unknown[][]);
  expectGrid(tableValues(sheet, "Churn_Rates"), churnRate(column(0), column(1), undefined, undefined, 30) as unknown[][]);
  expect(tableValues(sheet, "Churn_Customers").slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
    ["A", 8, "Active"],
    ["B", 26, "Active"],
    ["C", 40, "Churned"],
    ["D", 56, "Churned"],
    ["F", 50, "Churned"],
    ["E", 1, "Active"],
  ]);
  expect(sheet.charts.map((c) => [c.type, c.title, c.series.map((s) => s.name)])).toEqual([
    ["line", "Churn rate by month", ["Churn rate"]],
    ["column", "Churned and new customers by month", ["Churned", "New customers"]],
  ]);
  expect(sheet.values.flat()).toContain("=CX.CHURN(Orders!A1:A12,Orders!B1:B12,,30)");
}, 30000);

test("funnel: columns found, step and overall conversion, the biggest drop in words, a bar chart that reads top-down", async () => {
  const wb = workbook();
  wb.select("Stages", "A1:B6");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user);
  await user.click(screen.getByRole("radio", { name: /^Funnel/ }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Stages: 5.");
  expect(screen.getByRole("combobox", { name: "Stage name column" }).textContent).toBe("Stage (A)");
  expect(screen.getByRole("combobox", { name: "Count column" }).textContent).toBe("Users (B)");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  expect(screen.getByText("5 stages from “Visit” (10,000) to “Purchase” (900): 9% convert overall.")).toBeTruthy();
  expect(screen.getByText("The biggest drop is from “Product view” to “Cart”: 66.1% of 6,200 did not continue (4,100 lost).")).toBeTruthy();
  const rows = within(screen.getByRole("table", { name: "Conversion funnel" })).getAllByRole("row");
  expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
    ["Stage", "Count", "Step conversion", "Overall conversion", "Lost", "Biggest drop"],
    ["Visit", "10,000", "100%", "100%", "0", ""],
    ["Product view", "6,200", "62%", "62%", "3,800", ""],
    ["Cart", "2,100", "33.9%", "21%", "4,100", "Biggest drop"],
    ["Checkout", "1,300", "61.9%", "13%", "800", ""],
    ["Purchase", "900", "69.2%", "9%", "400", ""],
  ]);
  expect(screen.getByRole("figure", { name: "Conversion funnel" })).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Funnel”. Your data was not changed.");
  const sheet = wb.sheet("Funnel")!;
  const stages = FUNNEL.map((r) => [r[0]]);
  const counts = FUNNEL.map((r) => [r[1]]);
  const table = tableValues(sheet, "Funnel_Funnel");
  expectGrid(table, funnel(stages, counts) as unknown[][]);
  // By hand: step conversions 62%, 33.9%, 61.9%, 69.2%.
  expect(table.slice(2).map((r) => Number((r[2] as number).toFixed(3)))).toEqual([0.62, 0.339, 0.619, 0.692]);
  // The native bar chart plots the stages last first: Excel draws the first category at the bottom.
  expect(sheet.charts).toHaveLength(1);
  const chart = sheet.charts[0];
  expect([chart.type, chart.title, chart.series.map((s) => s.name)]).toEqual(["bar", "Conversion funnel", ["Count"]]);
  expect(sheet.read(chart.categories).map((r) => r[0])).toEqual(["Purchase", "Checkout", "Cart", "Product view", "Visit"]);
  expect(sheet.read(chart.series[0].values).map((r) => r[0])).toEqual([900, 1300, 2100, 6200, 10000]);
  expect(sheet.values.flat()).toContain("=CX.FUNNEL(Stages!A1:A6,Stages!B1:B6)");
}, 30000);

test("a funnel count that increases is reported in plain words with its row", async () => {
  const wb = workbook();
  wb.addSheetWithValues("Bad", [["Stage", "Users"], ["Visit", 1000], ["Product view", 600], ["Cart", 700]]);
  wb.select("Bad", "A1:B4");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user);
  await user.click(screen.getByRole("radio", { name: /^Funnel/ }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Stages: 3.");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText(
    "This data cannot be analysed yet. Users, row 4: 700 is more than the stage before ('Product view', 600): counts must not increase down a funnel (check the stage order). Fix the cell in the sheet or choose another column, then read the range again.",
  );
  expect(screen.queryByRole("button", { name: "Insert into workbook" })).toBeNull();
});

test("in Chinese: the reading, the heat map and the sheet in the zh strings", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await openWizard(user, "zh");
  await readOrders(user, "zh");
  await user.click(screen.getByRole("button", { name: zh.runAnalysis }));
  await screen.findByRole("button", { name: zh.insert });
  expect(screen.getByText("按首次购买所在月分为 3 个批次，共 6 位客户，从 2024-01 到 2024-04。")).toBeTruthy();
  expect(screen.getByText("在 2024-01 获得的 2 位客户中，50% 在第 1 个月再次购买，50% 在第 2 个月再次购买，50% 在第 3 个月再次购买。")).toBeTruthy();
  const heat = within(screen.getByRole("table", { name: "留存率热力图" })).getAllByRole("row");
  expect(Array.from(heat[0].children).map((c) => c.textContent)).toEqual([zh.cohrCohort, "第 0 个月", "第 1 个月", "第 2 个月", "第 3 个月"]);
  await user.click(screen.getByRole("button", { name: zh.insert }));
  await screen.findByText(fill("zh", "insertedTo", { sheet: "Cohorts" }));
  const sheet = wb.sheet("Cohorts")!;
  expect(sheet.values.flat()).toContain(zh.cohSheetTitleCohorts);
  expect(tableValues(sheet, "Cohorts_Cohorts")[0]).toEqual([zh.cohrCohort, zh.cohrCustomers, "第 0 个月", "第 1 个月", "第 2 个月", "第 3 个月"]);
  expect(sheet.charts[0].title).toBe("首次购买后各月的留存率");
}, 30000);

test("in Chinese: the funnel's biggest drop", async () => {
  const wb = workbook();
  wb.select("Stages", "A1:B6");
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await openWizard(user, "zh");
  await user.click(screen.getByRole("radio", { name: zh.cohModeFunnel }));
  await user.click(screen.getByRole("button", { name: zh.useSelection }));
  await screen.findByText("阶段数：5。");
  await user.click(screen.getByRole("button", { name: zh.runAnalysis }));
  await screen.findByText("流失最大的一步是从“Product view”到“Cart”：6,200 人中有 66.1% 没有继续（流失 4,100 人）。");
  const rows = within(screen.getByRole("table", { name: zh.cohrFunnelTitle })).getAllByRole("row");
  expect(Array.from(rows[3].children).map((c) => c.textContent)).toEqual(["Cart", "2,100", "33.9%", "21%", "4,100", zh.cohrBiggestDrop]);
}, 30000);

test.each(["en", "zh"] as const)("no serious or critical axe violations on any step (%s)", async (language) => {
  const wb = workbook();
  const user = userEvent.setup();
  const name = (en: string, zhText: string) => (language === "en" ? en : zhText);
  render(<App initialLanguage={language} gateway={wb} />);
  await openWizard(user, language);
  expect(await seriousViolations()).toEqual([]);
  await readOrders(user, language);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Run analysis", zh.runAnalysis) }));
  await screen.findByRole("button", { name: name("Insert into workbook", zh.insert) });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Insert into workbook", zh.insert) }));
  await screen.findByRole("button", { name: name("Go to sheet", zh.goToSheet) });
  expect(await seriousViolations()).toEqual([]);
  // The churn and funnel results.
  await user.click(screen.getByRole("button", { name: name("Start over", zh.startOver) }));
  await user.click(screen.getByRole("radio", { name: name("Churn: which customers have stopped buying, and the churn rate by period (transactions)", zh.cohModeChurn) }));
  await user.click(screen.getByRole("button", { name: name("Next", zh.next) }));
  await user.click(screen.getByRole("button", { name: name("Run analysis", zh.runAnalysis) }));
  await screen.findByRole("button", { name: name("Insert into workbook", zh.insert) });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Back", zh.back) }));
  await user.click(screen.getByRole("button", { name: name("Back", zh.back) }));
  await user.click(screen.getByRole("radio", { name: name("Funnel: where people drop out between stages (stage names and counts)", zh.cohModeFunnel) }));
  wb.select("Stages", "A1:B6");
  await user.click(screen.getByRole("button", { name: name("Use current selection", zh.useSelection) }));
  await screen.findByText(fill(language, "cohFunnelRows", { n: "5" }));
  await user.click(screen.getByRole("button", { name: name("Run analysis", zh.runAnalysis) }));
  await screen.findByRole("button", { name: name("Insert into workbook", zh.insert) });
  expect(await seriousViolations()).toEqual([]);
}, 60000);
