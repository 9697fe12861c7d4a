/** @jest-environment node */
// End to end: the built workbench (dist/workbench.html) in headless Chromium (Debian's package,
// driven by playwright-core). A user's path through the RFM wizard on the example workbook: select
// the data, check the mapping, run, insert; the result sheet is compared with the engine's own
// numbers on the example CSV; then the pane is switched to Chinese, axe-core audits every step,
// and screenshots go to test-results/.
//
// Never downloads a browser and never skips: without /usr/bin/chromium it fails and says how to
// install it. Builds dist/ first (webpack, production) when the workbench build is missing or
// older than the sources.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import type { Report, ReportTable } from "../../src/core/report";
import { rfmFromRead, TRANSACTION_COLUMNS } from "../../src/core/rfm";
import { ltvFromTransactions, type LtvResult } from "../../src/core/clv";
import { readTable } from "../../src/core/table/table";
import { t } from "../../src/taskpane/i18n/strings";
import { workbenchZh } from "../../src/workbench/strings";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const RESULTS = join(ROOT, "test-results");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
// Used range of the example workbook's Orders sheet: a header and 35,670 rows (examples/README.md).
const ORDERS_RANGE = "A1:F35671";
/** How long one step (a click, a wait for text) may take; the tests' own timeouts are longer. */
const STEP_TIMEOUT = 30_000;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("../../scripts/serve-static.js") as {
  serveStatic(root: string, options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
};

/** Newest modification time of the files under `path` (a file or a directory). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

/** Builds dist/ (webpack, production) unless dist/workbench.html is newer than everything it is built from. */
function ensureBuild(): void {
  const page = join(DIST, "workbench.html");
  const sources = ["src", "webpack.config.js", "tsconfig.json", "examples/retail-orders.xlsx", "package-lock.json"].map((p) => join(ROOT, p));
  const built = existsSync(page) ? statSync(page).mtimeMs : 0;
  const newest = Math.max(...sources.map(newestMtime));
  if (built > newest && existsSync(join(DIST, "examples", "retail-orders.xlsx"))) return;
  const started = Date.now();
  const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (run.status !== 0) throw new Error(`webpack --mode production failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  console.log(`[e2e] built dist/ with webpack in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The report the engine makes of the example CSV, with the wizard's default options. */
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

interface SheetDump {
  sheetNames: string[];
  activeSheet: string;
  values: unknown[][];
  tables: { name: string; row: number; col: number; rows: number; cols: number }[];
  charts: { title: string }[];
  colorScales: unknown[];
}

/** Rows (header first) of the sheet table whose header row is `header`. */
function sheetTable(sheet: SheetDump, header: readonly string[]): unknown[][] {
  for (const tp of sheet.tables) {
    const rows = sheet.values.slice(tp.row, tp.row + tp.rows).map((r) => r.slice(tp.col, tp.col + tp.cols));
    if (JSON.stringify(rows[0]) === JSON.stringify(header)) return rows;
  }
  const found = sheet.tables.map((tp) => JSON.stringify(sheet.values[tp.row]?.slice(tp.col, tp.col + tp.cols)));
  throw new Error(`no table with header ${JSON.stringify(header)} on the sheet; its tables' headers: ${found.join("; ")}`);
}

/** Compares a written row with the engine's: text exactly, numbers to 9 significant digits. */
function expectRow(written: unknown[], expected: ReportTable["rows"][number], what: string): void {
  expect(written).toHaveLength(expected.length);
  expected.forEach((v, j) => {
    const got = written[j];
    if (typeof v === "number") {
      expect({ what, column: j, type: typeof got }).toEqual({ what, column: j, type: "number" });
      expect(got as number).toBeCloseTo(v, Math.max(0, 9 - Math.ceil(Math.log10(Math.abs(v) + 1))));
    } else {
      expect({ what, column: j, value: got }).toEqual({ what, column: j, value: String(v) });
    }
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { html: string; target: string[]; failureSummary?: string }[];
}

/**
 * Leaves out the known false positive of Fluent UI v9: tabster's focus-redirecting "dummy"
 * elements (<i tabindex="0" aria-hidden="true" data-tabster-dummy>) break aria-hidden-focus by
 * design (microsoft/tabster#288, microsoft/fluentui#25133; Accessibility Insights suppresses them
 * the same way). Only those nodes are dropped; the rule still runs on everything else.
 */
function withoutTabsterDummies(violations: AxeViolation[]): AxeViolation[] {
  return violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : v))
    .filter((v) => v.nodes.length > 0);
}

const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

/** Waits until the first element the locator finds is visible (the page's default timeout). */
const visible = (locator: Locator) => locator.first().waitFor({ state: "visible" });

/** Polls `check` until it holds; fails after STEP_TIMEOUT saying what was awaited and what was seen. */
async function until(what: string, check: () => Promise<boolean>, seen: () => Promise<unknown> = async () => undefined): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${STEP_TIMEOUT / 1000} s waiting for ${what}; seen: ${JSON.stringify(await seen().catch(() => "?"))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the element shows `text`. */
const showsText = (locator: Locator, text: string) =>
  until(
    `${locator} to show "${text}"`,
    async () => ((await locator.first().textContent({ timeout: 1000 })) ?? "").includes(text),
    () => locator.first().textContent({ timeout: 1000 }),
  );

describe("workbench end to end (headless Chromium)", () => {
  let context: BrowserContext | undefined;
  let page: Page;
  let server: { url: string; close(): Promise<void> } | undefined;
  let userDataDir: string | undefined;
  const pageErrors: string[] = [];
  const violations: { state: string; violation: AxeViolation }[] = [];
  const timings: string[] = [];
  const expected = expectedReport();
  const grouped = (n: number) => n.toLocaleString("en-US");
  let clock = Date.now();
  const lap = (label: string) => {
    const now = Date.now();
    timings.push(`${label} ${((now - clock) / 1000).toFixed(1)} s`);
    clock = now;
  };

  const shoot = async (name: string) => {
    await page.screenshot({ path: join(RESULTS, `workbench-${name}.png`) });
  };

  /** axe-core on the whole page; serious and critical violations are kept for the last test. */
  const audit = async (state: string) => {
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SOURCE });
    const found = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ["violations"] })).violations;
    })) as AxeViolation[];
    for (const v of withoutTabsterDummies(found)) if (v.impact === "serious" || v.impact === "critical") violations.push({ state, violation: v });
  };

  const pane = () => page.locator("#cx-pane");
  const button = (name: string | RegExp) => page.getByRole("button", { name, exact: typeof name === "string" });
  const combobox = (name: string) => page.getByRole("combobox", { name, exact: true });
  /** Opens a dropdown with a click and picks an option, as a user does; says what covers it when the click does not land. */
  const choose = async (dropdown: Locator, option: string) => {
    await dropdown.click();
    await until(
      `${dropdown} to open on a click`,
      async () => (await dropdown.getAttribute("aria-expanded")) === "true",
      () =>
        dropdown.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          if (!top || top === el || el.contains(top)) return "the click reached the dropdown";
          const portal = top.parentElement === document.body && top.classList.contains("fui-FluentProvider");
          return (
            `the click landed on <${top.tagName.toLowerCase()} class="${top.className}"> on top of it` +
            (portal
              ? ": a Fluent portal mount node carrying a FluentProvider's own classes covers the page; give that FluentProvider " +
                "applyStylesToPortals={false} or move its className to an inner element (microsoft/fluentui#25528)"
              : "")
          );
        }),
    );
    await page.getByRole("option", { name: option, exact: true }).click();
  };
  const nameBox = (): Locator => page.getByRole("textbox", { name: "Name box", exact: true });
  const nameBoxShows = (address: string) =>
    until(`the name box to show ${address}`, async () => (await nameBox().inputValue()) === address, () => nameBox().inputValue());

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: the end-to-end tests use Debian's Chromium; install Debian's chromium: apt-get install chromium (never a downloaded browser)`);
    }
    mkdirSync(RESULTS, { recursive: true });
    ensureBuild();
    lap("build check");
    server = await serveStatic(DIST);
    userDataDir = mkdtempSync(join(tmpdir(), "cx-e2e-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1600, height: 1000 },
      locale: "en-US",
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on("pageerror", (e) => pageErrors.push(e.message));
    lap("browser start");
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    console.log(`[e2e] ${timings.join("; ")}`);
  });

  test("opens on the example workbook with its used range selected", async () => {
    await page.goto(`${server!.url}workbench.html`);
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

    const sheet = (await page.evaluate(() => {
      type Wb = { sheetNames: string[]; activeSheet: string; sheet(n: string): SheetDump };
      const wb = (window as unknown as { __cxWorkbook: Wb }).__cxWorkbook;
      const s = wb.sheet("RFM");
      return { sheetNames: wb.sheetNames, activeSheet: wb.activeSheet, values: s.values, tables: s.tables, charts: s.charts, colorScales: s.colorScales };
    })) as SheetDump;
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
    const sheet = (await page.evaluate(() => {
      type Wb = { sheet(n: string): SheetDump };
      const s = (window as unknown as { __cxWorkbook: Wb }).__cxWorkbook.sheet("CLV");
      return { sheetNames: [], activeSheet: "", values: s.values, tables: s.tables, charts: s.charts, colorScales: s.colorScales };
    })) as SheetDump;
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
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "retail-orders.csv", { type: "text/csv" }));
      return data;
    }, csv);
    const workbook = page.locator("section[aria-label]").first(); // the workbook region (its name follows the language)
    await workbook.dispatchEvent("dragover", { dataTransfer: transfer });
    await workbook.dispatchEvent("drop", { dataTransfer: transfer });
    await visible(page.getByRole("tab", { name: "retail-orders", selected: true }));
    const book = await page.evaluate(() => {
      const wb = (window as unknown as { __cxWorkbook: { sheetNames: string[]; selection: unknown; sheet(n: string): { values: unknown[][] } } }).__cxWorkbook;
      return { names: wb.sheetNames, selection: wb.selection, row2: wb.sheet("retail-orders").values[1] };
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
    const report = violations.map(
      ({ state, violation: v }) => `[${state}] ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`,
    );
    if (report.length > 0) console.log(`[e2e] axe violations:\n${report.join("\n")}`);
    expect(report).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
