/** @jest-environment jsdom */
// The Kano wizard as a user drives it on the in-memory workbook: the pairs are found, the results
// are the engine's, and the sheet it writes holds the engine's numbers for the same answers.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { kanoFromRanges } from "../../../src/core/kano";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import { fill, zh } from "../../../src/taskpane/i18n/strings";

/**
 * Six respondents, two features, worked by hand (evaluation table of Berger et al. 1993):
 *   Wifi: (expect, dislike) M, (neutral, dislike) M, (like, dislike) O, (neutral, neutral) I,
 *         (like, neutral) A, (live with, dislike) M  -> A 1, O 1, M 3, I 1: Must-be;
 *         Better = (A + O) / (A + O + M + I) = 2/6 = 0.33, Worse = -(O + M) / 6 = -4/6 = -0.67;
 *         strength = 3/6 - 1/6 = 33%.
 *   Pool (codes 1-5): (1, 3) A, (1, 4) A, (1, 5) O, (3, 3) I, (1, 2) A, blank (skipped)
 *         -> A 3, O 1, I 1 of 5: Attractive; Better = 4/5 = 0.80, Worse = -1/5 = -0.20.
 */
const SURVEY = [
  ["Respondent", "Wifi (functional)", "Wifi (dysfunctional)", "Pool (functional)", "Pool (dysfunctional)"],
  ["r1", "I expect it", "I dislike it", 1, 3],
  ["r2", "I am neutral", "I dislike it", 1, 4],
  ["r3", "I like it", "I dislike it", 1, 5],
  ["r4", "I am neutral", "I am neutral", 3, 3],
  ["r5", "I like it", "I am neutral", 1, 2],
  ["r6", "I can live with it", "I dislike it", "", ""],
];

function workbook(values: unknown[][] = SURVEY, address = "A1:E7"): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Survey", values);
  wb.select("Survey", address);
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

/** The combobox's shown value within a pair's fieldset. */
function chosen(pair: HTMLElement, name: string): string {
  return within(pair).getByRole("combobox", { name }).textContent ?? "";
}

test("select, check the pairs, run, insert: the sheet holds the engine's values", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open Kano wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Respondents to analyse: 6. Features: 2.");

  // The pairs found by their headers; the respondent column is left out.
  const wifi = screen.getByRole("group", { name: "Feature 1" });
  expect(within(wifi).getByRole("textbox", { name: "Feature name" })).toHaveProperty("value", "Wifi");
  expect(chosen(wifi, "Functional question (if it has the feature)")).toBe("Wifi (functional) (B)");
  expect(chosen(wifi, "Dysfunctional question (if it does not)")).toBe("Wifi (dysfunctional) (C)");
  expect(chosen(wifi, "Importance rating (optional)")).toBe("None");
  const pool = screen.getByRole("group", { name: "Feature 2" });
  expect(within(pool).getByRole("textbox", { name: "Feature name" })).toHaveProperty("value", "Pool");
  expect(chosen(pool, "Functional question (if it has the feature)")).toBe("Pool (functional) (D)");
  expect(chosen(pool, "Dysfunctional question (if it does not)")).toBe("Pool (dysfunctional) (E)");
  expect(screen.getByText("Columns without Kano answers, left out: Respondent (A).")).toBeTruthy();
  expect(screen.getByText("Respondents who left a question about “Pool” blank, skipped for that feature: 1 (rows 7).")).toBeTruthy();
  const preview = within(screen.getByRole("table", { name: "First rows" })).getAllByRole("row");
  expect(Array.from(preview[1].children).map((c) => c.textContent)).toEqual(["2", "M (2 / 5)", "A (1 / 3)"]);

  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  expect(screen.getByText("Respondents: 6. Features: 2: 1 must-be, 0 one-dimensional, 1 attractive, 0 indifferent.")).toBeTruthy();
  const rows = within(screen.getByRole("table", { name: "Kano categories by feature" })).getAllByRole("row");
  expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
    ["Feature", "Category", "Better", "Worse", "Category strength", "Top two differ (Fong)"],
    ["Wifi", "Must-be", "0.33", "-0.67", "33%", "no"],
    ["Pool", "Attractive", "0.8", "-0.2", "40%", "no"],
  ]);
  expect(screen.getByRole("figure", { name: "Better and Worse (satisfaction against dissatisfaction)" })).toBeTruthy();
  expect(screen.getByRole("figure", { name: "Share of respondents in each Kano category" })).toBeTruthy();
  const advice = screen.getByRole("region", { name: "What the categories mean and what to do" });
  expect(within(advice).getByText("Fix these first: get them to a reliable, adequate level, then stop investing beyond that.")).toBeTruthy();
  expect(within(advice).getByText("Do not spend on these; cut or simplify them if they cost money.")).toBeTruthy();
  expect(within(advice).getAllByText("Your features here: Wifi.")).toHaveLength(1);
  expect(within(advice).getAllByText("Your features here: Pool.")).toHaveLength(1);

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Kano”. Your data was not changed.");
  const sheet = wb.sheet("Kano")!;
  expect(wb.sheet("Survey")!.values).toEqual(SURVEY.map((r) => r.map((v) => v)));
  expect(sheet.tables.map((t) => t.name).sort()).toEqual(["Kano_BetterWorse", "Kano_Continuous", "Kano_Features", "Kano_QuadrantLines", "Kano_Respondents", "Kano_Shares"]);
  expect(sheet.charts.map((c) => [c.type, c.title])).toEqual([
    ["bar", "Kano categories by feature"],
    ["scatter", "Better and Worse (satisfaction against dissatisfaction)"],
    ["scatter", "Continuous Kano: functional against dysfunctional score"],
  ]);
  // The category shares are a native stacked bar chart: one series per category.
  expect(sheet.charts[0].stacked).toBe(true);
  expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["Attractive", "One-dimensional", "Must-be", "Indifferent", "Reverse", "Questionable"]);

  // The engine on the same cells, as =CX.KANO gets them.
  const grid = (cols: number[]) => SURVEY.map((r) => cols.map((j) => r[j]));
  const expected = kanoFromRanges({ functional: grid([1, 3]), dysfunctional: grid([2, 4]), featureNames: [["Wifi", "Pool"]] }).report;
  const table = (name: string) => {
    const t = sheet.tables.find((x) => x.name === name)!;
    return sheet.values.slice(t.row, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
  };
  const features = table("Kano_Features");
  const engine = expected.tables.find((t) => t.name === "features")!;
  expect(features[0]).toEqual(engine.header);
  expect(features.slice(1)).toHaveLength(2);
  features.slice(1).forEach((row, i) => row.forEach((v, j) => (typeof v === "number" ? expect(v).toBeCloseTo(engine.rows[i][j] as number, 12) : expect(v).toBe(engine.rows[i][j]))));
  // By hand (see SURVEY): counts, Better and Worse.
  expect(features[1].slice(0, 9)).toEqual(["Wifi", 6, "Must-be", 1, 1, 3, 1, 0, 0]);
  expect(features[1][12]).toBeCloseTo(2 / 6, 12);
  expect(features[1][13]).toBeCloseTo(-4 / 6, 12);
  expect(features[2].slice(0, 9)).toEqual(["Pool", 5, "Attractive", 3, 1, 0, 1, 0, 0]);
  expect(features[2][12]).toBeCloseTo(0.8, 12);
  expect(features[2][13]).toBeCloseTo(-0.2, 12);
  expect(table("Kano_BetterWorse").slice(1)).toEqual([
    ["Wifi", expect.closeTo(4 / 6, 12), expect.closeTo(2 / 6, 12)],
    ["Pool", expect.closeTo(0.2, 12), expect.closeTo(0.8, 12)],
  ]);
  // Each respondent's categories, by sheet row.
  expect(table("Kano_Respondents")).toEqual([
    ["Row", "Wifi", "Pool"],
    [2, "M", "A"],
    [3, "M", "A"],
    [4, "O", "O"],
    [5, "I", "I"],
    [6, "A", "A"],
    [7, "M", ""],
  ]);
  expect(sheet.values.flat()).toContain('=CX.KANO(CHOOSECOLS(Survey!A1:E7,2,4),CHOOSECOLS(Survey!A1:E7,3,5),{"Wifi","Pool"})');
  expect(sheet.values.flat()).toContain("Survey!A1:E7");
  // The formula is written as text, not run.
  expect(sheet.formulas).toEqual([]);
  // The run is stored for one-click refresh: the pairs by position, with their headers.
  expect(await loadRecipes(wb)).toMatchObject([
    {
      kind: "kano",
      sheet: "Kano",
      source: { address: "Survey!A1:E7", hasHeader: true },
      state: { hasHeader: true, pairs: [{ name: "Wifi", functional: 1, dysfunctional: 2, importance: -1 }, { name: "Pool", functional: 3, dysfunctional: 4, importance: -1 }], headers: ["Wifi (functional)", "Wifi (dysfunctional)", "", "Pool (functional)", "Pool (dysfunctional)", ""] },
    },
  ]);
}, 30000);

test("a cell that is not an answer stops the data step with a message naming it", async () => {
  const values = SURVEY.map((r) => [...r]);
  values[4][2] = "maybe";
  const wb = workbook(values);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open Kano wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText(/^Wifi \(dysfunctional\), row 5: 'maybe' is not a Kano answer\. Use a code 1-5/);
  expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
});

test("an answer column without a partner is named and left out; pairs can be edited", async () => {
  const values = SURVEY.map((r, i) => [...r, i === 0 ? "Parking (functional)" : "I like it"]);
  const wb = workbook(values, "A1:F7");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open Kano wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Answer columns without a partner, left out: Parking (functional) (F). Add a pair if they belong to a feature.");
  // Removing a pair leaves one feature; an added empty pair blocks until its columns are chosen.
  await user.click(screen.getByRole("button", { name: "Remove Pool" }));
  await screen.findByText("Respondents to analyse: 6. Features: 1.");
  await user.click(screen.getByRole("button", { name: "Add a pair" }));
  expect(screen.getByText("Choose the functional and the dysfunctional column of every feature, or remove the pair.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
  await user.click(screen.getByRole("button", { name: "Pair the columns automatically" }));
  await screen.findByText("Respondents to analyse: 6. Features: 2.");
});

test("codes outside the 3-point scale stop the run with the engine's message", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open Kano wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Respondents to analyse: 6. Features: 2.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("radio", { name: /^3 points/ }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText(/^This data cannot be analysed yet\. Pool \(dysfunctional\), row 3: 4 is not a Kano answer: use a code 1-3/);
});

test("in Chinese: pairs, results and the sheet in the zh strings", async () => {
  const wb = workbook();
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: zh.openKanoWizard }));
  await user.click(screen.getByRole("button", { name: zh.useSelection }));
  await screen.findByText(fill("zh", "kanoWillAnalyse", { rows: "6", features: "2" }));
  expect(screen.getByRole("group", { name: "功能 1" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: zh.next }));
  await user.click(screen.getByRole("button", { name: zh.runAnalysis }));
  await screen.findByRole("button", { name: zh.insert });
  expect(screen.getByText("受访者：6 位。功能：2 个，其中必备型 1 个，期望型 0 个，魅力型 1 个，无差异型 0 个。")).toBeTruthy();
  const rows = within(screen.getByRole("table", { name: zh.krTitleFeatures })).getAllByRole("row");
  expect(Array.from(rows[0].children).map((c) => c.textContent)).toEqual([zh.krFeature, zh.krCategory, zh.krBetter, zh.krWorse, zh.krCategoryStrength, zh.krFong]);
  expect(Array.from(rows[1].children).map((c) => c.textContent)).toEqual(["Wifi", zh.krMustBe, "0.33", "-0.67", "33%", zh.krNo]);
  expect(screen.getByRole("heading", { name: zh.kanoWhatToDoHeading })).toBeTruthy();
  expect(screen.getByText(zh.kanoActionM)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: zh.insert }));
  await screen.findByText(fill("zh", "insertedTo", { sheet: "Kano" }));
  const sheet = wb.sheet("Kano")!;
  const t = sheet.tables.find((x) => x.name === "Kano_Features")!;
  expect(sheet.values[t.row].slice(t.col, t.col + 3)).toEqual([zh.krFeature, zh.krRespondents, zh.krCategory]);
  expect(sheet.values[t.row + 1].slice(t.col, t.col + 3)).toEqual(["Wifi", 6, zh.krMustBe]);
  expect(sheet.values.flat()).toContain(zh.kanoTitle);
  expect(sheet.charts.map((c) => c.title)).toContain(zh.krChartBetterWorse);
}, 30000);

test.each(["en", "zh"] as const)("no serious or critical axe violations on any step (%s)", async (language) => {
  const wb = workbook();
  const user = userEvent.setup();
  const name = (en: string, zhText: string) => (language === "en" ? en : zhText);
  render(<App initialLanguage={language} gateway={wb} />);
  await user.click(screen.getByRole("button", { name: name("Open Kano wizard", zh.openKanoWizard) }));
  await user.click(screen.getByRole("button", { name: name("Use current selection", zh.useSelection) }));
  await screen.findByText(fill(language, "kanoWillAnalyse", { rows: "6", features: "2" }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Next", zh.next) }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Run analysis", zh.runAnalysis) }));
  await screen.findByRole("button", { name: name("Insert into workbook", zh.insert) });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Insert into workbook", zh.insert) }));
  await screen.findByRole("button", { name: name("Go to sheet", zh.goToSheet) });
  expect(await seriousViolations()).toEqual([]);
}, 30000);
