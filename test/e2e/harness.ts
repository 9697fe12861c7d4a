// Shared machinery of the end-to-end tests: the build check, the static server, headless Debian
// Chromium (driven by playwright-core) on the built workbench (dist/workbench.html), axe-core
// audits, waiting helpers, and reading the sheets the pane writes.
//
// Never downloads a browser and never skips: without /usr/bin/chromium it fails and says how to
// install it. Builds dist/ first (webpack, production) when the workbench build is missing or
// older than the sources.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import type { ReportTable } from "../../src/core/report";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** How long one step (a click, a wait for text) may take; the tests' own timeouts are longer. */
export const STEP_TIMEOUT = 30_000;
/** How long beforeAll may take: a production build on a busy 2-core machine, then the browser. */
export const LAUNCH_TIMEOUT = 300_000;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("../../scripts/serve-static.js") as {
  serveStatic(root: string, options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
};

// ---- the build ----

/** Newest modification time of the files under `path` (a file or a directory). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

const BUILT_PAGE = join(DIST, "workbench.html");

function buildIsFresh(): boolean {
  const sources = ["src", "webpack.config.js", "tsconfig.json", "examples/retail-orders.xlsx", "package-lock.json"].map((p) => join(ROOT, p));
  const built = existsSync(BUILT_PAGE) ? statSync(BUILT_PAGE).mtimeMs : 0;
  const newest = Math.max(...sources.map(newestMtime));
  return built > newest && existsSync(join(DIST, "examples", "retail-orders.xlsx"));
}

/** A lock directory, so that two test files (or two jest runs) never build dist/ at the same time. */
const BUILD_LOCK = join(tmpdir(), "cx-analytics-e2e-build.lock");
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 15 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withBuildLock<T>(f: () => T): T {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const age = Date.now() - (existsSync(BUILD_LOCK) ? statSync(BUILD_LOCK).mtimeMs : Date.now());
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else sleep(1000);
    }
  }
  try {
    return f();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ (webpack, production) unless dist/workbench.html is newer than everything it is built from. */
export function ensureBuild(): void {
  if (buildIsFresh()) return;
  withBuildLock(() => {
    if (buildIsFresh()) return; // built by another run while this one waited
    const started = Date.now();
    const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (run.status !== 0) throw new Error(`webpack --mode production failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    // webpack does not rewrite an output file whose content is unchanged, so the page can keep an
    // old time and every run would build again: date it to the start of this build (a source
    // changed while webpack ran stays newer, and the next run builds again).
    utimesSync(BUILT_PAGE, started / 1000, started / 1000);
    console.log(`[e2e] built dist/ with webpack in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

// ---- sheets ----

/** What the tests read of a sheet of the workbench's in-memory workbook (window.__cxWorkbook). */
export interface SheetDump {
  sheetNames: string[];
  activeSheet: string;
  values: unknown[][];
  tables: { name: string; row: number; col: number; rows: number; cols: number }[];
  charts: { title: string }[];
  colorScales: unknown[];
}

/** Rows (header first) of the sheet table whose header row is `header`. */
export function sheetTable(sheet: SheetDump, header: readonly string[]): unknown[][] {
  for (const tp of sheet.tables) {
    const rows = sheet.values.slice(tp.row, tp.row + tp.rows).map((r) => r.slice(tp.col, tp.col + tp.cols));
    if (JSON.stringify(rows[0]) === JSON.stringify(header)) return rows;
  }
  const found = sheet.tables.map((tp) => JSON.stringify(sheet.values[tp.row]?.slice(tp.col, tp.col + tp.cols)));
  throw new Error(`no table with header ${JSON.stringify(header)} on the sheet; its tables' headers: ${found.join("; ")}`);
}

/** Compares a written row with the engine's: text exactly, numbers to 9 significant digits. */
export function expectRow(written: unknown[], expected: ReportTable["rows"][number], what: string): void {
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

// ---- accessibility ----

export interface AxeViolation {
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
export function withoutTabsterDummies(violations: AxeViolation[]): AxeViolation[] {
  return violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : v))
    .filter((v) => v.nodes.length > 0);
}

const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

// ---- waiting ----

/** Waits until the first element the locator finds is visible (the page's default timeout). */
export const visible = (locator: Locator) => locator.first().waitFor({ state: "visible" });

/** Polls `check` until it holds; fails after STEP_TIMEOUT saying what was awaited and what was seen. */
export async function until(what: string, check: () => Promise<boolean>, seen: () => Promise<unknown> = async () => undefined): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${STEP_TIMEOUT / 1000} s waiting for ${what}; seen: ${JSON.stringify(await seen().catch(() => "?"))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the element shows `text`. */
export const showsText = (locator: Locator, text: string) =>
  until(
    `${locator} to show "${text}"`,
    async () => ((await locator.first().textContent({ timeout: 1000 })) ?? "").includes(text),
    () => locator.first().textContent({ timeout: 1000 }),
  );

// ---- the workbench in the browser ----

/**
 * The built workbench in headless Chromium: one browser (a persistent context in a temporary
 * profile) and one page, with what a test needs to drive it. Page errors and serious or critical
 * axe violations are collected for a last test to report.
 */
export class Workbench {
  readonly pageErrors: string[] = [];
  readonly violations: { state: string; violation: AxeViolation }[] = [];
  private readonly timings: string[] = [];
  private clock = Date.now();

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly server: { url: string; close(): Promise<void> },
    private readonly userDataDir: string,
  ) {}

  /** Checks the build (building when needed), serves dist/ and starts Chromium on an empty page. */
  static async launch(): Promise<Workbench> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: the end-to-end tests use Debian's Chromium; install Debian's chromium: apt-get install chromium (never a downloaded browser)`);
    }
    const started = Date.now();
    mkdirSync(RESULTS, { recursive: true });
    ensureBuild();
    const built = Date.now();
    const server = await serveStatic(DIST);
    const userDataDir = mkdtempSync(join(tmpdir(), "cx-e2e-chromium-"));
    let context: BrowserContext;
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1600, height: 1000 },
        locale: "en-US",
      });
    } catch (e) {
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      throw e;
    }
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT);
    const wb = new Workbench(context, page, server, userDataDir);
    page.on("pageerror", (e) => wb.pageErrors.push(e.message));
    wb.timings.push(`build check ${((built - started) / 1000).toFixed(1)} s`);
    wb.clock = built;
    wb.lap("browser start");
    return wb;
  }

  /** Closes the browser and the server, removes the profile and logs the steps' times. */
  async close(): Promise<void> {
    await this.context.close();
    await this.server.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
    console.log(`[e2e] ${this.timings.join("; ")}`);
  }

  /** The workbench page's address. */
  get url(): string {
    return `${this.server.url}workbench.html`;
  }

  /** Notes how long the steps since the last lap took (logged on close; nothing asserts on it). */
  lap(label: string): void {
    const now = Date.now();
    this.timings.push(`${label} ${((now - this.clock) / 1000).toFixed(1)} s`);
    this.clock = now;
  }

  /** A screenshot of the page, test-results/workbench-<name>.png. */
  async shoot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(RESULTS, `workbench-${name}.png`) });
  }

  /** axe-core on the whole page; serious and critical violations are kept for the last test. */
  async audit(state: string): Promise<void> {
    const page = this.page;
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SOURCE });
    const found = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ["violations"] })).violations;
    })) as AxeViolation[];
    for (const v of withoutTabsterDummies(found)) if (v.impact === "serious" || v.impact === "critical") this.violations.push({ state, violation: v });
  }

  /** The kept axe violations, one readable entry each (logged when there are any). */
  violationReport(): string[] {
    const report = this.violations.map(
      ({ state, violation: v }) => `[${state}] ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`,
    );
    if (report.length > 0) console.log(`[e2e] axe violations:\n${report.join("\n")}`);
    return report;
  }

  /** The task pane. */
  pane(): Locator {
    return this.page.locator("#cx-pane");
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole("button", { name, exact: typeof name === "string" });
  }

  combobox(name: string): Locator {
    return this.page.getByRole("combobox", { name, exact: true });
  }

  /** Opens a dropdown with a click and picks an option, as a user does; says what covers it when the click does not land. */
  async choose(dropdown: Locator, option: string): Promise<void> {
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
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  /** The workbench's name box; its label follows the language ("Name box", "名称框"). */
  nameBox(label = "Name box"): Locator {
    return this.page.getByRole("textbox", { name: label, exact: true });
  }

  nameBoxShows(address: string, label = "Name box"): Promise<void> {
    const box = this.nameBox(label);
    return until(`the name box to show ${address}`, async () => (await box.inputValue()) === address, () => box.inputValue());
  }

  /** Types an address in the name box and presses Enter, as a user selects a large range in Excel. */
  async selectInNameBox(address: string, label = "Name box"): Promise<void> {
    await this.nameBox(label).fill(address);
    await this.nameBox(label).press("Enter");
    await this.nameBoxShows(address, label);
  }

  /** Drops a file on the workbook region, as a user drags one from the desktop. */
  async dropFile(fileName: string, text: string, type = "text/csv"): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([name, body, mime]) => {
        const data = new DataTransfer();
        data.items.add(new File([body], name, { type: mime }));
        return data;
      },
      [fileName, text, type] as const,
    );
    const workbook = this.page.locator("section[aria-label]").first(); // the workbook region (its name follows the language)
    await workbook.dispatchEvent("dragover", { dataTransfer: transfer });
    await workbook.dispatchEvent("drop", { dataTransfer: transfer });
  }

  /** A sheet of the in-memory workbook as the tests read it, with the workbook's sheet names and active sheet. */
  async sheet(name: string): Promise<SheetDump> {
    return (await this.page.evaluate((sheetName) => {
      type Wb = { sheetNames: string[]; activeSheet: string; sheet(n: string): SheetDump | undefined };
      const wb = (window as unknown as { __cxWorkbook: Wb }).__cxWorkbook;
      const s = wb.sheet(sheetName);
      if (!s) throw new Error(`no sheet "${sheetName}"; the workbook has ${wb.sheetNames.join(", ")}`);
      return { sheetNames: wb.sheetNames, activeSheet: wb.activeSheet, values: s.values, tables: s.tables, charts: s.charts, colorScales: s.colorScales };
    }, name)) as SheetDump;
  }
}
