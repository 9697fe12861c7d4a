/** @jest-environment jsdom */
// The RFM wizard as a user drives it, on the in-memory workbook: select the data, check the
// mapping, run, insert; then the new sheet holds the engine's numbers.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { serialFromEpochDay } from "../../../src/core/table/date";
import { ROWS, day } from "../../core/rfm/fixture";

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", [
    ["Order ID", "Customer ID", "Order Date", "Amount"],
    ...ROWS.map((r, i) => [i + 1, r[0], serialFromEpochDay(day(r[1])), r[2]]),
  ]);
  wb.select("Orders", "A1:D11");
  return wb;
}

async function runWizard(wb: MemoryWorkbook) {
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open RFM wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Transactions to analyse: 10.");
  expect(screen.getByRole("combobox", { name: "Customer column" }).textContent).toContain("Customer ID");
  expect(screen.getByRole("combobox", { name: "Date column" }).textContent).toContain("Order Date");
  expect(screen.getByRole("combobox", { name: "Amount column" }).textContent).toContain("Amount");
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByText("Leave empty for the day after the last order (2024-06-26).")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText("Customers: 5. Orders: 9. As of 2024-06-26.");
  return user;
}

test("select, map, run and insert: a new sheet with the hand-worked numbers", async () => {
  const wb = workbook();
  const user = await runWizard(wb);
  const segments = screen.getByRole("table", { name: "Segments" });
  expect(within(segments).getAllByRole("row").map((r) => r.textContent)).toEqual([
    "SegmentCustomersShare of customersShare of revenue",
    "Champions120%31%",
    "Loyal Customers120%12%",
    "About To Sleep120%2.1%", // 20 / 970
    "At Risk120%52%",
    "Lost120%3.1%", // 30 / 970
  ]);
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “RFM”. Your data was not changed.");
  expect(wb.sheetNames).toEqual(["Orders", "RFM"]);
  expect(wb.activeSheet).toBe("RFM");
  const sheet = wb.sheet("RFM")!;
  expect(sheet.tables.map((t) => t.name).sort()).toEqual(["RFM_Customers", "RFM_Segments"]);
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.colorScales).toHaveLength(1);
  // The customers table holds the engine's rows (test/core/rfm/rfm.test.ts).
  const customers = sheet.tables.find((t) => t.name === "RFM_Customers")!;
  const body = sheet.values.slice(customers.row + 1, customers.row + customers.rows).map((r) => r.slice(customers.col, customers.col + 9));
  expect(body).toEqual([
    ["A", 25, 3, 300, 4, 5, 4, "454", "Champions"],
    ["B", 42, 1, 20, 3, 1, 1, "311", "About To Sleep"],
    ["C", 137, 2, 500, 2, 3, 5, "235", "At Risk"],
    ["D", 1, 2, 120, 5, 3, 3, "533", "Loyal Customers"],
    ["E", 208, 1, 30, 1, 1, 2, "112", "Lost"],
  ]);
  // The formula equivalent is there, as text.
  expect(sheet.values.flat()).toContain("=CX.RFM(Orders!B1:B11,Orders!C1:C11,Orders!D1:D11)");
  // A second run gets a free name, never overwriting.
  await user.click(screen.getByRole("button", { name: "Start over" }));
  wb.select("Orders", "A1:D11");
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Transactions to analyse: 10.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “RFM (2)”. Your data was not changed.");
  expect(wb.sheetNames).toEqual(["Orders", "RFM", "RFM (2)"]);
});

test("a failed write leaves no sheet behind and says so", async () => {
  const wb = workbook();
  const user = await runWizard(wb);
  wb.failNextWrite(20);
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText(/Nothing was written/);
  expect(wb.sheetNames).toEqual(["Orders"]);
});

test("a sheet name taken while writing (co-authoring) is picked again", async () => {
  const wb = workbook();
  const user = await runWizard(wb);
  // A colleague adds "RFM" after the pane listed the sheets: the first write finds the name taken.
  const list = wb.listSheets.bind(wb);
  let first = true;
  wb.listSheets = async () => {
    const names = await list();
    if (first) {
      first = false;
      wb.addSheetWithValues("RFM", [["a colleague's sheet"]]);
    }
    return names;
  };
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “RFM (2)”. Your data was not changed.");
  expect(wb.sheet("RFM")!.values).toEqual([["a colleague's sheet"]]);
});

test("bad data is reported with the column, the row and what to fix", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", [
    ["Customer", "Date", "Amount"],
    ["A", 45292, 10],
    ["B", 45293, "n/a"],
  ]);
  wb.select("Orders", "A1:C3");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open RFM wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText(
    "This data cannot be analysed yet. Amount, row 3: 'n/a' is not a number. Fix the cell in the sheet or choose another column, then read the range again.",
  );
  expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
});

test("a range typed by address, and a bad address", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "打开 RFM 向导" }));
  await user.type(screen.getByRole("textbox", { name: "区域地址" }), "Orders!A1:D11{Enter}");
  await screen.findByText("将分析 10 笔交易。");
  await user.clear(screen.getByRole("textbox", { name: "区域地址" }));
  await user.type(screen.getByRole("textbox", { name: "区域地址" }), "not a range{Enter}");
  await screen.findByText("“not a range”不是有效的区域地址。请写成 Orders!A1:F100 或 A1:F100 的形式。");
});

test("without a workbook the home view says where to open the pane", () => {
  render(<App initialLanguage="en" />);
  expect(screen.getByText(/This pane is not connected to a workbook/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Open RFM wizard" })).toBeNull();
});

afterEach(() => waitFor(() => undefined));
