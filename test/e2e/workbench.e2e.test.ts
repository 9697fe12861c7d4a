/** @jest-environment node */
// End to end: the built workbench (dist/workbench.html) in headless Chromium (Debian's package,
// driven by playwright-core). A user's path through the RFM wizard on the example workbook: select
// the data, check the mapping, run, insert; the result sheet is compared with the engine's own
// numbers on the example CSV; then the pane is switched to Chinese, axe-core audits every step,
// and screenshots go to test-results/.
//
// The browser, the build check, the audits and the sheet helpers are in ./harness.ts: it never
// downloads a browser and never skips (without /usr/bin/chromium it fails and says how to install
// it), and builds dist/ first when the workbench build is missing or older than the sources.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Locator, Page } from "playwright-core";
import type { Report } from "../../src/core/report";
import { rfmFromRead, TRANSACTION_COLUMNS } from "../../src/core/rfm";
import { ltvFromTransactions, type LtvResult } from "../../src/core/clv";
import { readTable } from "../../src/core/table/table";
import { t } from "../../src/taskpane/i18n/strings";
import { workbenchZh } from "../../src/workbench/strings";
import { expectRow, LAUNCH_TIMEOUT, ROOT, sheetTable, showsText, until, visible, Workbench } from "./harness";

// Used range of the example workbook's Orders sheet: a header and 35,670 rows (examples/README.md).
const ORDERS_RANGE = "A1:F35671";

/** The engine's lifetime values for the example, with the wizard's defaults. */
function expectedLtv(): LtvResult {
  const text = readFileSync(join(ROOT, "examples", "retail-orders.csv"), "utf8");
  const grid = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const read = readTable(grid, {
    customer: { ...TRANSACTION_COLUMNS.customer, column: "Customer ID" },
    day: { ...TRANSACTION_COLUMNS.day, column: "Order Date" },
    amount: { ...TRANSACTION_COLUMNS.amount, column: "Amount" },
  });
  return ltvFromTransactions({ customer: read.columns.customer, day: read.columns.day, amount: read.columns.amount });
}

/** The report the engine makes of the example CSV, with the wizard's default options. */
function expectedReport(): { report: Report; transactions: number } {
  const text = readFileSync(join(ROOT, "examples", "retail-orders.csv"), "utf8");
  const grid = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const read = readTable(grid, {
    customer: { ...TRANSACTION_COLUMNS.customer, column: "Customer ID" },
    day: { ...TRANSACTION_COLUMNS.day, column: "Order Date" },
    amount: { ...TRANSACTION_COLUMNS.amount, column: "Amount" },
  });
  return { report: rfmFromRead(read).report, transactions: read.length };
}

describe("workbench end to end (headless Chromium)", () => {
  let wb: Workbench;
  let page: Page;
  const expected = expectedReport();
  const grouped = (n: number) => n.toLocaleString("en-US");
  const lap = (label: string) => wb.lap(label);
  const shoot = (name: string) => wb.shoot(name);
  const audit = (state: string) => wb.audit(state);
  const pane = () => wb.pane();
  const button = (name: string | RegExp) => wb.button(name);
  const combobox = (name: string) => wb.combobox(name);
  const choose = (dropdown: Locator, option: string) => wb.choose(dropdown, option);
  const nameBox = (): Locator => wb.nameBox();
  const nameBoxShows = (address: string) => wb.nameBoxShows(address);

  beforeAll(async () => {
    wb = await Workbench.launch();
    page = wb.page;
  }, LAUNCH_TIMEOUT);

  afterAll(async () => {
    await wb?.close();
  });

  test("opens on the example workbook with its used range selected", async () => {
    await page.goto(wb.url);
    await visible(page.getByRole("status").filter({ hasText: "Loaded retail-orders.xlsx" }));
    await visible(page.getByRole("tab", { name: "Orders", selected: true }));
    await nameBoxShows(ORDERS_RANGE);
    const grid = page.getByRole("grid", { name: "Sheet Orders" });
    await visible(grid.getByRole("columnheader", { name: "F", exact: true }));
    await visible(grid.getByRole("gridcell", { name: "2023-01-01 08:25" })); // a date-time, formatted
    await visible(grid.getByRole("gridcell", { name: "101.75" }));
    await visible(page.getByText("Showing 200 of 35,671 rows."));
    await shoot("home");
    await audit("home");
    lap("load");
  }, 120_000);

  test("selects with the mouse, the keyboard and the name box, like Excel", async () => {
    const grid = page.getByRole("grid", { name: "Sheet Orders" });
    await grid.getByRole("gridcell", { name: "O100001" }).click();
    await nameBoxShows("A2");
    await grid.getByRole("gridcell", { name: "South" }).first().click({ modifiers: ["Shift"] });
    await nameBoxShows("A2:F2");
    await page.keyboard.press("Shift+ArrowDown");
    await nameBoxShows("A2:F3");
    await page.keyboard.press("ArrowRight");
    await nameBoxShows("B2");
    // Type the data's address in the name box, as a user selects a large range in Excel.
    await nameBox().fill("Z0");
    await nameBox().press("Enter");
    await visible(page.getByRole("alert").filter({ hasText: "'Z0' is not a cell or range address" }));
    await nameBox().fill(ORDERS_RANGE);
    await nameBox().press("Enter");
    await until("the grid to have the focus", () => grid.evaluate((el) => el === document.activeElement));
    await nameBoxShows(ORDERS_RANGE);
    expect(await page.evaluate(() => (window as unknown as { __cxWorkbook: { selection: unknown } }).__cxWorkbook.selection)).toEqual({
      row: 0,
      col: 0,
      rows: 35671,
      cols: 6,
    });
    lap("selection");
  }, 120_000);

  test("the RFM wizard maps the columns of the selection", async () => {
    await button("Open RFM wizard").click();
    await button("Use current selection").click();
    await showsText(combobox("Customer column"), "Customer ID");
    await showsText(combobox("Date column"), "Order Date");
    await showsText(combobox("Amount column"), "Amount");
    // The data step counts the transactions it will analyse: the engine's own count (35,657).
    await visible(pane().getByText(grouped(expected.transactions), { exact: false }));
    await shoot("mapping");
    await audit("mapping");
    await button("Next").click();
    lap("mapping");
  }, 120_000);

  test("runs the analysis and shows the results", async () => {
    await button("Run analysis").click();
    await visible(button("Insert into workbook"));
    // The summary counts the customers: the engine's own count (2,999).
    await visible(pane().getByText(grouped(expected.report.tables.find((x) => x.name === "customers")!.rows.length), { exact: false }));
    await shoot("results");
    await audit("results");
    lap("run");
  }, 120_000);

  test("inserts the results as a new sheet holding the engine's numbers", async () => {
    await button("Insert into workbook").click();
    await visible(pane().getByText("Results written to the new sheet “RFM”", { exact: false }));
    await visible(page.getByRole("tab", { name: "RFM", selected: true }));
    await visible(page.getByRole("grid", { name: "Sheet RFM" }));
    await visible(page.getByRole("region", { name: "Charts" }).locator("svg").first());
    lap("insert");

    const sheet = await wb.sheet("RFM");
    expect(sheet.sheetNames).toEqual(["Orders", "RFM"]);
    expect(sheet.activeSheet).toBe("RFM");

    const { report } = expected;
    const segments = report.tables.find((x) => x.name === "segments")!;
    const customers = report.tables.find((x) => x.name === "customers")!;

    // The segment summary: every segment, its customers and revenue (and the other columns).
    const writtenSegments = sheetTable(sheet, segments.header);
    expect(writtenSegments.length - 1).toBe(segments.rows.length);
    segments.rows.forEach((row, i) => expectRow(writtenSegments[i + 1], row, `segment ${row[0]}`));
    const total = (rows: unknown[][], j: number) => rows.reduce((a, r) => a + (r[j] as number), 0);
    expect(total(writtenSegments.slice(1), 1)).toBe(2999);

    // The customers table: all 2,999 rows, and a sample compared cell by cell.
    const writtenCustomers = sheetTable(sheet, customers.header);
    expect(writtenCustomers.length - 1).toBe(customers.rows.length);
    expect(customers.rows.length).toBe(2999);
    for (const i of [0, 1, 2, 41, 500, 1234, 2000, 2998]) expectRow(writtenCustomers[i + 1], customers.rows[i], `customer row ${i + 1}`);
    expect(writtenCustomers.slice(1).map((r) => r[0])).toEqual(customers.rows.map((r) => r[0]));

    expect(sheet.charts.length).toBeGreaterThanOrEqual(1);
    expect(sheet.colorScales.length).toBeGreaterThanOrEqual(1); // the R x F heat map
    await shoot("after-insert");
    await audit("after insert");
    lap("compare");
  }, 120_000);

  test("switches the pane and the workbench to Chinese", async () => {
    await choose(combobox("Language"), "简体中文");
    await visible(page.getByRole("heading", { name: t("zh", "rfmTitle") }));
    await visible(button(t("zh", "goToSheet")));
    await visible(button(t("zh", "startOver")));
    await visible(pane().getByText(t("zh", "insertedTo").replace("{sheet}", "RFM")));
    await visible(combobox(t("zh", "languageLabel")));
    // The workbench's own labels follow the pane's language.
    await visible(page.getByRole("textbox", { name: workbenchZh.nameBox }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
    await shoot("zh");
    await audit("Chinese");
    lap("Chinese");
  }, 120_000);

  test("the lifetime-value wizard, in Chinese, writes the engine's values with a holdout check", async () => {
    await button(t("zh", "allAnalyses")).click();
    await button(t("zh", "openClvWizard")).click();
    await page.getByRole("tab", { name: "Orders" }).click();
    const box = page.getByRole("textbox", { name: workbenchZh.nameBox });
    await box.fill(ORDERS_RANGE);
    await box.press("Enter");
    await button(t("zh", "useSelection")).click();
    await showsText(combobox(t("zh", "customerColumn")), "Customer ID");
    await button(t("zh", "next")).click();
    await page.getByRole("switch", { name: t("zh", "validateLabel") }).click();
    await button(t("zh", "runAnalysis")).click();
    await visible(button(t("zh", "insert")));
    await visible(pane().getByText(/^(拟合良好|拟合一般|拟合较差)：/));
    await shoot("clv-zh");
    await audit("lifetime value results (Chinese)");
    await button(t("zh", "insert")).click();
    await visible(pane().getByText(t("zh", "insertedTo").replace("{sheet}", "CLV")));
    lap("lifetime value");

    const ltv = expectedLtv();
    const sheet = await wb.sheet("CLV");
    const table = sheet.tables.find((x) => x.name === "CLV_Customers")!;
    const rows = sheet.values.slice(table.row + 1, table.row + table.rows);
    expect(rows.length).toBe(ltv.summary.customer.length);
    expect(rows.length).toBe(2999);
    // The pane read the XLSX (dates with times), the engine here the CSV: the fits agree to the optimiser's tolerance.
    const near = (got: unknown, want: number) => expect(Math.abs((got as number) - want) / Math.max(1e-9, Math.abs(want))).toBeLessThan(1e-5);
    for (const i of [0, 1, 500, 2998]) {
      expect(rows[i][table.col]).toBe(ltv.summary.customer[i]);
      near(rows[i][table.col + 7], ltv.clv.clv[i]);
    }
    const totalRow = sheet.values.find((r) => r[0] === t("zh", "factTotalClv"))!;
    near(totalRow[1], ltv.clv.total);
    expect(sheet.charts.length).toBe(4); // top customers, deciles, holdout by frequency, tracking
  }, 180_000);

  test("dropping a CSV file on the workbook replaces it", async () => {
    const csv = readFileSync(join(ROOT, "examples", "retail-orders.csv"), "utf8");
    await wb.dropFile("retail-orders.csv", csv);
    await visible(page.getByRole("tab", { name: "retail-orders", selected: true }));
    const book = await page.evaluate(() => {
      const book = (window as unknown as { __cxWorkbook: { sheetNames: string[]; selection: unknown; sheet(n: string): { values: unknown[][] } } }).__cxWorkbook;
      return { names: book.sheetNames, selection: book.selection, row2: book.sheet("retail-orders").values[1] };
    });
    expect(book.names).toEqual(["retail-orders"]);
    expect(book.selection).toEqual({ row: 0, col: 0, rows: 35671, cols: 6 });
    // Opened as Excel opens a CSV: numbers and ISO dates become numbers (dates as serials).
    expect(book.row2[0]).toBe("O100001");
    expect(book.row2[2]).toBeCloseTo(44927 + (8 * 60 + 25) / 1440, 9);
    expect(book.row2[3]).toBe(101.75);
    await visible(page.getByRole("gridcell", { name: "2023-01-01 08:25" }));
    lap("drop");
  }, 120_000);

  test("has no serious or critical accessibility violations (axe-core) and no page errors", () => {
    expect(wb.violationReport()).toEqual([]);
    expect(wb.pageErrors).toEqual([]);
  });
});
