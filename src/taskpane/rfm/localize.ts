// The engine's report in the pane's language: headers, titles, fact labels and standard segment
// names are translated; values from the user's data (ids, the user's own segment names) are not.
import type { Cell, ChartSpec, Report, ReportTable } from "../../core/report";
import { reportEn, type ReportKey } from "../i18n/report-strings";
import { type Language, t } from "../i18n/strings";

const KEY_BY_ENGLISH = new Map<string, ReportKey>(
  (Object.entries(reportEn) as [ReportKey, string][]).filter(([key]) => !key.startsWith("advice")).map(([key, text]) => [text, key]),
);

/** A known engine text in `lang`; anything else unchanged. */
export function localizeText(lang: Language, text: string): string {
  const key = KEY_BY_ENGLISH.get(text);
  return key ? t(lang, key) : text;
}

const SEGMENT_HEADER = "Segment";

function localizeTable(lang: Language, table: ReportTable): ReportTable {
  const segmentCol = table.header.indexOf(SEGMENT_HEADER);
  const rows: Cell[][] =
    segmentCol < 0
      ? table.rows
      : table.rows.map((row) => row.map((cell, j) => (j === segmentCol && typeof cell === "string" ? localizeText(lang, cell) : cell)));
  return { ...table, title: localizeText(lang, table.title), header: table.header.map((h) => localizeText(lang, h)), rows };
}

function localizeChart(lang: Language, chart: ChartSpec): ChartSpec {
  const text = (s: string) => localizeText(lang, s);
  return {
    ...chart,
    title: text(chart.title),
    category: text(chart.category),
    series: chart.series.map(text),
    secondaryAxis: chart.secondaryAxis?.map(text),
  };
}

export function localizeReport(lang: Language, report: Report): Report {
  if (lang === "en") return report;
  return {
    ...report,
    title: localizeText(lang, report.title),
    facts: report.facts.map((f) => ({ ...f, label: localizeText(lang, f.label) })),
    tables: report.tables.map((table) => localizeTable(lang, table)),
    charts: report.charts.map((chart) => localizeChart(lang, chart)),
  };
}
