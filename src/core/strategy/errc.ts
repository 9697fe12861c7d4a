// The ERRC grid (Eliminate, Reduce, Raise, Create) from a current and a proposed value curve.
import { Cell, Report, ReportTable } from "../report";
import { asGrid, readSegmentRange } from "../segment/data";
import { isBlank } from "../table/blank";
import { argError, cellError } from "../table/errors";

export type ErrcAction = "Eliminate" | "Reduce" | "Raise" | "Create" | "Keep";
export const ERRC_GRID_TABLE = "grid";
export const ERRC_FACTORS_TABLE = "factors";

export interface ErrcFactor {
  factor: string;
  current: number;
  proposed: number;
  industry?: number;
  action: ErrcAction;
}

/**
 * The action for one factor: Eliminate (proposed 0, current above 0); Create (proposed above 0,
 * current 0, and the industry at 0 when given; otherwise Raise); Reduce (proposed below current);
 * Raise (above); Keep (unchanged).
 */
export function errcAction(current: number, proposed: number, industry?: number): ErrcAction {
  if (proposed === 0 && current > 0) return "Eliminate";
  if (current === 0 && proposed > 0) return industry === undefined || industry === 0 ? "Create" : "Raise";
  if (proposed < current) return "Reduce";
  if (proposed > current) return "Raise";
  return "Keep";
}

export function errcAnalysis(factors: unknown, current: unknown, proposed: unknown, industry?: unknown): { factors: ErrcFactor[]; sourceRows: Int32Array; hasHeader: boolean; report: Report } {
  const cg = asGrid(current);
  const pg = asGrid(proposed);
  const ig = asGrid(industry);
  const withIndustry = !ig.every((r) => r.every(isBlank));
  const one = (g: unknown[][], label: string) => {
    if (g.some((r) => r.length > 1)) throw argError(label, "expected a single column, one level per factor");
    if (g.length !== cg.length) throw argError(label, `has ${g.length} rows but current_levels has ${cg.length}; give one per factor`);
  };
  if (cg.some((r) => r.length > 1)) throw argError("current_levels", "expected a single column, one level per factor");
  one(pg, "new_levels");
  if (withIndustry) one(ig, "industry_levels");
  const joined = cg.map((r, i) => (withIndustry ? [r[0], pg[i][0], ig[i][0]] : [r[0], pg[i][0]]));
  const data = readSegmentRange(joined, { label: "levels", extra: { values: factors, spec: { kind: "category", label: "factors" } } });
  const labels = ["current_levels", "new_levels", "industry_levels"];
  const out: ErrcFactor[] = [];
  for (let i = 0; i < data.n; i++) {
    const v = Array.from({ length: data.d }, (_, j) => data.X[i * data.d + j]);
    v.forEach((x, j) => {
      if (x < 0) throw cellError(labels[j], data.sourceRows[i], `${x} is below 0; levels run from 0 (not offered) up`);
    });
    const name = data.extra?.[i] || `Factor ${i + 1}`;
    out.push({ factor: name, current: v[0], proposed: v[1], industry: withIndustry ? v[2] : undefined, action: errcAction(v[0], v[1], withIndustry ? v[2] : undefined) });
  }
  const actions: ErrcAction[] = ["Eliminate", "Reduce", "Raise", "Create"];
  const lists = actions.map((a) => out.filter((f) => f.action === a).map((f) => f.factor));
  const height = Math.max(1, ...lists.map((l) => l.length));
  const gridRows: Cell[][] = Array.from({ length: height }, (_, i) => lists.map((l) => l[i] ?? ""));
  const grid: ReportTable = { name: ERRC_GRID_TABLE, title: "ERRC grid", header: [...actions], rows: gridRows, formats: ["text", "text", "text", "text"] };
  const table: ReportTable = {
    name: ERRC_FACTORS_TABLE,
    title: "Factors",
    header: ["Factor", "Current", "New", "Change", ...(withIndustry ? ["Industry"] : []), "Action"],
    rows: out.map((f) => [f.factor, f.current, f.proposed, f.proposed - f.current, ...(withIndustry ? [f.industry!] : []), f.action]),
    formats: ["text", "number", "number", "number", ...(withIndustry ? (["number"] as const) : []), "text"],
  };
  const curves: ReportTable = {
    name: "curves",
    title: "Current and new curve",
    header: ["Factor", "Current", "New", ...(withIndustry ? ["Industry"] : [])],
    rows: out.map((f) => [f.factor, f.current, f.proposed, ...(withIndustry ? [f.industry!] : [])]),
    formats: ["text", "number", "number", ...(withIndustry ? (["number"] as const) : [])],
  };
  const explanation = [
    ...actions.map((a, k) => `${a}: ${lists[k].length > 0 ? lists[k].join(", ") : "none"}.`),
    `${out.filter((f) => f.action === "Keep").length} factor(s) keep their level.`,
    ...data.notes,
  ];
  return {
    factors: out,
    sourceRows: data.sourceRows,
    hasHeader: data.hasHeader,
    report: {
      title: "ERRC grid",
      facts: [],
      tables: [grid, table, curves],
      charts: [{ type: "line", title: "Current and new value curve", table: "curves", category: "Factor", series: curves.header.slice(1) }],
      explanation,
    },
  };
}
