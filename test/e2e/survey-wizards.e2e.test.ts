/** @jest-environment node */
// End to end: the Kano, the NPS/CSAT/CES and the A/B test wizards in the built workbench
// (dist/workbench.html) in headless Chromium. For each, a user's path: drop the example CSV on the
// workbook, select the data in the name box, run the wizard through to "Insert into workbook";
// the written sheet's tables are compared with the engine's numbers on the same CSV, computed
// here (numbers to 9 significant digits, text exactly). The A/B test is run a second time in
// Chinese (Welch's t test on the order values). axe-core audits the results and the inserted
// views; screenshots of the results go to test-results/workbench-{kano,nps,abtest}.png.
//
// The browser, the build check and the helpers are in ./harness.ts (never downloads a browser,
// never skips; builds dist/ first when it is missing or older than the sources).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Locator, Page } from "playwright-core";
import { abTestReport, meansReport, twoProportionTest, welchTest } from "../../src/core/experiment";
import { kanoFromRanges } from "../../src/core/kano";
import type { Report, ReportTable } from "../../src/core/report";
import { npsAnalysis, readVocTable } from "../../src/core/voc";
import { localizeAbText, meansVerdict } from "../../src/taskpane/experiment/ab-view";
import { fill, t } from "../../src/taskpane/i18n/strings";
import { workbenchZh } from "../../src/workbench/strings";
import { expectRow, LAUNCH_TIMEOUT, ROOT, type SheetDump, sheetTable, showsText, visible, Workbench } from "./harness";

/** Each wizard's test: dropping a file, a run on a busy 2-core machine, axe twice. Generous, not a speed test. */
const WIZARD_TIMEOUT = 180_000;

/** An example CSV as text, and as rows of fields (no blank last line). */
function exampleCsv(name: string): { text: string; rows: string[][] } {
  const text = readFileSync(join(ROOT, "examples", name), "utf8");
  return { text, rows: Papa.parse<string[]>(text, { skipEmptyLines: true }).data };
}

function table(report: Report, name: string): ReportTable {
  const found = report.tables.find((x) => x.name === name);
  if (!found) throw new Error(`the engine's report has no table ${name}; it has ${report.tables.map((x) => x.name).join(", ")}`);
  return found;
}

/** A written sheet table (header first) by its Excel table name. */
function namedTable(sheet: SheetDump, name: string): unknown[][] {
  const tp = sheet.tables.find((x) => x.name === name);
  if (!tp) throw new Error(`no table ${name} on the sheet; it has ${sheet.tables.map((x) => x.name).join(", ")}`);
  return sheet.values.slice(tp.row, tp.row + tp.rows).map((r) => r.slice(tp.col, tp.col + tp.cols));
}

/** Every row of the engine's table, compared with the written rows under the header. */
function expectRows(written: unknown[][], expected: ReportTable, what: string): void {
  expect({ what, rows: written.length - 1 }).toEqual({ what, rows: expected.rows.length });
  expected.rows.forEach((row, i) => expectRow(written[i + 1], row, `${what} row ${i + 1}`));
}

/** The cells of a table in the pane, row by row (header first). */
const paneTable = (table: Locator): Promise<string[][]> =>
  table.getByRole("row").evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? "").trim())));

// ---- the engine on the example CSVs ----

/**
 * Kano: the six features of examples/kano-survey.csv, each a (functional, dysfunctional) pair of
 * columns after the respondent id, named by the functional question's header without
 * " (functional)", as the wizard pairs them; the grids as =CX.KANO gets them (header row first).
 */
function expectedKano() {
  const { rows } = exampleCsv("kano-survey.csv");
  const pairs = Array.from({ length: (rows[0].length - 1) / 2 }, (_, k) => ({ functional: 1 + 2 * k, dysfunctional: 2 + 2 * k }));
  const names = pairs.map((p) => rows[0][p.functional].replace(/ \(functional\)$/, ""));
  const grid = (cols: number[]) => rows.map((r) => cols.map((j) => r[j]));
  const { result, report } = kanoFromRanges({
    functional: grid(pairs.map((p) => p.functional)),
    dysfunctional: grid(pairs.map((p) => p.dysfunctional)),
    featureNames: [names],
  });
  return { result, report, names, respondents: rows.length - 1, columns: rows[0].length };
}

/**
 * NPS of examples/nps-survey.csv by segment and by month (the wizard's defaults: 95%, month). The
 * scores as numbers; the dates stay ISO text, which the engine reads itself, while the workbench
 * opens them as date serials, as Excel does: both must give the same months.
 */
function expectedNps() {
  const { rows } = exampleCsv("nps-survey.csv");
  const grid = rows.map((r, i) => r.map((v, j) => (i > 0 && j >= 3 && v !== "" ? Number(v) : v)));
  const data = readVocTable(grid, { score: 3, group: 2, day: 1 });
  return { ...npsAnalysis(data, { confidence: 0.95, period: "month" }), answers: data.score.length, rows: rows.length };
}

/** The visitors of examples/ab-test.csv: [visitor, variant, converted, order value]. */
function abVisitors(): string[][] {
  return exampleCsv("ab-test.csv").rows;
}

/** The two-proportion test on the counts of the CSV's Variant and Converted columns. */
function expectedRates() {
  const body = abVisitors().slice(1);
  const count = (variant: string, converted?: string) => body.filter((r) => r[1] === variant && (converted === undefined || r[2] === converted)).length;
  const result = twoProportionTest({ conversionsA: count("A", "1"), visitorsA: count("A"), conversionsB: count("B", "1"), visitorsB: count("B") });
  return { result, report: abTestReport(result) };
}

/** Welch's t test on the order values of the visitors who converted (the blank cells are skipped). */
function expectedMeans() {
  const body = abVisitors().slice(1);
  const values = (variant: string) => body.filter((r) => r[1] === variant && r[3] !== "").map((r) => Number(r[3]));
  const result = welchTest(values("A"), values("B"), 0.95, { a: "Order value (A)", b: "Order value (B)" });
  return { result, report: meansReport(result), skipped: body.filter((r) => r[3] === "").length };
}

describe("the survey and experiment wizards end to end (headless Chromium)", () => {
  let wb: Workbench;
  let page: Page;
  const en = (key: Parameters<typeof t>[1]) => t("en", key);
  const zh = (key: Parameters<typeof t>[1]) => t("zh", key);

  beforeAll(async () => {
    wb = await Workbench.launch();
    page = wb.page;
  }, LAUNCH_TIMEOUT);

  afterAll(async () => {
    await wb?.close();
  });

  /** A screenshot of the results, the pointer moved off the pane first so that no chart shows a tooltip. */
  const shootResults = async (name: string) => {
    await page.mouse.move(0, 0);
    await wb.shoot(name);
  };

  /** Drops an example CSV on the workbook and waits for its sheet, the only one, to be shown. */
  const dropExample = async (file: string, rows: number, cols: number) => {
    await wb.dropFile(file, exampleCsv(file).text);
    const sheetName = file.replace(/\.csv$/, "");
    await visible(page.getByRole("tab", { name: sheetName, selected: true }));
    const book = await page.evaluate(() => {
      const b = (window as unknown as { __cxWorkbook: { sheetNames: string[]; selection: unknown } }).__cxWorkbook;
      return { names: b.sheetNames, selection: b.selection };
    });
    expect(book).toEqual({ names: [sheetName], selection: { row: 0, col: 0, rows, cols } });
  };

  test("opens the workbench", async () => {
    await page.goto(wb.url);
    await visible(page.getByRole("status").filter({ hasText: "Loaded retail-orders.xlsx" }));
    await visible(wb.button(en("openKanoWizard")));
    await visible(wb.button(en("openVocWizard")));
    await visible(wb.button(en("openAbWizard")));
    wb.lap("load");
  }, 120_000);

  test("Kano: the hotel survey's six features, classified and written as the engine classifies them", async () => {
    const kano = expectedKano();
    const rows = kano.respondents + 1;
    await dropExample("kano-survey.csv", rows, kano.columns);
    await wb.selectInNameBox(`A1:M${rows}`);

    await wb.button(en("openKanoWizard")).click();
    await wb.button(en("useSelection")).click();
    await visible(wb.pane().getByText(fill("en", "kanoWillAnalyse", { rows: kano.respondents, features: kano.names.length })));
    // The pairs found by their headers, the respondent id left out.
    for (const [i, name] of kano.names.entries()) {
      const pair = wb.pane().getByRole("group", { name: `Feature ${i + 1}`, exact: true });
      expect(await pair.getByRole("textbox", { name: "Feature name" }).inputValue()).toBe(name);
    }
    await wb.button(en("next")).click();
    await wb.button(en("runAnalysis")).click();
    await visible(wb.button(en("insert")));
    wb.lap("Kano run");

    // The pane: the summary counts and each feature's category are the engine's.
    const features = table(kano.report, "features");
    const count = (category: string) => features.rows.filter((r) => r[2] === category).length;
    await visible(
      wb.pane().getByText(
        fill("en", "kanoSummary", {
          respondents: kano.respondents,
          features: kano.names.length,
          must: count("Must-be"),
          one: count("One-dimensional"),
          attractive: count("Attractive"),
          indifferent: count("Indifferent"),
        }),
      ),
    );
    const shown = await paneTable(wb.pane().getByRole("table", { name: "Kano categories by feature" }));
    expect(shown.slice(1).map((r) => r.slice(0, 2))).toEqual(features.rows.map((r) => [r[0], r[2]]));
    await shootResults("kano");
    await wb.audit("Kano results");

    await wb.button(en("insert")).click();
    await visible(wb.pane().getByText(fill("en", "insertedTo", { sheet: "Kano" })));
    await visible(page.getByRole("tab", { name: "Kano", selected: true }));
    await visible(page.getByRole("grid", { name: "Sheet Kano" }));
    wb.lap("Kano insert");

    const sheet = await wb.sheet("Kano");
    expect(sheet.sheetNames).toEqual(["kano-survey", "Kano"]);
    expect(sheet.activeSheet).toBe("Kano");
    // The features table: counts of each category, strengths, Fong's test, Better and Worse, the
    // continuous scores; then the shares, the Better/Worse and continuous tables.
    expectRows(sheetTable(sheet, features.header), features, "Kano features");
    expectRows(namedTable(sheet, "Kano_Features"), features, "Kano_Features");
    for (const [name, engine] of [
      ["Kano_Shares", "shares"],
      ["Kano_BetterWorse", "betterWorse"],
      ["Kano_Continuous", "continuous"],
    ] as const) {
      const written = namedTable(sheet, name);
      expect(written[0]).toEqual(table(kano.report, engine).header);
      expectRows(written, table(kano.report, engine), name);
    }
    // Each respondent's category of each feature, by sheet row: all 200 rows.
    const respondents = namedTable(sheet, "Kano_Respondents");
    expect(respondents[0]).toEqual(table(kano.report, "respondents").header);
    expect(respondents.slice(1)).toEqual(table(kano.report, "respondents").rows);
    expect(sheet.charts.map((c) => c.title)).toEqual([
      "Kano categories by feature",
      "Better and Worse (satisfaction against dissatisfaction)",
      "Continuous Kano: functional against dysfunctional score",
    ]);
    await wb.audit("Kano inserted");
  }, WIZARD_TIMEOUT);

  test("NPS: the survey's score, segments and months, written as the engine computes them", async () => {
    const nps = expectedNps();
    await dropExample("nps-survey.csv", nps.rows, 6);
    await wb.selectInNameBox(`A1:F${nps.rows}`);

    await wb.button(en("openVocWizard")).click();
    await wb.button(en("useSelection")).click();
    await visible(wb.pane().getByText(fill("en", "vocWillAnalyse", { rows: nps.answers })));
    await showsText(wb.combobox(en("vocScoreColumn")), "Likely to recommend (0-10) (D)");
    await showsText(wb.combobox(en("vocGroupColumn")), "Segment (C)");
    // The CSV's ISO dates were opened as dates (serials), and are taken for the trend.
    await showsText(wb.combobox(en("vocDateColumn")), "Date (B)");
    await wb.button(en("next")).click();
    expect(await page.getByRole("radio", { name: en("vocOptionNps") }).isChecked()).toBe(true);
    await wb.button(en("runAnalysis")).click();
    await visible(wb.button(en("insert")));
    wb.lap("NPS run");

    // The headline: the engine's NPS and interval, rounded as the pane shows them.
    const [overall] = table(nps.report, "nps").rows as number[][];
    const round = (x: number) => String(Math.round(x));
    await visible(wb.pane().getByText(`NPS ${round(overall[4])} (95% CI ${round(overall[6])} to ${round(overall[7])}) from ${nps.answers} answers: `));
    const segments = await paneTable(wb.pane().getByRole("table", { name: en("vocSegmentHeading") }));
    expect(segments.slice(1).map((r) => r[0])).toEqual(table(nps.report, "byGroup").rows.map((r) => r[0]));
    await shootResults("nps");
    await wb.audit("NPS results");

    await wb.button(en("insert")).click();
    await visible(wb.pane().getByText(fill("en", "insertedTo", { sheet: "NPS" })));
    await visible(page.getByRole("tab", { name: "NPS", selected: true }));
    wb.lap("NPS insert");

    const sheet = await wb.sheet("NPS");
    expect(sheet.sheetNames).toEqual(["nps-survey", "NPS"]);
    // The headline row, each segment with the total, each month: every number the engine's.
    for (const [name, engine] of [
      ["NPS_Nps", "nps"],
      ["NPS_ByGroup", "byGroup"],
      ["NPS_ByPeriod", "byPeriod"],
    ] as const) {
      const written = namedTable(sheet, name);
      expect(written[0]).toEqual(table(nps.report, engine).header);
      expectRows(written, table(nps.report, engine), name);
    }
    expect(namedTable(sheet, "NPS_ByPeriod").slice(1).map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, "0")}`));
    // The distribution: the engine's columns first (the stacked chart's columns follow).
    const distribution = table(nps.report, "distribution");
    expectRows(
      namedTable(sheet, "NPS_Distribution").map((r) => r.slice(0, distribution.header.length)),
      distribution,
      "NPS_Distribution",
    );
    // The formula equivalent, written as text, with the sheet name quoted as Excel needs it.
    expect(sheet.values.flat()).toContain(`=CX.NPS('nps-survey'!D1:D${nps.rows})`);
    await wb.audit("NPS inserted");
  }, WIZARD_TIMEOUT);

  test("A/B test: conversions of 10,000 visitors by variant, written as the engine tests them", async () => {
    const rates = expectedRates();
    const visitors = abVisitors().length - 1;
    const rows = visitors + 1;
    await dropExample("ab-test.csv", rows, 4);
    await wb.selectInNameBox(`A1:D${rows}`);

    await wb.button(en("openAbWizard")).click();
    await page.getByRole("radio", { name: en("abModeRange") }).click();
    await wb.button(en("useSelection")).click();
    await showsText(wb.combobox(en("abGroupColumn")), "Variant (B)");
    await showsText(wb.combobox(en("abOutcomeColumn")), "Converted (C)");
    await showsText(wb.combobox(en("abTestLabel")), en("abTestRates"));
    await wb.button(en("runAnalysis")).click();
    await visible(wb.button(en("insert")));
    wb.lap("A/B run");

    // The verdict in the pane is the engine's, word for word; the arms table holds its counts.
    await visible(wb.pane().getByText(rates.result.verdict, { exact: true }));
    await visible(wb.pane().getByText(fill("en", "abGroupsLine", { a: "A", b: "B", column: "Variant" })));
    const arms = await paneTable(wb.pane().getByRole("table", { name: "Conversion rate of each arm" }));
    const grouped = (n: number) => n.toLocaleString("en-US");
    expect(arms.slice(1).map((r) => r.slice(0, 3))).toEqual(table(rates.report, "arms").rows.map((r) => [r[0], grouped(r[1] as number), grouped(r[2] as number)]));
    await shootResults("abtest");
    await wb.audit("A/B test results");

    await wb.button(en("insert")).click();
    await visible(wb.pane().getByText(fill("en", "insertedTo", { sheet: "A-B test" })));
    await visible(page.getByRole("tab", { name: "A-B test", selected: true }));
    wb.lap("A/B insert");

    const sheet = await wb.sheet("A-B test");
    expect(sheet.sheetNames).toEqual(["ab-test", "A-B test"]);
    for (const [name, engine] of [
      ["ABTest_Arms", "arms"],
      ["ABTest_Abtest", "abtest"],
    ] as const) {
      const written = namedTable(sheet, name);
      expect(written[0]).toEqual(table(rates.report, engine).header);
      expectRows(written, table(rates.report, engine), name);
    }
    const armsTable = namedTable(sheet, "ABTest_Arms");
    expect(armsTable[1][1] as number).toBe(5020);
    expect((armsTable[1][1] as number) + (armsTable[2][1] as number)).toBe(visitors);
    await wb.audit("A/B test inserted");
  }, WIZARD_TIMEOUT);

  test("A/B test in Chinese: Welch's t test on the order values, written as the engine tests them", async () => {
    const means = expectedMeans();
    const rows = abVisitors().length;
    await wb.choose(wb.combobox(en("languageLabel")), "简体中文");
    await visible(wb.button(zh("allAnalyses")));
    await wb.button(zh("allAnalyses")).click();
    await wb.button(zh("openAbWizard")).click();

    await page.getByRole("tab", { name: "ab-test" }).click();
    await wb.selectInNameBox(`A1:D${rows}`, workbenchZh.nameBox);
    await page.getByRole("radio", { name: zh("abModeRange") }).click();
    await wb.button(zh("useSelection")).click();
    await showsText(wb.combobox(zh("abGroupColumn")), "Variant (B)");
    await wb.choose(wb.combobox(zh("abOutcomeColumn")), "Order value (D)");
    // A number column: the means test is chosen.
    await showsText(wb.combobox(zh("abTestLabel")), zh("abTestMeans"));
    await wb.button(zh("runAnalysis")).click();
    await visible(wb.button(zh("insert")));
    wb.lap("A/B means run (Chinese)");

    const verdict = meansVerdict("zh", means.result);
    await visible(wb.pane().getByText(verdict, { exact: true }));
    await visible(wb.pane().getByText(fill("zh", "abMeansLine", { na: means.result.a.n, nb: means.result.b.n, df: means.result.df.toFixed(1) })));
    await shootResults("abtest-zh");
    await wb.audit("A/B means results (Chinese)");

    const sheetName = zh("abSheetName");
    await wb.button(zh("insert")).click();
    await visible(wb.pane().getByText(fill("zh", "insertedTo", { sheet: sheetName })));
    await visible(page.getByRole("tab", { name: sheetName, selected: true }));
    wb.lap("A/B means insert (Chinese)");

    const sheet = await wb.sheet(sheetName);
    expect(sheet.sheetNames).toEqual(["ab-test", "A-B test", sheetName]);
    // The engine's tables with the headers in Chinese and the verdict in Chinese; the numbers as they are.
    for (const [name, engine] of [
      ["ABTest_Groups", "groups"],
      ["ABTest_Means", "means"],
    ] as const) {
      const e = table(means.report, engine);
      const v = e.header.indexOf("Verdict");
      const local: ReportTable = { ...e, header: e.header.map((h) => localizeAbText("zh", h)), rows: e.rows.map((r) => r.map((c, j) => (j === v ? verdict : c))) };
      const written = namedTable(sheet, name);
      expect(written[0]).toEqual(local.header);
      expectRows(written, local, name);
    }
    expect(namedTable(sheet, "ABTest_Groups").slice(1).map((r) => r[1])).toEqual([means.result.a.n, means.result.b.n]);
    expect(means.result.a.n + means.result.b.n + means.skipped).toBe(rows - 1);
    await wb.audit("A/B means inserted (Chinese)");
  }, WIZARD_TIMEOUT);

  test("has no serious or critical accessibility violations (axe-core) and no page errors", () => {
    expect(wb.violationReport()).toEqual([]);
    expect(wb.pageErrors).toEqual([]);
  });
});
