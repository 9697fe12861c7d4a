// Table rows of the survey measures, shared by the single-result tables (=CX.NPS, =CX.CSAT,
// =CX.CES spill one row) and the breakdowns (one row per group or period, then the total).
import { Cell, ColumnFormat, ReportTable } from "../report";
import { confidenceLabel } from "./args";
import { CesResult } from "./ces";
import { CsatResult } from "./csat";
import { NpsResult } from "./nps";

export interface MeasureColumns<T> {
  header: string[];
  formats: ColumnFormat[];
  row: (r: T) => Cell[];
}

const optional = (v: number | undefined): Cell => (v === undefined ? "" : v);

export function npsColumns(confidence: number): MeasureColumns<NpsResult> {
  const c = confidenceLabel(confidence);
  return {
    header: ["Respondents", "Promoters", "Passives", "Detractors", "NPS", "Standard error", `${c} CI low`, `${c} CI high`],
    formats: ["integer", "percent", "percent", "percent", "number", "number", "number", "number"],
    row: (r) => [r.n, r.promoterShare, r.passiveShare, r.detractorShare, r.nps, r.se, r.interval.lower, r.interval.upper],
  };
}

/** "4-5", or "5" when the top box is the top answer alone. */
export function topBoxLabel(topBox: number, scale: number): string {
  return topBox === scale ? `${scale}` : `${topBox}-${scale}`;
}

export function csatColumns(confidence: number, topBox: number, scale: number): MeasureColumns<CsatResult> {
  const c = confidenceLabel(confidence);
  return {
    header: ["Respondents", `Satisfied (${topBoxLabel(topBox, scale)})`, "CSAT", `CSAT ${c} CI low`, `CSAT ${c} CI high`, "Mean", `Mean ${c} CI low`, `Mean ${c} CI high`],
    formats: ["integer", "integer", "percent", "percent", "percent", "number", "number", "number"],
    row: (r) => [r.n, r.satisfied, r.share, r.interval.lower, r.interval.upper, r.mean.mean, optional(r.mean.interval?.lower), optional(r.mean.interval?.upper)],
  };
}

export function cesColumns(confidence: number, scale: 5 | 7): MeasureColumns<CesResult> {
  const c = confidenceLabel(confidence);
  const mean = (r: CesResult): Cell[] => [r.mean.mean, optional(r.mean.interval?.lower), optional(r.mean.interval?.upper)];
  if (scale === 5) {
    return {
      header: ["Respondents", "Mean effort (1-5, lower is easier)", `Mean ${c} CI low`, `Mean ${c} CI high`],
      formats: ["integer", "number", "number", "number"],
      row: (r) => [r.n, ...mean(r)],
    };
  }
  return {
    header: ["Respondents", "Mean ease (1-7, higher is easier)", `Mean ${c} CI low`, `Mean ${c} CI high`, "Agree (5-7)", "Share agreeing", `Share ${c} CI low`, `Share ${c} CI high`],
    formats: ["integer", "number", "number", "number", "integer", "percent", "percent", "percent"],
    row: (r) => [r.n, ...mean(r), r.agree!, r.agreeShare!, r.agreeInterval!.lower, r.agreeInterval!.upper],
  };
}

export function singleTable<T>(name: string, title: string, cols: MeasureColumns<T>, result: T): ReportTable {
  return { name, title, header: cols.header, rows: [cols.row(result)], formats: cols.formats };
}

export interface Named<T> {
  name: string;
  result: T;
}

export const TOTAL_LABEL = "Total";

/** One row per group, then the total ("All answers" when a group is itself called Total). */
export function breakdownTable<T>(name: string, title: string, first: string, cols: MeasureColumns<T>, groups: Named<T>[], total?: T): ReportTable {
  const rows = groups.map((g) => [g.name, ...cols.row(g.result)]);
  if (total !== undefined) {
    const label = groups.some((g) => g.name.trim().toLowerCase() === TOTAL_LABEL.toLowerCase()) ? "All answers" : TOTAL_LABEL;
    rows.push([label, ...cols.row(total)]);
  }
  return { name, title, header: [first, ...cols.header], rows, formats: ["text", ...cols.formats] };
}

/** Answers and shares per score, for the distribution chart. */
export function distributionTable(counts: readonly number[], firstScore: number, extra?: { header: string; of: (score: number) => string }): ReportTable {
  const n = counts.reduce((a, b) => a + b, 0);
  return {
    name: "distribution",
    title: "Answers by score",
    header: ["Score", "Answers", "Share", ...(extra ? [extra.header] : [])],
    rows: counts.map((c, i) => [String(firstScore + i), c, n > 0 ? c / n : 0, ...(extra ? [extra.of(firstScore + i)] : [])]),
    formats: ["text", "integer", "percent", ...(extra ? (["text"] as ColumnFormat[]) : [])],
  };
}
