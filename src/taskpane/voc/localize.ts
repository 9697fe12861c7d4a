// The survey engine's report in the pane's language. The engine (src/core/voc) writes English
// titles, headers and fact labels, some with a confidence level or a scale inside ("95% CI low",
// "Satisfied (4-5)", "NPS by month"); they are matched exactly or by pattern and translated.
// Values from the user's data (segment names, the segment column's header) are kept as they are.
import type { Cell, ChartSpec, Report, ReportTable } from "../../core/report";
import { localizeText } from "../rfm/localize";
import { fill, type Language, t } from "../i18n/strings";
import { vocEn, type VocKey } from "../i18n/voc-strings";

const EXACT = new Map<string, VocKey>(
  (Object.entries(vocEn) as [VocKey, string][]).filter(([key, text]) => key.startsWith("vr") && !text.includes("{")).map(([key, text]) => [text, key]),
);

const CI = /^(?:(CSAT|Mean|Share) )?(\d[\d.]*%) CI (low|high)$/;
const CI_KEYS: Record<string, [VocKey, VocKey]> = {
  "": ["vrCiLow", "vrCiHigh"],
  CSAT: ["vrCsatCiLow", "vrCsatCiHigh"],
  Mean: ["vrMeanCiLow", "vrMeanCiHigh"],
  Share: ["vrShareCiLow", "vrShareCiHigh"],
};
const PERIOD_KEYS: Record<string, VocKey> = { week: "vocWeek", month: "vocMonth", quarter: "vocQuarter", year: "vocYear" };

/** A survey report text in `lang`; texts that are not the engine's (user data) unchanged. */
export function localizeVocText(lang: Language, text: string): string {
  if (lang === "en") return text;
  const key = EXACT.get(text);
  if (key) return t(lang, key);
  let m = CI.exec(text);
  if (m) return fill(lang, CI_KEYS[m[1] ?? ""][m[3] === "low" ? 0 : 1], { level: m[2] });
  m = /^Satisfied \((.+)\)$/.exec(text);
  if (m) return fill(lang, "vrSatisfied", { box: m[1] });
  m = /^(NPS|CSAT|CES) by (.+)$/.exec(text);
  if (m) return fill(lang, "vrBy", { metric: m[1], what: PERIOD_KEYS[m[2]] ? t(lang, PERIOD_KEYS[m[2]]) : localizeText(lang, m[2]) });
  return localizeText(lang, text);
}

/** The label of a breakdown's total row: "Total", or "All answers" when a group is called Total. */
const TOTAL_ROWS = new Set(["byGroup"]);

function localizeTable(lang: Language, table: ReportTable): ReportTable {
  const text = (s: string) => localizeVocText(lang, s);
  const groupCol = table.name === "distribution" ? table.header.indexOf("Group") : -1;
  const rows: Cell[][] = table.rows.map((row, i) =>
    row.map((cell, j) => {
      if (typeof cell !== "string") return cell;
      if (j === groupCol) return text(cell);
      // Only the last row of a breakdown is the engine's total; other first cells are the user's segments.
      if (j === 0 && TOTAL_ROWS.has(table.name) && i === table.rows.length - 1) return text(cell);
      return cell;
    }),
  );
  return { ...table, title: text(table.title), header: table.header.map(text), rows };
}

function localizeChart(lang: Language, chart: ChartSpec): ChartSpec {
  const text = (s: string) => localizeVocText(lang, s);
  return { ...chart, title: text(chart.title), category: text(chart.category), series: chart.series.map(text), secondaryAxis: chart.secondaryAxis?.map(text) };
}

export function localizeVocReport(lang: Language, report: Report): Report {
  if (lang === "en") return report;
  return {
    ...report,
    title: localizeVocText(lang, report.title),
    facts: report.facts.map((f) => ({ ...f, label: localizeVocText(lang, f.label) })),
    tables: report.tables.map((table) => localizeTable(lang, table)),
    charts: report.charts.map((chart) => localizeChart(lang, chart)),
  };
}
