// What the cohort wizard shows and writes, free of React: the engine's cohort, churn and funnel
// reports in the pane's language, the plain-language reading of each, the formula equivalents,
// and the one report each result sheet is made from.
import { CURVE_COHORTS } from "../../core/cohort";
import { type Cell, type ChartSpec, findTable, type Report, type ReportTable } from "../../core/report";
import type { Period } from "../../core/voc/period";
import type { RangeData } from "../../excel/gateway";
import type { ChurnOutput, ChurnSettings, CohortOutput, CohortSettings, FunnelOutput, FunnelTaskInput } from "../compute/cohort-task";
import type { TransactionMapping } from "../compute/tasks";
import { type CohortKey, cohortEn } from "../i18n/cohort-strings";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { columnAddress } from "../wizard/transaction-data";

const PERIOD_KEYS: Record<Period, { unit: StringKey; ord: StringKey; since: StringKey }> = {
  week: { unit: "cohUnitWeek", ord: "cohOrdWeek", since: "cohSinceWeek" },
  month: { unit: "cohUnitMonth", ord: "cohOrdMonth", since: "cohSinceMonth" },
  quarter: { unit: "cohUnitQuarter", ord: "cohOrdQuarter", since: "cohSinceQuarter" },
  year: { unit: "cohUnitYear", ord: "cohOrdYear", since: "cohSinceYear" },
};

/** "month" / "月". */
export const unitName = (lang: Language, period: Period) => t(lang, PERIOD_KEYS[period].unit);
/** "Month 3" / "第 3 个月". */
export const ordinal = (lang: Language, period: Period, k: number) => fill(lang, PERIOD_KEYS[period].ord, { k });

const MEASURE_KEYS: Record<string, StringKey> = { "Active customers": "cohrActiveCustomers", Retention: "cohrRetention", Revenue: "cohrRevenue" };
const MEASURE_BY_VALUE: Record<string, StringKey> = { customers: "cohrActiveCustomers", retention: "cohrRetention", revenue: "cohrRevenue" };

/** Fixed engine words, by their English text (the "cohr" strings). */
const KEY_BY_ENGLISH = new Map<string, StringKey>(
  (Object.entries(cohortEn) as [CohortKey, string][]).filter(([key, text]) => key.startsWith("cohr") && !text.includes("{")).map(([key, text]) => [text, key]),
);
const PERIOD_BY_NOUN = new Map<string, Period>((["week", "month", "quarter", "year"] as Period[]).map((p) => [p, p]));
const periodOf = (word: string) => PERIOD_BY_NOUN.get(word.toLowerCase());

/** An engine text of the cohort, churn or funnel report in `lang`; anything else (cohort labels, the user's stage names) unchanged. */
export function localizeCohortText(lang: Language, text: string): string {
  if (lang === "en") return text;
  const key = KEY_BY_ENGLISH.get(text);
  if (key) return t(lang, key);
  let m = /^(Week|Month|Quarter|Year) (\d+)$/.exec(text);
  if (m) return ordinal(lang, periodOf(m[1])!, Number(m[2]));
  m = /^(Week|Month|Quarter|Year)s since first purchase$/.exec(text);
  if (m) return t(lang, PERIOD_KEYS[periodOf(m[1])!].since);
  m = /^(Active customers|Retention|Revenue) by cohort and (week|month|quarter|year) since first purchase$/.exec(text);
  if (m) return fill(lang, "cohrTableTitle", { measure: t(lang, MEASURE_KEYS[m[1]]), unit: unitName(lang, periodOf(m[2])!) });
  m = /^(Active customers|Retention|Revenue) heat map$/.exec(text);
  if (m) return fill(lang, "cohrHeatTitle", { measure: t(lang, MEASURE_KEYS[m[1]]) });
  m = /^Retention by (week|month|quarter|year) since first purchase( \(latest (\d+) cohorts\))?$/.exec(text);
  if (m) return fill(lang, "cohrCurvesChart", { unit: unitName(lang, periodOf(m[1])!) }) + (m[2] ? fill(lang, "cohrLatest", { n: m[3] }) : "");
  m = /^Churn rate by (week|month|quarter|year)$/.exec(text);
  if (m) return fill(lang, "cohrRateTitle", { unit: unitName(lang, periodOf(m[1])!) });
  return text;
}

/** Columns whose cells are engine words (status, the biggest-drop flag) rather than the user's data. */
const WORD_COLUMNS = new Set(["Status", "Biggest drop"]);

function localizeTable(lang: Language, table: ReportTable): ReportTable {
  const text = (s: string) => localizeCohortText(lang, s);
  const wordCols = table.header.map((h) => WORD_COLUMNS.has(h));
  const rows: Cell[][] = wordCols.some(Boolean) ? table.rows.map((row) => row.map((cell, j) => (wordCols[j] && typeof cell === "string" ? text(cell) : cell))) : table.rows;
  return { ...table, title: text(table.title), header: table.header.map(text), rows };
}

function localizeChart(lang: Language, chart: ChartSpec): ChartSpec {
  const text = (s: string) => localizeCohortText(lang, s);
  return { ...chart, title: text(chart.title), category: text(chart.category), series: chart.series.map(text), secondaryAxis: chart.secondaryAxis?.map(text) };
}

/** The report in `lang`: titles, headers, fact labels, period and measure, status words. */
export function localizeCohortReport(lang: Language, report: Report): Report {
  if (lang === "en") return report;
  return {
    ...report,
    title: localizeCohortText(lang, report.title),
    facts: report.facts.map((f) => {
      const value =
        f.key === "period" && typeof f.value === "string" && periodOf(f.value)
          ? unitName(lang, periodOf(f.value)!)
          : f.key === "measure" && typeof f.value === "string" && MEASURE_BY_VALUE[f.value]
            ? t(lang, MEASURE_BY_VALUE[f.value])
            : f.value;
      return { ...f, label: localizeCohortText(lang, f.label), value };
    }),
    tables: report.tables.map((table) => localizeTable(lang, table)),
    charts: report.charts.map((chart) => localizeChart(lang, chart)),
  };
}

const fact = (report: Report, key: string) => report.facts.find((f) => f.key === key)?.value;
const num = (v: Cell | undefined) => (typeof v === "number" ? v : undefined);

// ---- Cohorts ----

export interface CohortReading {
  /** Cohort label, its size and retention in periods 1, 2, 3 (those observed). */
  cohort: string;
  size: number;
  shares: { k: number; share: number }[];
}

/** Retention of the oldest cohort in its first periods after acquisition (what "of customers acquired in 2024-01, 34% bought again in month 1" reads). */
export function oldestCohortReading(retention: ReportTable, periods = 3): CohortReading | undefined {
  const row = retention.rows[0];
  if (!row) return undefined;
  const shares: CohortReading["shares"] = [];
  for (let k = 1; k <= periods; k++) {
    const v = num(row[2 + k]);
    if (v !== undefined) shares.push({ k, share: v });
  }
  return { cohort: String(row[0]), size: Number(row[1]), shares };
}

/** The cohorts with the highest and the lowest retention in period 1 (among those observed that long; ties: the earlier cohort). */
export function bestAndWorst(retention: ReportTable): { best: [string, number]; worst: [string, number] } | undefined {
  const seen: [string, number][] = [];
  for (const row of retention.rows) {
    const v = num(row[3]);
    if (v !== undefined) seen.push([String(row[0]), v]);
  }
  if (seen.length < 2) return undefined;
  let best = seen[0];
  let worst = seen[0];
  for (const x of seen) {
    if (x[1] > best[1]) best = x;
    if (x[1] < worst[1]) worst = x;
  }
  return best[1] === worst[1] ? undefined : { best, worst };
}

/** Retention in period 1 over the cohorts observed that long, weighted by cohort size (as the engine's explanation). */
export function pooledFirstPeriod(retention: ReportTable): number | undefined {
  let active = 0;
  let size = 0;
  for (const row of retention.rows) {
    const v = num(row[3]);
    if (v === undefined) continue;
    active += v * Number(row[1]);
    size += Number(row[1]);
  }
  return size > 0 ? active / size : undefined;
}

function cohortPeriod(out: CohortOutput): Period {
  return (fact(out.report, "period") as Period) ?? "month";
}

/** The plain-language reading of the cohorts, in the pane's language. */
export function cohortLines(lang: Language, out: CohortOutput): string[] {
  const period = cohortPeriod(out);
  const unit = unitName(lang, period);
  const rows = out.retention.rows;
  const lines = [
    fill(lang, "cohSummary", {
      cohorts: formatNumber(lang, rows.length),
      customers: formatNumber(lang, Number(fact(out.report, "customers") ?? 0)),
      unit,
      first: String(rows[0]?.[0] ?? ""),
      last: String(rows[rows.length - 1]?.[0] ?? ""),
    }),
  ];
  const reading = oldestCohortReading(out.retention);
  if (reading) {
    const size = formatNumber(lang, reading.size);
    if (reading.shares.length === 0) lines.push(fill(lang, "cohReadingNone", { cohort: reading.cohort, size, unit }));
    else {
      const sep = lang === "zh" ? "，" : ", ";
      const list = reading.shares.map((x) => fill(lang, "cohReadingItem", { share: formatShare(lang, x.share), ord: lang === "en" ? ordinal(lang, period, x.k).toLowerCase() : ordinal(lang, period, x.k) })).join(sep);
      lines.push(fill(lang, "cohReading", { cohort: reading.cohort, size, list }));
    }
  }
  const pooled = pooledFirstPeriod(out.retention);
  if (pooled !== undefined) lines.push(fill(lang, "cohAverageLine", { share: formatShare(lang, pooled), unit }));
  const bw = bestAndWorst(out.retention);
  if (bw) {
    const ord = ordinal(lang, period, 1);
    lines.push(
      fill(lang, "cohBestLine", {
        ord: lang === "en" ? ord.toLowerCase() : ord,
        best: bw.best[0],
        bestShare: formatShare(lang, bw.best[1]),
        worst: bw.worst[0],
        worstShare: formatShare(lang, bw.worst[1]),
      }),
    );
  }
  const partial = out.report.explanation.find((l) => l.startsWith(`The last ${period} is incomplete`));
  if (partial) {
    const date = /data end on (\d{4}-\d{2}-\d{2})/.exec(partial)?.[1] ?? "";
    lines.push(fill(lang, "cohPartialLine", { unit, date }));
  }
  return lines;
}

/** The engine's notes on skipped rows and refunds (what the reading does not say), in English. */
export function cohortNotes(out: CohortOutput): string[] {
  return out.report.explanation.filter((l) => /skipped|refund|left out/i.test(l));
}

/** One retention line per cohort of the curves table, only the periods observed (blank cells end a line). */
export function curveLines(curves: ReportTable): { name: string; points: { x: number; y: number }[] }[] {
  return curves.header.slice(1).map((name, j) => ({
    name,
    points: curves.rows.flatMap((row) => (typeof row[j + 1] === "number" ? [{ x: Number(row[0]), y: row[j + 1] as number }] : [])),
  }));
}

const quoted = (s: string) => `"${s}"`;

/** =CX.COHORT(customers, dates, [period], [measure], [amounts]) */
export function cohortFormula(range: RangeData, mapping: TransactionMapping, s: CohortSettings): string {
  const args = [columnAddress(range, mapping.customer), columnAddress(range, mapping.date), s.period === "month" ? "" : quoted(s.period), s.measure === "customers" ? "" : quoted(s.measure)];
  if (s.measure === "revenue") args.push(columnAddress(range, mapping.amount));
  while (args[args.length - 1] === "") args.pop();
  return `=CX.COHORT(${args.join(",")})`;
}

/** The cohort sheet: the reading first, the cohort table (no Excel table: the heat map carries it), the heat map with its color scale, the curves. */
export function cohortSheetReport(lang: Language, out: CohortOutput): Report {
  const main = localizeCohortReport(lang, out.report);
  const notes = lang === "en" ? out.report.explanation : cohortNotes(out);
  return { ...main, explanation: [...cohortLines(lang, out), ...notes] };
}

// ---- Churn ----

export function churnLines(lang: Language, out: ChurnOutput): string[] {
  const r = out.report;
  const customers = Number(fact(r, "customers") ?? 0);
  const churned = Number(fact(r, "churned") ?? 0);
  const asOfDay = Number(fact(r, "asOf") ?? 0);
  const lines = [
    fill(lang, "cohChurnSummary", {
      date: isoFromSerial(asOfDay),
      churned: formatNumber(lang, churned),
      customers: formatNumber(lang, customers),
      share: formatShare(lang, customers > 0 ? churned / customers : 0),
      active: formatNumber(lang, customers - churned),
    }),
    fill(lang, "cohChurnRule", { days: formatNumber(lang, Number(fact(r, "inactiveDays") ?? 0)) }),
  ];
  const rates = findTable(r, "rates");
  const period = churnPeriod(r);
  if (period && rates.rows.length > 0) {
    const unit = unitName(lang, period);
    let lost = 0;
    let exposed = 0;
    for (const row of rates.rows) {
      lost += Number(row[4]);
      exposed += Number(row[3]);
    }
    if (exposed > 0) lines.push(fill(lang, "cohChurnAverage", { unit, share: formatShare(lang, lost / exposed) }));
    const last = rates.rows[rates.rows.length - 1];
    if (typeof last[5] === "number") {
      lines.push(fill(lang, "cohChurnLatest", { unit, label: String(last[0]), share: formatShare(lang, last[5]), churned: formatNumber(lang, Number(last[4])), active: formatNumber(lang, Number(last[3])) }));
    }
  }
  if (out.ratesProblem) lines.push(fill(lang, "cohRatesProblem", { message: out.ratesProblem.replace(/\.$/, "") }));
  return lines;
}

/** The period of the churn-rate table, from its title ("Churn rate by month"). */
export function churnPeriod(report: Report): Period | undefined {
  const m = /^Churn rate by (week|month|quarter|year)$/.exec(findTable(report, "rates").title);
  return m ? (m[1] as Period) : undefined;
}

/** Excel serial (1900 system) to yyyy-mm-dd. */
export function isoFromSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** The churn-rate chart for the pane: periods with a rate only (the first period, with no one active at its start, has none). */
export function churnRatePoints(report: Report): { label: string; rate: number }[] {
  return findTable(report, "rates").rows.flatMap((row) => (typeof row[5] === "number" ? [{ label: String(row[0]), rate: row[5] }] : []));
}

/** =CX.CHURN(customers, dates, [as_of], [inactive_days]) */
export function churnFormula(range: RangeData, mapping: TransactionMapping, s: ChurnSettings): string {
  const args = [columnAddress(range, mapping.customer), columnAddress(range, mapping.date), s.asOf ? quoted(s.asOf) : "", s.inactiveDays === 90 ? "" : String(s.inactiveDays)];
  while (args[args.length - 1] === "") args.pop();
  return `=CX.CHURN(${args.join(",")})`;
}

/** The churn sheet: the rate table and status summary beside the charts (rate line, churned and new columns), every customer's status below. */
export function churnSheetReport(lang: Language, out: ChurnOutput): Report {
  const r = out.report;
  const period = churnPeriod(r);
  const extra: ChartSpec[] =
    r.charts.length > 0 && period
      ? [{ type: "column", title: fill("en", "cohChurnedNewChart", { unit: period }), table: "rates", category: "Period", series: ["Churned", "New customers"] }]
      : [];
  const main = localizeCohortReport(lang, { ...r, charts: [...r.charts, ...extra] });
  if (lang !== "en" && extra.length > 0) main.charts[main.charts.length - 1].title = fill(lang, "cohChurnedNewChart", { unit: unitName(lang, period!) });
  const notes = lang === "en" ? r.explanation : r.explanation.filter((l) => /skipped|left out/i.test(l));
  return { ...main, explanation: [...churnLines(lang, out), ...notes] };
}

// ---- Funnel ----

/** A share with up to one decimal ("33.9%", "9%"): funnel steps differ by less than whole percents. */
export function preciseShare(lang: Language, share: number): string {
  return share.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { style: "percent", maximumFractionDigits: 1 });
}

export interface FunnelStepView {
  stage: string;
  count: number;
  step: number | undefined;
  overall: number;
  lost: number;
  biggestDrop: boolean;
}

export function funnelSteps(report: Report): FunnelStepView[] {
  return findTable(report, "funnel").rows.map((row) => ({
    stage: String(row[0]),
    count: Number(row[1]),
    step: num(row[2]),
    overall: Number(row[3]),
    lost: Number(row[4]),
    biggestDrop: row[5] !== "",
  }));
}

export function funnelLines(lang: Language, out: FunnelOutput): string[] {
  const steps = funnelSteps(out.report);
  const first = steps[0];
  const last = steps[steps.length - 1];
  const lines = [
    fill(lang, "cohFunnelSummary", {
      n: steps.length,
      first: first.stage,
      firstCount: formatNumber(lang, first.count, 2),
      last: last.stage,
      lastCount: formatNumber(lang, last.count, 2),
      share: preciseShare(lang, last.overall),
    }),
  ];
  const d = steps.findIndex((s) => s.biggestDrop);
  if (d < 0) return [...lines, t(lang, "cohFunnelNoDrop")];
  lines.push(
    fill(lang, "cohFunnelDrop", {
      from: steps[d - 1].stage,
      to: steps[d].stage,
      share: preciseShare(lang, 1 - (steps[d].step ?? 0)),
      count: formatNumber(lang, steps[d - 1].count, 2),
      lost: formatNumber(lang, steps[d].lost, 2),
    }),
  );
  let most = 1;
  for (let i = 1; i < steps.length; i++) if (steps[i].lost > steps[most].lost) most = i;
  if (most !== d && steps[most].lost > 0) {
    lines.push(fill(lang, "cohFunnelMostLost", { lost: formatNumber(lang, steps[most].lost, 2), from: steps[most - 1].stage, to: steps[most].stage }));
  }
  return lines;
}

/** =CX.FUNNEL(stage_names, counts) over the two columns of the range. */
export function funnelFormula(range: RangeData, input: Pick<FunnelTaskInput, "stage" | "count">): string {
  return `=CX.FUNNEL(${columnAddress(range, input.stage)},${columnAddress(range, input.count)})`;
}

/** Name of the helper table the sheet's funnel chart plots. */
export const FUNNEL_CHART_TABLE = "funnelchart";

/**
 * The funnel sheet. Excel's bar chart draws the first category at the bottom, and the gateway's
 * chart plan has no "reverse category order" (its Office.js side would have to set the category
 * axis' reversePlotOrder and move the value axis). So the chart plots a small helper table with the
 * stages in reverse order (last stage first): the bars then read top-down like the funnel, while
 * the funnel table itself stays top-first, as =CX.FUNNEL spills it.
 */
export function funnelSheetReport(lang: Language, out: FunnelOutput): Report {
  const funnel = findTable(out.report, "funnel");
  const chartTable: ReportTable = {
    name: FUNNEL_CHART_TABLE,
    title: t(lang, "cohFunnelChartData"),
    header: [funnel.header[0], funnel.header[1]],
    rows: [...funnel.rows].reverse().map((row) => [row[0], row[1]]),
    formats: [funnel.formats[0], funnel.formats[1]],
  };
  const main = localizeCohortReport(lang, {
    ...out.report,
    tables: [...out.report.tables, chartTable],
    charts: out.report.charts.map((c) => (c.type === "bar" && c.table === "funnel" ? { ...c, table: FUNNEL_CHART_TABLE } : c)),
  });
  // English: the engine's explanation (the same reading, with the definitions and skipped rows).
  return { ...main, explanation: lang === "en" ? out.report.explanation : funnelLines(lang, out) };
}

/** Cohorts drawn in the curves chart (the engine's limit). */
export const CURVES_SHOWN = CURVE_COHORTS;
