// What the Kano wizard shows and writes, free of React: the engine's report in the pane's
// language, the summary and explanation lines, what each category means and what to do, the chart
// data, the formula equivalent, and the one report the result sheet is made from.
import { CATEGORY_NAMES, type KanoCategory, type KanoFeatureResult, type KanoScale } from "../../core/kano";
import type { Cell, ChartSpec, Report, ReportTable } from "../../core/report";
import type { RangeData } from "../../excel/gateway";
import type { KanoOutput, KanoPair } from "../compute/kano-task";
import { kanoEn, type KanoKey } from "../i18n/kano-strings";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { columnOptions } from "../wizard/transaction-data";
import type { QuadrantPoint } from "../charts/QuadrantChart";
import { withQuadrantLines } from "../charts/quadrant-lines";
import type { StackedBarRow } from "../charts/StackedBarChart";
import { columnsArg, quoteArg } from "../wizard/columns-arg";

const KEY_BY_ENGLISH = new Map<string, KanoKey>(
  (Object.entries(kanoEn) as [KanoKey, string][]).filter(([key]) => key.startsWith("kr")).map(([key, text]) => [text, key]),
);

/** A known engine text of the Kano report in `lang`; anything else (feature names, letters) unchanged. */
export function localizeKanoText(lang: Language, text: string): string {
  const key = KEY_BY_ENGLISH.get(text);
  return key ? t(lang, key) : text;
}

/** Columns whose cells are engine words (category names, yes/no) rather than the user's data. */
const WORD_COLUMNS = new Set(["Category", "Top two differ (Fong)"]);

function localizeTable(lang: Language, table: ReportTable): ReportTable {
  const wordCols = table.header.map((h) => WORD_COLUMNS.has(h));
  const rows: Cell[][] = table.rows.map((row) => row.map((cell, j) => (wordCols[j] && typeof cell === "string" ? localizeKanoText(lang, cell) : cell)));
  return { ...table, title: localizeKanoText(lang, table.title), header: table.header.map((h) => localizeKanoText(lang, h)), rows };
}

function localizeChart(lang: Language, chart: ChartSpec): ChartSpec {
  const text = (s: string) => localizeKanoText(lang, s);
  return { ...chart, title: text(chart.title), category: text(chart.category), series: chart.series.map(text), secondaryAxis: chart.secondaryAxis?.map(text) };
}

export function localizeKanoReport(lang: Language, report: Report): Report {
  if (lang === "en") return report;
  return {
    ...report,
    title: localizeKanoText(lang, report.title),
    facts: report.facts.map((f) => ({ ...f, label: localizeKanoText(lang, f.label) })),
    tables: report.tables.map((table) => localizeTable(lang, table)),
    charts: report.charts.map((chart) => localizeChart(lang, chart)),
  };
}

/** A category's name in the pane's language ("Must-be", "必备型"). */
export function categoryName(lang: Language, c: KanoCategory): string {
  return localizeKanoText(lang, CATEGORY_NAMES[c]);
}

/** The order the advice is given in: what to fix first, then where to invest, then the rest. */
export const ADVICE_ORDER: readonly KanoCategory[] = ["M", "O", "A", "I", "R", "Q"];

export const CATEGORY_ADVICE: Record<KanoCategory, { meaning: StringKey; action: StringKey }> = {
  M: { meaning: "kanoMeaningM", action: "kanoActionM" },
  O: { meaning: "kanoMeaningO", action: "kanoActionO" },
  A: { meaning: "kanoMeaningA", action: "kanoActionA" },
  I: { meaning: "kanoMeaningI", action: "kanoActionI" },
  R: { meaning: "kanoMeaningR", action: "kanoActionR" },
  Q: { meaning: "kanoMeaningQ", action: "kanoActionQ" },
};

function list(lang: Language, names: string[]): string {
  return names.join(lang === "zh" ? "、" : ", ");
}

/** The features whose category is c, named. */
export function featuresIn(out: KanoOutput, c: KanoCategory): string[] {
  return out.features.filter((f) => f.category === c).map((f) => f.name);
}

export function kanoSummaryLine(lang: Language, out: KanoOutput): string {
  const n = (c: KanoCategory) => formatNumber(lang, featuresIn(out, c).length);
  return fill(lang, "kanoSummary", {
    respondents: formatNumber(lang, out.respondents),
    features: formatNumber(lang, out.features.length),
    must: n("M"),
    one: n("O"),
    attractive: n("A"),
    indifferent: n("I"),
  });
}

/** "Your features here: Wifi, Pool." or "None of your features falls here." */
export function featuresLine(lang: Language, out: KanoOutput, c: KanoCategory): string {
  const names = featuresIn(out, c);
  return names.length > 0 ? fill(lang, "kanoFeaturesList", { list: list(lang, names) }) : t(lang, "kanoFeaturesNone");
}

/** Warnings and notes: mixed categories (Fong), questionable answers, blanks. */
export function kanoNotes(lang: Language, out: KanoOutput): string[] {
  const notes: string[] = [];
  const mixed = out.features.filter((f) => !f.fong.significant);
  if (mixed.length > 0) {
    const items = mixed.map((f) => fill(lang, "kanoMixedItem", { name: f.name, first: categoryName(lang, f.category), second: categoryName(lang, f.second) }));
    notes.push(fill(lang, "kanoMixed", { list: list(lang, items) }));
  }
  const questionable = out.features.filter((f) => f.shares.Q > 0.1).map((f) => f.name);
  if (questionable.length > 0) notes.push(fill(lang, "kanoQuestionableNote", { list: list(lang, questionable) }));
  for (const f of out.features.filter((x) => x.blank > 0)) notes.push(fill(lang, "kanoBlankNote", { name: f.name, count: formatNumber(lang, f.blank) }));
  return notes;
}

/** The explanation written on the sheet, in the pane's language. */
export function kanoExplanation(lang: Language, out: KanoOutput): string[] {
  const lines = [kanoSummaryLine(lang, out), t(lang, "kanoTieRule")];
  for (const c of ADVICE_ORDER) {
    if (featuresIn(out, c).length === 0) continue;
    lines.push(`${t(lang, CATEGORY_ADVICE[c].meaning)} ${featuresLine(lang, out, c)} ${t(lang, CATEGORY_ADVICE[c].action)}`);
  }
  lines.push(...kanoNotes(lang, out), t(lang, "kanoBetterWorse"), t(lang, out.scale === 5 ? "kanoReadAs5" : "kanoReadAs3"));
  return lines;
}

/** The Better/Worse plot's points: x = |Worse|, y = Better (features with at least one A, O, M or I answer). */
export function betterWorsePoints(features: readonly KanoFeatureResult[]): QuadrantPoint[] {
  return features.filter((f) => f.better !== undefined && f.worse !== undefined).map((f) => ({ label: f.name, x: Math.abs(f.worse!), y: f.better! }));
}

/** The stacked bars' rows: each feature's shares of A, O, M, I, R, Q. */
export const SHARE_ORDER: readonly KanoCategory[] = ["A", "O", "M", "I", "R", "Q"];
export function shareRows(features: readonly KanoFeatureResult[]): StackedBarRow[] {
  return features.map((f) => ({ label: f.name, values: SHARE_ORDER.map((c) => f.shares[c]) }));
}

/**
 * =CX.KANO(functional, dysfunctional, [feature_names]) over the same cells; the names are given
 * when they differ from what the function would take (the functional columns' headers). Undefined
 * for the 3-point scale, which the function does not take.
 */
export function kanoFormula(range: RangeData, hasHeader: boolean, pairs: readonly KanoPair[], scale: KanoScale): string | undefined {
  if (scale !== 5 || pairs.length === 0) return undefined;
  const options = columnOptions(range, hasHeader);
  const names = pairs.map((p) => p.name.trim());
  const defaults = pairs.map((p, i) => (hasHeader && options[p.functional]?.header) || `Feature ${i + 1}`);
  const args = [columnsArg(range, pairs.map((p) => p.functional)), columnsArg(range, pairs.map((p) => p.dysfunctional))];
  if (names.some((n, i) => n !== "" && n !== defaults[i])) args.push(`{${names.map((n, i) => quoteArg(n || `Feature ${i + 1}`)).join(",")}}`);
  return `=CX.KANO(${args.join(",")})`;
}

/**
 * The report the sheet is made from: the engine's tables and charts in the pane's language, the
 * explanation, and the Better/|Worse| scatter's quadrant lines at 0.5 (as the pane draws them).
 */
export function kanoSheetReport(lang: Language, out: KanoOutput): Report {
  const report = localizeKanoReport(lang, out.report);
  return withQuadrantLines(lang, { ...report, explanation: kanoExplanation(lang, out) }, "betterWorse", { xSplit: 0.5, ySplit: 0.5, xRange: [0, 1], yRange: [0, 1] });
}
