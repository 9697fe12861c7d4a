/** @jest-environment node */
// End to end: stored analyses and one-click refresh in the built workbench (headless Chromium).
// The example orders are made an Excel table (as Insert > Table would), the RFM wizard runs on it
// and inserts "RFM"; the run is listed under "Stored analyses and sharing" with its sheet and its
// source growing with the table. Rows are then typed under the table (it grows over them), Refresh
// is confirmed, and "RFM" must be replaced in place: same position and name, no "RFM (2)", the
// engine's numbers for all rows (3,001 customers), equal cell by cell to a fresh wizard run on the
// grown table, shown in the grid (whose sheet cache must drop the old sheet), and a status line
// that says so. Then once more from the Chinese pane. axe-core audits the stored view and the
// confirm dialog.
//
// The browser, the build check, the audits and the sheet helpers are in ./harness.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { rfmFromRead, TRANSACTION_COLUMNS } from "../../src/core/rfm";
import { readTable } from "../../src/core/table/table";
import { fill, formatNumber, type Language, t } from "../../src/taskpane/i18n/strings";
import { formatCell } from "../../src/workbench/format-cell";
import { expectRow, LAUNCH_TIMEOUT, ROOT, type SheetDump, sheetTable, showsText, until, visible, Workbench } from "./harness";

// The example's Orders sheet: a header and 35,670 rows (examples/README.md).
const ORDERS_RANGE = "A1:F35671";
const TABLE = "OrdersData";

// Excel serials of the new orders' dates: 2023-01-01 is 44927 (harness check in workbench.e2e),
// 2024 has 366 days, so 2025-01-01 is 44927 + 365 + 366 = 45658.
const JAN_2025 = 45658;
/** Rows typed under the data: two new customers (one buying twice) and one more order of C01392. */
const NEW_ROWS: (string | number)[][] = [
  ["O200001", "C03001", JAN_2025 + 4, 250, "Online", "North"], // 2025-01-05
  ["O200002", "C03001", JAN_2025 + 5.5, 120.5, "Phone", "North"], // 2025-01-06 12:00
  ["O200003", "C01392", JAN_2025 + 5, 80, "Online", "South"], // 2025-01-06
  ["O200004", "C03002", JAN_2025 + 2, 40, "Online", "West"], // 2025-01-03
];
/** One more row for the refresh from the Chinese pane: a third new customer, the latest date. */
const ZH_ROW: (string | number)[] = ["O200005", "C03003", JAN_2025 + 9, 19.99, "Online", "East"]; // 2025-01-10

/** The same rows as the CSV writes them (ISO dates, times as HH:MM). */
function csvRow(row: (string | number)[]): string[] {
  return row.map((v, j) => {
    if (j !== 2) return String(v);
    const serial = v as number;
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor(serial) - JAN_2025)).toISOString().slice(0, 10);
    const minutes = Math.round((serial - Math.floor(serial)) * 1440);
    return minutes === 0 ? day : `${day} ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  });
}

/** The engine's customer count for the example CSV plus `extra` rows, with the wizard's defaults. */
function engineCustomers(extra: (string | number)[][]): number {
  const grid = Papa.parse<string[]>(readFileSync(join(ROOT, "examples", "retail-orders.csv"), "utf8"), { skipEmptyLines: true }).data;
  const read = readTable([...grid, ...extra.map(csvRow)], {
    customer: { ...TRANSACTION_COLUMNS.customer, column: "Customer ID" },
    day: { ...TRANSACTION_COLUMNS.day, column: "Order Date" },
    amount: { ...TRANSACTION_COLUMNS.amount, column: "Amount" },
  });
  return rfmFromRead(read).report.tables.find((x) => x.name === "customers")!.rows.length;
}

/** The sheet's cell formats (the grid shows numbers through them). */
async function formatsOf(page: Page, sheet: string): Promise<(string | undefined)[][]> {
  return page.evaluate((name) => {
    const wb = (window as unknown as { __cxWorkbook: { sheet(n: string): { formats: (string | undefined)[][] } } }).__cxWorkbook;
    return wb.sheet(name).formats;
  }, sheet);
}

/** Where two sheets' values differ (row, column, both values), shown rows first. */
function differences(a: unknown[][], b: unknown[][]): { row: number; col: number; a: unknown; b: unknown }[] {
  const out: { row: number; col: number; a: unknown; b: unknown }[] = [];
  for (let r = 0; r < Math.max(a.length, b.length); r++) {
    for (let c = 0; c < Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0); c++) {
      const x = a[r]?.[c] ?? "";
      const y = b[r]?.[c] ?? "";
      if (x !== y) out.push({ row: r, col: c, a: x, b: y });
    }
  }
  return out;
}

/** Where the sheet's "Customers" fact (its count) is: the cell right of the label. */
function customersFact(sheet: SheetDump): { row: number; col: number; value: unknown } {
  const row = sheet.values.findIndex((r) => r[0] === "Customers");
  return { row, col: 1, value: sheet.values[row]?.[1] };
}

const customersHeader = (sheet: SheetDump): unknown[][] => {
  // The customers table is the sheet's largest table.
  const tp = [...sheet.tables].sort((x, y) => y.rows - x.rows)[0];
  return sheet.values.slice(tp.row, tp.row + tp.rows).map((r) => r.slice(tp.col, tp.col + tp.cols));
};

describe("stored analyses and refresh in the workbench (headless Chromium)", () => {
  let wb: Workbench;
  let page: Page;
  let before: SheetDump;
  const en = (key: Parameters<typeof t>[1]) => t("en", key);
  const pane = () => wb.pane();
  const button = (name: string | RegExp) => wb.button(name);
  const card = (lang: Language, sheet: string) => page.getByRole("group", { name: fill(lang, "storedCardLabel", { title: "RFM", sheet }), exact: true });
  const appendRows = (rows: (string | number)[][]) =>
    page.evaluate(
      (r) => (window as unknown as { __cxWorkbook: { appendRows(sheet: string, rows: unknown[][]): unknown } }).__cxWorkbook.appendRows("Orders", r),
      rows,
    );
  /** Waits until the grid (its label follows the language; one grid on the page) of `sheet`, its tab selected, shows the "Customers" fact as `shown`. */
  const gridShowsCustomers = async (sheet: string, shown: string) => {
    const tab = page.getByRole("tab", { name: sheet, exact: true });
    if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
    const { row, col } = customersFact(await wb.sheet(sheet));
    const cell = page.getByRole("grid").locator(`td[data-row="${row}"][data-col="${col}"]`);
    await until(`the grid of ${sheet} to show ${shown} customers`, async () => (await cell.textContent()) === shown, () => cell.textContent());
  };
  const tableRange = async () => (await wb.sheet("Orders")).tables.find((x) => x.name === TABLE)!;

  /** Runs the RFM wizard (the pane's home page open) on `address` of Orders and inserts it as `sheet`. */
  const runWizard = async (address: string, sheet: string) => {
    await button(en("openRfmWizard")).click();
    await page.getByRole("tab", { name: "Orders" }).click();
    await wb.selectInNameBox(address);
    await button(en("useSelection")).click();
    await showsText(wb.combobox(en("customerColumn")), "Customer ID");
    await showsText(wb.combobox(en("amountColumn")), "Amount");
    await button(en("next")).click();
    await button(en("runAnalysis")).click();
    await button(en("insert")).click();
    await visible(pane().getByText(fill("en", "insertedTo", { sheet })));
    await visible(page.getByRole("tab", { name: sheet, selected: true }));
  };

  beforeAll(async () => {
    wb = await Workbench.launch();
    page = wb.page;
  }, LAUNCH_TIMEOUT);

  afterAll(async () => {
    await wb?.close();
  });

  test("an RFM run on an Excel table is stored and listed with its sheet and growing source", async () => {
    await page.goto(wb.url);
    await visible(page.getByRole("status").filter({ hasText: "Loaded retail-orders.xlsx" }));
    await wb.nameBoxShows(ORDERS_RANGE);
    // The workbench's name box cuts whole columns to the used cells, so a selection there is a fixed
    // address: an Excel table over the data is what makes a refresh pick up new rows.
    await page.evaluate(
      ([name, address]) => (window as unknown as { __cxWorkbook: { addTable(s: string, n: string, a: string): void } }).__cxWorkbook.addTable("Orders", name, address),
      [TABLE, ORDERS_RANGE] as const,
    );
    // Nothing stored yet.
    await visible(pane().getByText(en("storedHomeNone")));
    await runWizard(ORDERS_RANGE, "RFM");
    wb.lap("first run");
    before = await wb.sheet("RFM");
    expect(before.sheetNames).toEqual(["Orders", "RFM"]);
    expect(customersHeader(before).length - 1).toBe(2999);
    expect(customersFact(before).value).toBe(2999);
    await gridShowsCustomers("RFM", "2,999"); // the grid now holds a view of this sheet

    await button(en("allAnalyses")).click();
    await visible(pane().getByText(fill("en", "storedHomeCount", { count: "1" })));
    await button(en("storedOpen")).click();
    await visible(page.getByRole("heading", { name: en("storedHeading") }));
    const rfm = card("en", "RFM");
    await visible(rfm);
    await visible(rfm.getByText(fill("en", "storedSheet", { sheet: "RFM" }), { exact: true }));
    await visible(rfm.getByText(fill("en", "storedSourceGrows", { address: `Orders!${ORDERS_RANGE}`, growsWith: TABLE }), { exact: true }));
    await visible(rfm.getByText(/^Made /));
    await visible(page.getByRole("button", { name: fill("en", "storedRefreshLabel", { title: "RFM", sheet: "RFM" }), exact: true }));
    await visible(page.getByRole("button", { name: fill("en", "storedForgetLabel", { title: "RFM", sheet: "RFM" }), exact: true }));
    await wb.shoot("stored-list");
    await wb.audit("stored analyses");
  }, 180_000);

  test("Refresh, confirmed, replaces RFM in place with the run on the grown table", async () => {
    const at = await appendRows(NEW_ROWS);
    expect(at).toEqual({ row: 35671, col: 0, rows: 4, cols: 6 });
    expect(await tableRange()).toMatchObject({ row: 0, col: 0, rows: 35675, cols: 6 }); // the table grew over them
    const revision = await page.evaluate(() => (window as unknown as { __cxWorkbook: { revision: number } }).__cxWorkbook.revision);

    await page.getByRole("button", { name: fill("en", "storedRefreshLabel", { title: "RFM", sheet: "RFM" }), exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: en("storedConfirmTitle") });
    await visible(dialog);
    // The question names the sheet, the range just read and its data rows (35,670 + 4).
    await visible(dialog.getByText(fill("en", "storedConfirmReplace", { sheet: "RFM", address: "Orders!A1:F35675", rows: formatNumber("en", 35674) }), { exact: true }));
    // Screenshot and audit the dialog once its fade-in is over (a half-transparent dialog has no stable contrast).
    await until("the dialog to finish fading in", () => dialog.evaluate((el) => getComputedStyle(el).opacity === "1"));
    await wb.shoot("stored-confirm");
    await wb.audit("refresh confirm dialog");
    await dialog.getByRole("button", { name: en("storedReplace"), exact: true }).click();
    const rfm = card("en", "RFM");
    await visible(rfm.getByText(fill("en", "storedReplaced", { sheet: "RFM", address: "Orders!A1:F35675" }), { exact: true }));
    await visible(rfm.getByText(fill("en", "storedSourceGrows", { address: "Orders!A1:F35675", growsWith: TABLE }), { exact: true }));
    await visible(rfm.getByText(/^Last refreshed /));
    wb.lap("refresh");

    const after = await wb.sheet("RFM");
    expect(after.sheetNames).toEqual(["Orders", "RFM"]); // same place, same name, no "RFM (2)"
    expect(await page.evaluate(() => (window as unknown as { __cxWorkbook: { revision: number } }).__cxWorkbook.revision)).toBeGreaterThan(revision);
    const customers = customersHeader(after);
    expect(customers.length - 1).toBe(engineCustomers(NEW_ROWS));
    expect(customers.length - 1).toBe(3001);
    const ids = customers.slice(1).map((r) => r[0]);
    expect(ids).toContain("C03001");
    expect(ids).toContain("C03002");
    // The source line and the formula now name the grown range.
    const text = after.values.flat().filter((v): v is string => typeof v === "string");
    expect(text.some((v) => v.includes("Orders!A1:F35675"))).toBe(true);
    expect(text.some((v) => v.includes("Orders!A1:F35671"))).toBe(false);

    // The grid drops its cached view: a changed cell among the shown rows shows its new value.
    const formats = await formatsOf(page, "RFM");
    expect(customersFact(after).value).toBe(3001);
    await gridShowsCustomers("RFM", "3,001");
    const shownAs = (v: unknown, row: number, col: number) => formatCell(v, formats[row]?.[col]);
    const changed = differences(before.values, after.values).filter((d) => d.row < 200 && shownAs(d.a, d.row, d.col) !== shownAs(d.b, d.row, d.col));
    expect(changed.length).toBeGreaterThan(0);
    const grid = page.getByRole("grid", { name: "Sheet RFM" });
    for (const d of changed.slice(0, 5)) {
      const cell = grid.locator(`td[data-row="${d.row}"][data-col="${d.col}"]`);
      const shown = shownAs(d.b, d.row, d.col);
      await until(
        `cell ${d.row},${d.col} to show ${shown}`,
        async () => (await cell.textContent()) === shown,
        () => cell.textContent(),
      );
    }
    await wb.shoot("stored-refreshed");
    await wb.audit("stored analyses after refresh");
  }, 180_000);

  test("the refreshed sheet equals a fresh wizard run on all rows, cell by cell", async () => {
    await button(en("allAnalyses")).click();
    await runWizard("A1:F35675", "RFM (2)");
    wb.lap("fresh run");
    const refreshed = await wb.sheet("RFM");
    const fresh = await wb.sheet("RFM (2)");
    expect(fresh.sheetNames).toEqual(["Orders", "RFM", "RFM (2)"]);
    expect(differences(refreshed.values, fresh.values)).toEqual([]);
    // The same layout: tables at the same places (their names differ: one workbook, unique names), charts and color scales alike.
    const place = (s: SheetDump) => s.tables.map(({ row, col, rows, cols }) => ({ row, col, rows, cols }));
    expect(place(refreshed)).toEqual(place(fresh));
    expect(refreshed.charts.map((c) => c.title)).toEqual(fresh.charts.map((c) => c.title));
    expect(refreshed.colorScales).toEqual(fresh.colorScales);
    const header = customersHeader(fresh)[0] as string[];
    sheetTable(refreshed, header).slice(1, 4).forEach((row, i) => expectRow(row, customersHeader(fresh)[i + 1] as (string | number)[], `customer ${i + 1}`));

    // Both runs are stored now.
    await button(en("allAnalyses")).click();
    await visible(pane().getByText(fill("en", "storedHomeCount", { count: "2" })));
  }, 180_000);

  test("refreshes from the Chinese pane, the sheet staying in the language it was made in", async () => {
    await wb.choose(wb.combobox(en("languageLabel")), "简体中文");
    await button(t("zh", "storedOpen")).click();
    await visible(page.getByRole("heading", { name: t("zh", "storedHeading") }));
    await visible(card("zh", "RFM (2)"));
    await appendRows([ZH_ROW]);
    await page.getByRole("button", { name: fill("zh", "storedRefreshLabel", { title: "RFM", sheet: "RFM" }), exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: t("zh", "storedConfirmTitle") });
    await visible(dialog.getByText(fill("zh", "storedConfirmReplace", { sheet: "RFM", address: "Orders!A1:F35676", rows: formatNumber("zh", 35675) }), { exact: true }));
    await dialog.getByRole("button", { name: t("zh", "storedReplace"), exact: true }).click();
    await visible(card("zh", "RFM").getByText(fill("zh", "storedReplaced", { sheet: "RFM", address: "Orders!A1:F35676" }), { exact: true }));
    // "RFM (2)" was not refreshed and still holds its own run.
    await visible(card("zh", "RFM (2)").getByText(fill("zh", "storedSourceGrows", { address: "Orders!A1:F35675", growsWith: TABLE }), { exact: true }));
    wb.lap("Chinese refresh");

    const after = await wb.sheet("RFM");
    expect(after.sheetNames).toEqual(["Orders", "RFM", "RFM (2)"]);
    expect(customersHeader(after).length - 1).toBe(engineCustomers([...NEW_ROWS, ZH_ROW]));
    expect(customersHeader(after).length - 1).toBe(3002);
    expect(customersHeader(after)[0]).toEqual(customersHeader(before)[0]); // still the English headers
    expect(customersHeader(await wb.sheet("RFM (2)")).length - 1).toBe(3001);
    await gridShowsCustomers("RFM", "3,002");
    await wb.shoot("stored-zh");
    await wb.audit("stored analyses (Chinese)");
  }, 180_000);

  test("has no serious or critical accessibility violations (axe-core) and no page errors", () => {
    expect(wb.violationReport()).toEqual([]);
    expect(wb.pageErrors).toEqual([]);
  });
});
