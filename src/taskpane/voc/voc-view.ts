// What the survey wizard shows and writes, free of React: the headline and the explanation in the
// pane's language, the measure of each segment and period with its interval, the formula
// equivalents, the colour band of each answer, and the one report the dashboard sheet is made from.
import type { Report } from "../../core/report";
import { confidenceLabel, type CesResult, type CsatResult, type Named, type NpsResult, SMALL_SAMPLE } from "../../core/voc";
import type { RangeData } from "../../excel/gateway";
import type { VocMapping, VocOutput, VocSettings } from "../compute/voc-task";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { columnAddress } from "../wizard/transaction-data";
import { localizeVocReport } from "./localize";

/** One score with its interval: NPS in points, CSAT as a share, CES as the mean answer. */
export interface Measure {
  name: string;
  n: number;
  value: number;
  /** Undefined when there is no interval (a mean from a single answer). */
  lower?: number;
  upper?: number;
}

type AnyResult = NpsResult | CsatResult | CesResult;

function measureOf(metric: VocOutput["results"]["metric"], name: string, r: AnyResult): Measure {
  if (metric === "nps") {
    const x = r as NpsResult;
    return { name, n: x.n, value: x.nps, lower: x.interval.lower, upper: x.interval.upper };
  }
  if (metric === "csat") {
    const x = r as CsatResult;
    return { name, n: x.n, value: x.share, lower: x.interval.lower, upper: x.interval.upper };
  }
  const x = r as CesResult;
  return { name, n: x.n, value: x.mean.mean, lower: x.mean.interval?.lower, upper: x.mean.interval?.upper };
}

export interface Measures {
  overall: Measure;
  groups?: Measure[];
  periods?: Measure[];
}

export function measures(out: VocOutput): Measures {
  const { metric } = out.results;
  const list = (xs?: Named<AnyResult>[]) => xs?.map((g) => measureOf(metric, g.name, g.result));
  return {
    overall: measureOf(metric, "", out.results.overall),
    groups: list(out.results.groups as Named<AnyResult>[] | undefined),
    periods: list(out.results.periods as Named<AnyResult>[] | undefined),
  };
}

/** A measure's value as the pane writes it: NPS in whole points, CSAT in percent, CES to 2 decimals. */
export function formatMeasure(lang: Language, metric: VocSettings["metric"], v: number): string {
  if (metric === "nps") return formatNumber(lang, Math.round(v) === 0 ? 0 : v, 0);
  if (metric === "csat") return formatShare(lang, v);
  return v.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Whether two intervals share a point; unknown (no interval) counts as overlapping. */
export function intervalsOverlap(a: Measure, b: Measure): boolean {
  if (a.lower === undefined || a.upper === undefined || b.lower === undefined || b.upper === undefined) return true;
  return a.lower <= b.upper && b.lower <= a.upper;
}

function ciText(lang: Language, metric: VocSettings["metric"], m: Measure, confidence: number): string {
  if (m.lower === undefined || m.upper === undefined) return t(lang, "vocNoCi");
  return fill(lang, "vocCi", { level: confidenceLabel(confidence), lower: formatMeasure(lang, metric, m.lower), upper: formatMeasure(lang, metric, m.upper) });
}

/** The headline: the score with its interval in plain words, e.g. "NPS 32 (95% CI 24 to 40) from 412 answers: ...". */
export function headline(lang: Language, out: VocOutput): string {
  const m = measures(out).overall;
  const confidence = out.settings.confidence;
  const ci = ciText(lang, out.results.metric, m, confidence);
  const answers = fill(lang, m.n === 1 ? "vocAnswer" : "vocAnswers", { n: formatNumber(lang, m.n) });
  const r = out.results;
  if (r.metric === "nps") {
    const o = r.overall;
    return fill(lang, "vocHeadlineNps", {
      nps: formatMeasure(lang, "nps", o.nps),
      ci,
      answers,
      promoters: formatShare(lang, o.promoterShare),
      passives: formatShare(lang, o.passiveShare),
      detractors: formatShare(lang, o.detractorShare),
    });
  }
  if (r.metric === "csat") {
    const o = r.overall;
    return fill(lang, "vocHeadlineCsat", {
      csat: formatShare(lang, o.share),
      ci,
      answers,
      satisfied: formatNumber(lang, o.satisfied),
      box: o.topBox === o.scale ? String(o.scale) : `${o.topBox}-${o.scale}`,
      min: o.scale === 10 ? 0 : 1,
      scale: o.scale,
      mean: formatMeasure(lang, "ces", o.mean.mean),
    });
  }
  const o = r.overall;
  if (o.scale === 7) return fill(lang, "vocHeadlineCes7", { mean: formatMeasure(lang, "ces", o.mean.mean), ci, answers, agree: formatShare(lang, o.agreeShare ?? 0) });
  return fill(lang, "vocHeadlineCes5", { mean: formatMeasure(lang, "ces", o.mean.mean), ci, answers });
}

const PERIOD_WORDS: Record<VocSettings["period"], StringKey> = { week: "vocWeek", month: "vocMonth", quarter: "vocQuarter", year: "vocYear" };

export function periodWord(lang: Language, period: VocSettings["period"]): string {
  return t(lang, PERIOD_WORDS[period]);
}

/** The segment column's name for sentences: its header, else "segment". */
export function segmentName(lang: Language, out: VocOutput): string {
  return out.groupHeader || t(lang, "vocColSegment");
}

/** What the numbers mean and what to do, in the pane's language (the headline not included). */
export function explanation(lang: Language, out: VocOutput): string[] {
  const { metric } = out.results;
  const { confidence } = out.settings;
  const level = confidenceLabel(confidence);
  const ms = measures(out);
  const o = ms.overall;
  const f = (v: number) => formatMeasure(lang, metric, v);
  const lines: string[] = [];
  const r = out.results;
  const answers = fill(lang, o.n === 1 ? "vocAnswer" : "vocAnswers", { n: formatNumber(lang, o.n) });
  if (r.metric === "nps") lines.push(t(lang, "vocMeaningNps"));
  else if (r.metric === "csat") lines.push(fill(lang, "vocMeaningCsat", { box: r.overall.topBox === r.overall.scale ? String(r.overall.scale) : `${r.overall.topBox}-${r.overall.scale}` }));
  else lines.push(t(lang, r.overall.scale === 7 ? "vocMeaningCes7" : "vocMeaningCes5"));
  if (o.lower !== undefined && o.upper !== undefined) {
    lines.push(fill(lang, "vocIntervalLine", { level, half: f((o.upper - o.lower) / 2), answers }));
  }
  if (o.n < SMALL_SAMPLE) lines.push(fill(lang, "vocSmallSample", { answers }));

  const groups = ms.groups;
  if (groups && groups.length >= 2) {
    // For CES on the 5-point scale lower is better; "highest" and "lowest" stay literal.
    const sorted = [...groups].sort((a, b) => b.value - a.value);
    const best = sorted[0];
    const worst = sorted[sorted.length - 1];
    const ci = (m: Measure, end: "lower" | "upper") => (m[end] === undefined ? "–" : f(m[end]!));
    lines.push(
      fill(lang, "vocBestWorst", {
        segment: segmentName(lang, out),
        best: best.name,
        bestValue: f(best.value),
        bestLower: ci(best, "lower"),
        bestUpper: ci(best, "upper"),
        worst: worst.name,
        worstValue: f(worst.value),
        worstLower: ci(worst, "lower"),
        worstUpper: ci(worst, "upper"),
      }),
    );
    lines.push(t(lang, intervalsOverlap(best, worst) ? "vocOverlap" : "vocApart"));
    if (metric === "nps") lines.push(t(lang, "vocTestHint"));
    const small = groups.filter((g) => g.n < SMALL_SAMPLE).map((g) => `“${g.name}”`);
    if (small.length > 0) lines.push(fill(lang, "vocSmallGroups", { names: small.join(lang === "zh" ? "、" : ", ") }));
  }

  const periods = ms.periods;
  if (periods && periods.length === 1) lines.push(fill(lang, "vocOnePeriod", { name: periods[0].name }));
  if (periods && periods.length >= 2) {
    const first = periods[0];
    const last = periods[periods.length - 1];
    const ci = (m: Measure, end: "lower" | "upper") => (m[end] === undefined ? "–" : f(m[end]!));
    lines.push(
      fill(lang, "vocTrendLine", {
        first: first.name,
        firstValue: f(first.value),
        firstLower: ci(first, "lower"),
        firstUpper: ci(first, "upper"),
        last: last.name,
        lastValue: f(last.value),
        lastLower: ci(last, "lower"),
        lastUpper: ci(last, "upper"),
        count: formatNumber(lang, periods.length),
      }),
    );
    lines.push(t(lang, intervalsOverlap(first, last) ? "vocTrendOverlap" : "vocTrendApart"));
  }
  lines.push(t(lang, metric === "nps" ? "vocAdviceNps" : metric === "csat" ? "vocAdviceCsat" : "vocAdviceCes"));
  return lines;
}

/** What was skipped, in the pane's language. */
export function skipNotes(lang: Language, out: VocOutput): string[] {
  const notes = out.inspect.skipped.map((s) => fill(lang, "noteSkipped", { column: s.column, count: formatNumber(lang, s.count) }));
  if (out.inspect.blankRows > 0) notes.push(fill(lang, "vocEmptyRows", { count: formatNumber(lang, out.inspect.blankRows) }));
  return notes;
}

const trimArgs = (args: string[]) => {
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return args;
};

/** The formula equivalents: the overall measure, and by segment and by period where Excel has a function for it. */
export function vocFormulas(range: RangeData, mapping: VocMapping, s: VocSettings): { main: string; bySegment?: string; byPeriod?: string } {
  const scores = columnAddress(range, mapping.score);
  const groups = mapping.group >= 0 ? columnAddress(range, mapping.group) : undefined;
  const dates = mapping.date >= 0 ? columnAddress(range, mapping.date) : undefined;
  const call = (name: string, args: string[]) => `=CX.${name}(${trimArgs(args).join(",")})`;
  if (s.metric === "nps") {
    const level = s.confidence === 0.95 ? "" : String(s.confidence);
    return {
      main: call("NPS", [scores, level]),
      bySegment: groups ? call("NPS.BY", [scores, groups, level]) : undefined,
      byPeriod: dates ? call("NPS.TREND", [scores, dates, s.period === "month" ? "" : `"${s.period}"`, level]) : undefined,
    };
  }
  if (s.metric === "csat") {
    const rest = [s.csatScale === 5 ? "" : String(s.csatScale), s.topBox === s.csatScale - 1 ? "" : String(s.topBox)];
    return { main: call("CSAT", [scores, ...rest]), bySegment: groups ? call("CSAT.BY", [scores, groups, ...rest]) : undefined };
  }
  const scale = s.cesScale === 7 ? "" : String(s.cesScale);
  return { main: call("CES", [scores, scale]), bySegment: groups ? call("CES.BY", [scores, groups, scale]) : undefined };
}

export type Band = "low" | "mid" | "high";

/** The colour band of an answer: detractor/passive/promoter for NPS, below/neutral/top box for CSAT, hard/neutral/easy for CES. */
export function bandOf(s: VocSettings, score: number): Band {
  if (s.metric === "nps") return score >= 9 ? "high" : score >= 7 ? "mid" : "low";
  if (s.metric === "csat") {
    const min = s.csatScale === 10 ? 0 : 1;
    return score >= s.topBox ? "high" : score <= min + (s.csatScale - s.topBox) ? "low" : "mid";
  }
  if (s.cesScale === 7) return score >= 5 ? "high" : score === 4 ? "mid" : "low";
  return score <= 2 ? "high" : score === 3 ? "mid" : "low";
}

export function bandLabel(lang: Language, s: VocSettings, band: Band): string {
  const keys: Record<VocSettings["metric"], Record<Band, StringKey>> = {
    nps: { low: "vocBandDetractors", mid: "vocBandPassives", high: "vocBandPromoters" },
    csat: { low: "vocBandDissatisfied", mid: "vocBandNeutral", high: "vocBandSatisfied" },
    ces: { low: "vocBandHard", mid: "vocBandNeutral", high: "vocBandEasy" },
  };
  return t(lang, keys[s.metric][band]);
}

/** Answers per score, from the engine's distribution table. */
export function distribution(out: VocOutput): { score: number; answers: number; share: number }[] {
  const table = out.report.tables.find((x) => x.name === "distribution");
  return (table?.rows ?? []).map((row) => ({ score: Number(row[0]), answers: Number(row[1]), share: Number(row[2]) }));
}

export const SHEET_NAMES: Record<VocSettings["metric"], StringKey> = { nps: "sheetNameNps", csat: "sheetNameCsat", ces: "sheetNameCes" };
export const SHEET_TITLES: Record<VocSettings["metric"], StringKey> = { nps: "sheetTitleNps", csat: "sheetTitleCsat", ces: "sheetTitleCes" };

/** Chart order of the bands: from bad to good (for the 5-point CES, whose low answers are good, from good to bad). */
export function bandOrder(s: VocSettings): Band[] {
  return s.metric === "ces" && s.cesScale === 5 ? ["high", "mid", "low"] : ["low", "mid", "high"];
}

/**
 * The distribution table with one more column per band (the answers of the scores in that band,
 * blank elsewhere) and its chart as stacked columns of those bands, so Excel colours the bars by
 * band (detractors, passives, promoters for NPS) and names them in the legend.
 */
function withBands(lang: Language, out: VocOutput, report: Report): Report {
  const i = report.tables.findIndex((x) => x.name === "distribution");
  if (i < 0) return report;
  const table = report.tables[i];
  const bands = bandOrder(out.settings).filter((b) => table.rows.some((r) => bandOf(out.settings, Number(r[0])) === b));
  const names = bands.map((b) => bandLabel(lang, out.settings, b));
  const rows = table.rows.map((r) => [...r, ...bands.map((b) => (bandOf(out.settings, Number(r[0])) === b ? r[1] : ""))]);
  const banded = { ...table, header: [...table.header, ...names], rows, formats: [...table.formats, ...bands.map(() => "integer" as const)] };
  const charts = report.charts.map((c) => (c.table === "distribution" ? { ...c, series: names, stacked: true } : c));
  return { ...report, tables: report.tables.map((x, j) => (j === i ? banded : x)), charts };
}

/** The dashboard sheet's report: the engine's tables and charts in the pane's language, the headline and explanation, the other formulas. */
export function vocSheetReport(lang: Language, out: VocOutput, formulas?: { bySegment?: string; byPeriod?: string }): Report {
  const report = withBands(lang, out, localizeVocReport(lang, out.report));
  const lines = [headline(lang, out), ...explanation(lang, out)];
  if (out.results.metric !== "nps" && out.settings.confidence !== 0.95) lines.push(fill(lang, "vocLevelNote", { level: confidenceLabel(out.settings.confidence) }));
  if (formulas?.bySegment) lines.push(fill(lang, "vocFormulaBy", { formula: formulas.bySegment }));
  if (formulas?.byPeriod) lines.push(fill(lang, "vocFormulaTrend", { formula: formulas.byPeriod }));
  return { ...report, explanation: [...lines, ...skipNotes(lang, out)] };
}
