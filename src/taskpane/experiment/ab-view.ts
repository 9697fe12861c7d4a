// What the A/B wizard shows and writes, free of React: the verdict in the pane's language, the
// engine's report translated, the chart of the two rates with their intervals, the sample-size
// planner's checks, and the one report the result sheet is made from.
//
// The chart. @fluentui/react-charts (9.3) draws no error bars, and Office.js cannot give a chart
// series custom error-bar values (ChartErrorBars has no range for them), so "a rate and its
// interval" is drawn the same way in both places: for each arm, three bars side by side, the
// lower end of the interval, the rate and the upper end (a clustered column chart of the arms
// table's "CI low", "Rate" and "CI high" columns). A stacked floating bar (an invisible "low"
// segment under a "high - low" segment) would need a helper column and a series with no fill,
// which neither the sheet plans nor the pane's charts can express (a stacked chart alone would
// draw the "low" segment as a bar of its own, which misleads); three bars read plainly, need no
// hidden series, and the numbers behind them are the arms table's own columns.
import { confidenceLabel } from "../../core/voc/args";
import { formatP, intervalDirection, signed, signedPercent, type TwoProportionResult, type WelchResult } from "../../core/experiment";
import { sampleSize } from "../../core/experiment/sample-size";
import { parseNumber } from "../../core/table/number";
import { findTable, type ChartSpec, type Report, type ReportTable } from "../../core/report";
import type { AbTestOutput } from "../compute/abtest-task";
import { experimentEn, type ExperimentKey } from "../i18n/experiment-strings";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";

// ---- the verdict ----

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Four significant digits (as the engine's means verdict). */
export function fmt4(x: number): string {
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toPrecision(4);
  return String(Number(x.toPrecision(4)));
}

function conclusion(lang: Language, significant: boolean, lower: number, upper: number, level: string): string {
  const dir = intervalDirection(lower, upper);
  if (significant && dir !== "none") return fill(lang, "abSignificant", { level });
  if (!significant && dir === "none") return fill(lang, "abNotSignificant", { level });
  return fill(lang, "abBorderline", { level });
}

/** The engine's verdict of the rates test (word for word in English) in `lang`. */
export function ratesVerdict(lang: Language, r: TwoProportionResult): string {
  const level = confidenceLabel(r.confidence);
  const dir = intervalDirection(r.interval.lower, r.interval.upper);
  const winner = r.significant && dir !== "none" ? t(lang, r.difference > 0 ? "abBetter" : "abWorse") : "";
  return fill(lang, "abVerdictRates", {
    rateB: pct(r.b.rate),
    rateA: pct(r.a.rate),
    diff: signed(r.difference * 100, 2),
    rel: r.relativeLift === undefined ? t(lang, "abNoLift") : fill(lang, "abRelative", { lift: signedPercent(r.relativeLift) }),
    level,
    low: signed(r.interval.lower * 100, 2),
    high: signed(r.interval.upper * 100, 2),
    p: formatP(r.p),
    conclusion: conclusion(lang, r.significant, r.interval.lower, r.interval.upper, level),
    winner,
  });
}

/** The engine's verdict of Welch's test (word for word in English) in `lang`. */
export function meansVerdict(lang: Language, r: WelchResult): string {
  const level = confidenceLabel(r.confidence);
  const dir = intervalDirection(r.interval.lower, r.interval.upper);
  const winner = r.significant && dir !== "none" ? t(lang, r.difference > 0 ? "abMeanHigher" : "abMeanLower") : "";
  return fill(lang, "abVerdictMeans", {
    meanB: fmt4(r.b.mean),
    meanA: fmt4(r.a.mean),
    diff: `${r.difference >= 0 ? "+" : ""}${fmt4(r.difference)}`,
    rel: r.relativeLift === undefined ? "" : fill(lang, "abRelativeParen", { lift: signedPercent(r.relativeLift) }),
    level,
    low: fmt4(r.interval.lower),
    high: fmt4(r.interval.upper),
    t: signed(r.t, 2),
    df: r.df.toFixed(1),
    p: formatP(r.p),
    conclusion: conclusion(lang, r.significant, r.interval.lower, r.interval.upper, level),
    winner,
  });
}

export function verdictOf(lang: Language, out: AbTestOutput): string {
  if (out.rates) return ratesVerdict(lang, out.rates);
  if (out.means) return meansVerdict(lang, out.means);
  return "";
}

// ---- the engine's report in the pane's language ----

const KEY_BY_ENGLISH = new Map<string, StringKey>(
  (Object.entries(experimentEn) as [ExperimentKey, string][]).filter(([key]) => key.startsWith("abe")).map(([key, text]) => [text, key]),
);
const CI = /^(\d+(?:\.\d+)?%) CI (low|high)$/;

/** An engine text of the A/B reports in `lang`; anything else unchanged. */
export function localizeAbText(lang: Language, text: string): string {
  if (lang === "en") return text;
  const ci = CI.exec(text);
  if (ci) return fill(lang, ci[2] === "low" ? "abCiLow" : "abCiHigh", { level: ci[1] });
  const key = KEY_BY_ENGLISH.get(text);
  return key ? t(lang, key) : text;
}

function localizeTable(lang: Language, table: ReportTable, verdict: string): ReportTable {
  const v = table.header.indexOf("Verdict");
  return {
    ...table,
    title: localizeAbText(lang, table.title),
    header: table.header.map((h) => localizeAbText(lang, h)),
    rows: v < 0 ? table.rows : table.rows.map((row) => row.map((cell, j) => (j === v ? verdict : cell))),
  };
}

/** The interval chart of the arms table (see the top of this file), in the table's own headers. */
export function intervalChart(lang: Language, arms: ReportTable, confidence: number): ChartSpec {
  return {
    type: "column",
    title: fill(lang, "abIntervalChart", { level: confidenceLabel(confidence) }),
    table: arms.name,
    category: arms.header[0],
    series: [arms.header[4], arms.header[3], arms.header[5]],
  };
}

/** The engine's report in `lang`, with the verdict in `lang`, arms named by group, and the interval chart for rates. */
export function localizeAbReport(lang: Language, out: AbTestOutput): Report {
  const verdict = verdictOf(lang, out);
  const r = out.report;
  const tables = r.tables.map((table) => localizeTable(lang, table, verdict));
  let charts = r.charts.map((c) => ({ ...c, title: localizeAbText(lang, c.title), category: localizeAbText(lang, c.category), series: c.series.map((s) => localizeAbText(lang, s)) }));
  if (out.rates) {
    const arms = tables.find((x) => x.name === "arms")!;
    charts = [intervalChart(lang, arms, out.rates.confidence)];
  }
  return { ...r, title: localizeAbText(lang, r.title), facts: r.facts.map((f) => ({ ...f, label: localizeAbText(lang, f.label) })), tables, charts };
}

// ---- notes and the sheet ----

function rowsText(lang: Language, rows: number[], count: number): string {
  const list = rows.join(", ");
  return count > rows.length ? fill(lang, "rowsListMore", { list, more: formatNumber(lang, count - rows.length) }) : fill(lang, "rowsList", { list });
}

/** The lines under the verdict: counts and method, the groups of a range, what was skipped. */
export function explanationLines(lang: Language, out: AbTestOutput, groupColumn?: string): string[] {
  const lines: string[] = [];
  if (out.rates) {
    const { a, b } = out.rates;
    lines.push(fill(lang, "abCountsLine", { ca: formatNumber(lang, a.conversions), na: formatNumber(lang, a.visitors), cb: formatNumber(lang, b.conversions), nb: formatNumber(lang, b.visitors) }));
    lines.push(t(lang, "abMethodRates"));
  } else if (out.means) {
    lines.push(fill(lang, "abMeansLine", { na: formatNumber(lang, out.means.a.n), nb: formatNumber(lang, out.means.b.n), df: out.means.df.toFixed(1) }));
  }
  if (out.groups) lines.push(fill(lang, "abGroupsLine", { a: out.groups.a, b: out.groups.b, column: groupColumn ?? "" }));
  for (const s of out.skipped ?? []) lines.push(fill(lang, "abSkipped", { column: s.column, count: formatNumber(lang, s.count), rows: rowsText(lang, s.firstRows, s.count) }));
  if (out.blankRows) lines.push(fill(lang, "abEmptyRows", { count: formatNumber(lang, out.blankRows) }));
  return lines;
}

/** The report the sheet is written from: facts, the arms (or groups) table, the test table, the chart. */
export function abSheetReport(lang: Language, out: AbTestOutput, groupColumn?: string): Report {
  const local = localizeAbReport(lang, out);
  const [test, each] = out.rates ? ["abtest", "arms"] : ["means", "groups"];
  return {
    ...local,
    tables: [findTable(local, each), findTable(local, test)],
    explanation: [verdictOf(lang, out), ...explanationLines(lang, out, groupColumn)],
  };
}

// ---- values as the pane shows them ----

export function formatCell(lang: Language, v: unknown, format: string | undefined): string {
  if (typeof v !== "number") return String(v);
  const locale = lang === "zh" ? "zh-CN" : "en-US";
  if (format === "percent") return v.toLocaleString(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (format === "integer") return formatNumber(lang, v);
  return fmt4(v);
}

// ---- the sample-size planner ----

export interface PlanTexts {
  baseRate: string;
  effect: string;
  power: string;
  alpha: string;
}

export type PlanOutcome = { ok: true; p1: number; p2: number; power: number; alpha: number; perArm: number; total: number } | { ok: false; message: string };

const PLAN_LABELS: Record<keyof PlanTexts, StringKey> = { baseRate: "abBaseRate", effect: "abEffect", power: "abPower", alpha: "abAlpha" };

/**
 * Visitors per arm for the planner's fields, all in percent (rate 10, change 2 points, power 80,
 * alpha 5), with the same formula and rounding as =CX.SAMPLESIZE; or what is wrong, in `lang`.
 */
export function planSampleSize(lang: Language, texts: PlanTexts): PlanOutcome {
  const n = {} as Record<keyof PlanTexts, number>;
  for (const k of Object.keys(PLAN_LABELS) as (keyof PlanTexts)[]) {
    const v = parseNumber(texts[k].trim().replace(/%$/, ""));
    if (v === undefined) return { ok: false, message: fill(lang, "abPlanErrNumber", { field: t(lang, PLAN_LABELS[k]), value: texts[k] }) };
    n[k] = v / 100;
  }
  if (!(n.baseRate > 0 && n.baseRate < 1)) return { ok: false, message: t(lang, "abPlanErrRate") };
  const p2 = n.baseRate + n.effect;
  if (n.effect === 0 || !(p2 > 0 && p2 < 1)) return { ok: false, message: fill(lang, "abPlanErrEffect", { target: `${+(p2 * 100).toPrecision(6)}%` }) };
  if (!(n.power >= 0.5 && n.power < 1)) return { ok: false, message: t(lang, "abPlanErrPower") };
  if (!(n.alpha > 0 && n.alpha <= 0.5)) return { ok: false, message: t(lang, "abPlanErrAlpha") };
  const r = sampleSize({ baseRate: n.baseRate, effect: n.effect, power: n.power, alpha: n.alpha });
  if (!Number.isFinite(r.perArm) || r.perArm > Number.MAX_SAFE_INTEGER / 2) return { ok: false, message: t(lang, "abPlanErrTooSmall") };
  return { ok: true, p1: r.p1, p2: r.p2, power: r.power, alpha: r.alpha, perArm: r.perArm, total: r.total };
}
