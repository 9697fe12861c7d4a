/** @jest-environment jsdom */
// The stored analyses in the pane, on the in-memory workbook: the RFM wizard stores its recipe, the
// recipe survives saving and reopening, "Refresh" after rows were added to the source table asks
// first and then gives the sheet a fresh run on all rows gives; cancelling, a deleted sheet and a
// conflicting edit are each said in plain words; "Convert to values" removes every =CX. formula
// and keeps every value; the home page warns only while such formulas exist.
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { serialFromEpochDay } from "../../../src/core/table/date";
import { WorkbookError } from "../../../src/excel/gateway";
import { MemoryWorkbook, type MemorySheetView } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { recipeSource } from "../../../src/taskpane/recipes/recipe";
import { addRecipe, loadRecipes } from "../../../src/taskpane/recipes/store";
import { transactionState } from "../../../src/taskpane/recipes/transaction-state";
import { rfmRecipe, rfmSheetRequest, type RfmState, runRfm } from "../../../src/taskpane/rfm/rfm-recipe";
import { writeReport } from "../../../src/taskpane/wizard/insert-report";
import { ROWS, day } from "../../core/rfm/fixture";

const HEADER = ["Order ID", "Customer ID", "Order Date", "Amount"];
const orderRows = () => ROWS.map((r, i) => [i + 1, r[0], serialFromEpochDay(day(r[1])), r[2]]);
/** Two orders after the fixture's last (2024-06-25): the default as-of date moves to 2024-06-29. */
const NEW_ROWS = [
  [11, "F", serialFromEpochDay(day("2024-06-28")), 60],
  [12, "B", serialFromEpochDay(day("2024-06-27")), 35],
];
const SETTINGS = { bins: 5, asOf: "", monetary: "total" as const, mergeSameDay: false };

/** Orders!A1:D11 as the Excel table "Orders_Table", selected. */
function workbook(rows: unknown[][] = orderRows()): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", [HEADER, ...rows]);
  wb.addTable("Orders", "Orders_Table", `A1:D${rows.length + 1}`);
  wb.select("Orders", `A1:D${rows.length + 1}`);
  return wb;
}

/** What the RFM wizard's insert does, without the clicks (the first test clicks through it). */
async function storedRfm(wb: MemoryWorkbook, language: "en" | "zh" = "en") {
  const range = await wb.readRange("Orders_Table");
  const state: RfmState = { ...transactionState(range, true, { customer: 1, date: 2, amount: 3 }), settings: SETTINGS };
  const request = rfmSheetRequest(language, range, await runRfm(inThreadRunner, range, state), state);
  const written = await writeReport(wb, request.report, request.options);
  return addRecipe(wb, { kind: "rfm", title: request.options.baseName, source: recipeSource(range, true), state, tables: written.tables }, written.sheet, language);
}

function content(sheet: MemorySheetView) {
  return { values: sheet.values, formats: sheet.formats, styles: sheet.styles, tables: sheet.tables, charts: sheet.charts, colorScales: sheet.colorScales, widths: sheet.columnWidths };
}

/**
 * The open confirmation: its question, answered with the button `answer`; waits until it is gone.
 * (hidden: in jsdom, Fluent's focus manager may mark the open dialog aria-hidden while it settles
 * the focus on a loaded machine; the dialog's name and buttons are what is checked.)
 */
async function confirm(user: ReturnType<typeof userEvent.setup>, answer: string): Promise<string> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  const question = within(dialog).getByText(/Continue\?$/).textContent ?? "";
  await user.click(within(dialog).getByRole("button", { name: answer, hidden: true }));
  await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
  return question;
}

async function openStored(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Stored analyses and sharing" }));
  return screen.findByRole("group", { name: "RFM (sheet RFM)" });
}

test("the RFM wizard stores its recipe; after save and reopen, a refresh on the grown table equals a fresh run", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await screen.findByText("Each wizard run is stored in the workbook, so it can be refreshed on new data in one click.");
  expect(screen.queryByText(/CX formulas in this workbook/)).toBeNull();
  await user.click(screen.getByRole("button", { name: "Open RFM wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Transactions to analyse: 10.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “RFM”. Your data was not changed.");
  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({
    kind: "rfm",
    title: "RFM",
    sheet: "RFM",
    language: "en",
    source: { address: "Orders!A1:D11", growsWith: "Orders_Table", hasHeader: true },
    tables: ["RFM_Segments", "RFM_Customers"],
    state: { hasHeader: true, mapping: { customer: 1, date: 2, amount: 3 }, headers: ["Customer ID", "Order Date", "Amount"], settings: SETTINGS },
  });
  cleanup();

  // Saved, closed and opened again: the recipe is listed.
  const reopened = MemoryWorkbook.open(wb.saveFile());
  render(<App initialLanguage="en" gateway={reopened} />);
  await screen.findByText("Analyses stored in this workbook: 1. Refresh them on the current data in one click.");
  const card = await openStored(user);
  expect(within(card).getByText("Sheet: RFM")).toBeTruthy();
  expect(within(card).getByText("Data: Orders!A1:D11, growing with Orders_Table")).toBeTruthy();

  reopened.appendRows("Orders", NEW_ROWS);
  const before = content(reopened.sheet("RFM")!);
  // Cancel first: nothing changes.
  await user.click(within(card).getByRole("button", { name: "Refresh RFM (sheet RFM)" }));
  expect(await confirm(user, "Cancel")).toBe("This replaces the sheet “RFM” with a fresh run on Orders!A1:D13 (12 rows). Continue?");
  await within(card).findByText("Not refreshed: the sheet “RFM” was left as it was.");
  expect(content(reopened.sheet("RFM")!)).toEqual(before);

  await user.click(within(card).getByRole("button", { name: "Refresh RFM (sheet RFM)" }));
  await confirm(user, "Replace");
  await within(card).findByText("Refreshed: the sheet “RFM” now holds a fresh run on Orders!A1:D13.");
  expect(reopened.sheetNames).toEqual(["Orders", "RFM"]);
  await within(card).findByText("Data: Orders!A1:D13, growing with Orders_Table");

  // Cell for cell what a fresh run on all twelve rows writes.
  const fresh = workbook([...orderRows(), ...NEW_ROWS]);
  const request = await rfmRecipe.rebuild(await fresh.readRange("Orders_Table"), recipe.state as RfmState, { runner: inThreadRunner, language: "en" });
  await writeReport(fresh, request.report, request.options);
  const sheet = reopened.sheet("RFM")!;
  expect(content(sheet)).toEqual(content(fresh.sheet("RFM")!));
  // By hand, as of 2024-06-29 (the day after F's order): F 1 day, 1 order, 60; B 2 days, 2 orders, 20 + 35; A 28 days.
  const customers = sheet.tables.find((t) => t.name === "RFM_Customers")!;
  const rows = sheet.values.slice(customers.row + 1, customers.row + customers.rows).map((r) => r.slice(customers.col, customers.col + 4));
  expect(rows).toEqual([
    ["A", 28, 3, 300],
    ["B", 2, 2, 55],
    ["C", 140, 2, 500],
    ["D", 4, 2, 120],
    ["E", 211, 1, 30],
    ["F", 1, 1, 60],
  ]);
  expect(sheet.values.flat()).toContain("=CX.RFM(Orders!B1:B13,Orders!C1:C13,Orders!D1:D13)");
}, 60000);

test("a deleted sheet is written anew; a conflicting edit is reported and the old sheet kept", async () => {
  const wb = workbook();
  await storedRfm(wb);
  wb.deleteSheet("RFM");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  const card = await openStored(user);
  await user.click(within(card).getByRole("button", { name: "Refresh RFM (sheet RFM)" }));
  await within(card).findByText("The sheet “RFM” was gone (renamed or deleted), so the fresh run was written to the new sheet “RFM”.");
  expect(wb.sheetNames).toEqual(["Orders", "RFM"]);

  // Now a co-author edits the sheet during every write.
  const before = content(wb.sheet("RFM")!);
  const replace = wb.replaceSheet.bind(wb);
  wb.replaceSheet = (existing, plan, onProgress) => {
    wb.failNextWrite(10, new WorkbookError("conflict", "edited by a co-author"));
    return replace(existing, plan, onProgress);
  };
  await user.click(within(card).getByRole("button", { name: "Refresh RFM (sheet RFM)" }));
  await confirm(user, "Replace");
  await within(card).findByText(
    "Not refreshed. Someone else changed the sheet “RFM” while it was being refreshed (renamed, deleted or edited it). Nothing was written; try again when they are done.",
  );
  expect(wb.sheetNames).toEqual(["Orders", "RFM"]);
  expect(content(wb.sheet("RFM")!)).toEqual(before);
});

test("forget removes the recipe and keeps the sheet; an unknown kind is listed but not refreshable", async () => {
  const wb = workbook();
  const recipe = await storedRfm(wb);
  await wb.writeSetting("cx.analyses", JSON.stringify({ version: 1, analyses: [recipe, { ...recipe, id: "x", kind: "journey", title: "Journey map", sheet: "Journey" }] }));
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  const card = await openStored(user);
  const journey = screen.getByRole("group", { name: "Journey map (sheet Journey)" });
  expect(within(journey).getByText("Made with a newer version of the add-in: this version cannot refresh it.")).toBeTruthy();
  expect(within(journey).queryByRole("button", { name: /^Refresh/ })).toBeNull();
  await user.click(within(card).getByRole("button", { name: "Forget RFM (sheet RFM)" }));
  await screen.findByText("Forgot “RFM”. The sheet “RFM” stays in the workbook.");
  expect((await loadRecipes(wb)).map((r) => r.id)).toEqual(["x"]);
  expect(wb.sheetNames).toEqual(["Orders", "RFM"]);
});

test("refresh all replaces every sheet after one question", async () => {
  const wb = workbook();
  await storedRfm(wb);
  await storedRfm(wb); // a second run: "RFM (2)"
  wb.appendRows("Orders", NEW_ROWS);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openStored(user);
  await user.click(screen.getByRole("button", { name: "Refresh all" }));
  expect(await confirm(user, "Replace")).toBe("Sheets to replace with fresh runs on the current data: 2 (“RFM”, “RFM (2)”). Continue?");
  await screen.findByText("Refreshed: the sheet “RFM (2)” now holds a fresh run on Orders!A1:D13.");
  expect(screen.getByText("Refreshed: the sheet “RFM” now holds a fresh run on Orders!A1:D13.")).toBeTruthy();
  expect(content(wb.sheet("RFM")!).values).toEqual(content(wb.sheet("RFM (2)")!).values.map((r) => r.map((v) => v)));
  expect(wb.sheetNames).toEqual(["Orders", "RFM", "RFM (2)"]);
});

test("convert to values: the home warning, then no =CX. formula left and every value kept", async () => {
  const wb = workbook();
  wb.addSheetWithValues("Report", []);
  wb.setFormula("Report", "A1", "=CX.RFM(Orders!B1:B11,Orders!C1:C11,Orders!D1:D11)", [
    ["Customer", "Recency", "Segment"],
    ["A", 25, "Champions"],
    ["B", 42, "=not a formula"],
  ]);
  wb.addSheetWithValues("Summary", [["Total", 970]]);
  wb.setFormula("Summary", "B3", "=CX.RFM.SUMMARY(Orders!B1:B11,Orders!C1:C11,Orders!D1:D11)", [["Segment", "Customers"], ["Champions", 1]]);
  wb.setFormula("Summary", "D1", "=SUM(B1)", [[970]]);
  const values = { report: wb.sheet("Report")!.values, summary: wb.sheet("Summary")!.values };

  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await screen.findByText("CX formulas in this workbook: 2. Colleagues without the add-in will see #NAME? in them.");
  await user.click(screen.getByRole("button", { name: "Prepare for sharing" }));
  await screen.findByText("CX formulas in this workbook: 2, on Report (1), Summary (1).");
  expect(document.activeElement?.getAttribute("aria-labelledby")).toBe("cx-share-heading");

  await user.click(screen.getByRole("button", { name: "Convert sheet Report to values" }));
  expect(await confirm(user, "Convert")).toBe("The CX formulas on the sheet “Report” (1) are replaced by their current values and no longer update. Continue?");
  await screen.findByText("Formulas converted to values: 1.");
  await screen.findByText("CX formulas in this workbook: 1, on Summary (1).");

  // The selection holds no CX formula: nothing changes.
  wb.select("Summary", "A1:A2");
  await user.click(screen.getByRole("button", { name: "Convert selection to values" }));
  await confirm(user, "Convert");
  await screen.findByText("No CX formulas in the selection: nothing was changed.");
  wb.select("Summary", "A1:D4");
  await user.click(screen.getByRole("button", { name: "Convert selection to values" }));
  await confirm(user, "Convert");
  await screen.findByText("This workbook has no CX formulas: colleagues without the add-in see the same values you do.");

  expect(await wb.findFormulas("=CX.")).toEqual([]);
  expect(wb.sheet("Report")!.values).toEqual(values.report);
  expect(wb.sheet("Summary")!.values).toEqual(values.summary);
  expect(await wb.findFormulas("=SUM")).toEqual([{ sheet: "Summary", cells: ["D1"] }]);
  // Back home: no warning any more.
  await user.click(screen.getByRole("button", { name: "All analyses" }));
  await screen.findByText(/Analyses stored in this workbook|Each wizard run is stored/);
  expect(screen.queryByText(/CX formulas in this workbook/)).toBeNull();
});

test("when the recipe cannot be stored, the wizard says so after writing the sheet", async () => {
  const wb = workbook();
  wb.writeSetting = async () => {
    throw new Error("settings are not available");
  };
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open RFM wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Transactions to analyse: 10.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("The analysis could not be stored in the workbook, so it cannot be refreshed with one click. The results on the sheet are complete.");
  expect(wb.sheetNames).toEqual(["Orders", "RFM"]);
});

test("in Chinese: the home section, the list and the sharing section", async () => {
  const wb = workbook();
  await storedRfm(wb, "zh");
  wb.addSheetWithValues("Report", []);
  wb.setFormula("Report", "A1", "=CX.RFM(Orders!B1:B11,Orders!C1:C11,Orders!D1:D11)", [["Customer"], ["A"]]);
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await screen.findByText("此工作簿中保存了 1 项分析。一键即可用当前数据刷新。");
  await screen.findByText("此工作簿包含 1 个 CX 公式。未安装加载项的同事将在其中看到 #NAME?。");
  await user.click(screen.getByRole("button", { name: "已保存的分析与共享" }));
  const card = await screen.findByRole("group", { name: "RFM（工作表 RFM）" });
  expect(within(card).getByText("工作表：RFM")).toBeTruthy();
  expect(within(card).getByText("数据：Orders!A1:D11，随 Orders_Table 扩展")).toBeTruthy();
  expect(within(card).getByRole("button", { name: "刷新 RFM（工作表 RFM）" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "全部刷新" })).toBeTruthy();
  await screen.findByText("此工作簿中的 CX 公式：1 个，位于 Report（1 个）。");
  expect(screen.getByRole("button", { name: "将工作表 Report 转换为值" })).toBeTruthy();
});

afterEach(() => waitFor(() => undefined));
