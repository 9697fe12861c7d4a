// Value curves on the strategy canvas (blue-ocean strategy): per factor our level against the
// industry (the other offerings) and the suggested ERRC action; curve-level measures divergence
// and focus. Pure: no Office, React or Node imports.
import { Cell, Report, ReportTable } from "../report";
import { asGrid, readSegmentRange, SegmentData } from "../segment/data";
import { isBlank } from "../table/blank";
import { argError, cellError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { numberArg, scalarOf } from "../table/scalars";
import { parseCategory } from "../table/text";

export type CanvasAction = "Eliminate" | "Reduce" | "Match" | "Raise" | "Create";
export const CANVAS_ACTIONS: readonly CanvasAction[] = ["Eliminate", "Reduce", "Match", "Raise", "Create"];
export const VALUECURVE_TABLE = "factors";
export const CANVAS_TABLE = "canvas";
export const CURVE_SUMMARY_TABLE = "summary";

export interface CanvasData {
  factors: string[];
  /** Offering names, in column order. */
  offerings: string[];
  /** levels[i][j]: level of factor i for offering j. */
  levels: number[][];
  /** Column index of our offering. */
  own: number;
  sourceRows: Int32Array;
  hasHeader: boolean;
  notes: string[];
  /** Optional importance of each factor (evidence: Kano Better, CSAT by feature, ...). */
  importance?: number[];
}

export interface FactorRow {
  factor: string;
  importance?: number;
  ours: number;
  industry: number;
  min: number;
  max: number;
  gap: number;
  action: CanvasAction;
}

/** Reads the levels (a header row names the offerings), the factor names and the optional importance column. */
export function readCanvas(factors: unknown, levels: unknown, offeringNames?: unknown, ownOffering?: unknown, importance?: unknown): CanvasData {
  const grid = asGrid(levels);
  const hasImportance = !asGrid(importance).every((row) => row.every(isBlank));
  let data: SegmentData;
  let imp: number[] | undefined;
  if (hasImportance) {
    // Read importance as an extra numeric column of the levels grid so blank rows line up.
    const ig = asGrid(importance);
    if (ig.some((r) => r.length > 1)) throw argError("importance", "expected a single column, one value per factor");
    if (ig.length !== grid.length) throw argError("importance", `has ${ig.length} rows but levels has ${grid.length}; give one per factor`);
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    // levels with a header row and importance without one: the importance column gets a header too.
    const levelsHeader = (grid[0] ?? []).some((c) => typeof c === "string" && c.trim() !== "" && parseNumber(c) === undefined);
    const joined = grid.map((r, i) => {
      const row = Array.from({ length: width }, (_, j) => r[j]);
      row.push(i === 0 && levelsHeader && typeof ig[0][0] !== "string" ? "Importance" : ig[i][0]);
      return row;
    });
    data = readSegmentRange(joined, { label: "levels", extra: { values: factors, spec: { kind: "category", label: "factors" } } });
    const d = data.d - 1;
    imp = Array.from({ length: data.n }, (_, i) => data.X[i * data.d + d]);
    const X = new Float64Array(data.n * d);
    for (let i = 0; i < data.n; i++) for (let j = 0; j < d; j++) X[i * d + j] = data.X[i * data.d + j];
    data = { ...data, X, d, names: data.names.slice(0, d) };
  } else {
    data = readSegmentRange(levels, { label: "levels", extra: { values: factors, spec: { kind: "category", label: "factors" } } });
  }
  if (data.d < 2) throw argError("levels", "needs at least two columns: one per offering, ours and at least one competitor");
  const rows: number[][] = [];
  for (let i = 0; i < data.n; i++) {
    const row: number[] = [];
    for (let j = 0; j < data.d; j++) {
      const v = data.X[i * data.d + j];
      if (v < 0) throw cellError(data.hasHeader ? `levels (${data.names[j]})` : `levels column ${j + 1}`, data.sourceRows[i], `${v} is below 0; levels run from 0 (not offered) up`);
      row.push(v);
    }
    rows.push(row);
  }
  const offerings = offeringNamesArg(offeringNames, data);
  const own = ownArg(ownOffering, offerings);
  const names = (data.extra ?? []).map((f, i) => f || `Factor ${i + 1}`);
  return { factors: names, offerings, levels: rows, own, sourceRows: data.sourceRows, hasHeader: data.hasHeader, notes: data.notes, importance: imp };
}

function offeringNamesArg(v: unknown, data: SegmentData): string[] {
  const cells = asGrid(v).flat();
  if (cells.every(isBlank)) return data.hasHeader ? data.names : data.names.map((_, j) => `Offering ${j + 1}`);
  if (cells.length !== data.d) throw argError("offering_names", `has ${cells.length} names but levels has ${data.d} columns; give one name per offering`);
  const names = cells.map((c, j) => (isBlank(c) ? `Offering ${j + 1}` : (parseCategory(c) ?? `Offering ${j + 1}`)));
  if (new Set(names).size !== names.length) throw argError("offering_names", "has a name twice; give each offering its own name");
  return names;
}

/** Our offering: its name or its 1-based column number (default 1, the first column). */
function ownArg(v: unknown, offerings: string[]): number {
  v = scalarOf(v);
  if (isBlank(v)) return 0;
  if (Array.isArray(v)) throw argError("own_offering", "must be a single cell: the name or column number of our offering");
  const n = parseNumber(v);
  if (n !== undefined) {
    if (!Number.isInteger(n) || n < 1 || n > offerings.length) throw argError("own_offering", `${describeCell(v)} must be a column number from 1 to ${offerings.length} or an offering's name`);
    return n - 1;
  }
  const s = typeof v === "string" ? v.trim().toLowerCase() : "";
  const j = offerings.findIndex((o) => o.toLowerCase() === s);
  if (j < 0) throw argError("own_offering", `${describeCell(v)} is not one of the offerings: ${offerings.join(", ")}`);
  return j;
}

export function toleranceArg(v: unknown): number {
  return numberArg("tolerance", v, 0, (n) => (n < 0 || n > 1e6 ? `${n} must be 0 or more (a gap this small counts as Match)` : undefined));
}

/**
 * The action for one factor. In this order: Create (ours above 0, every competitor 0); Eliminate
 * (ours 0, industry average above the tolerance); Match (|gap| within the tolerance); Reduce (gap
 * below 0); Raise (gap above 0).
 */
export function canvasAction(ours: number, industry: number, competitorMax: number, tolerance: number): CanvasAction {
  const gap = ours - industry;
  if (ours > 0 && competitorMax === 0) return "Create";
  if (ours === 0 && industry > tolerance) return "Eliminate";
  if (Math.abs(gap) <= tolerance) return "Match";
  return gap < 0 ? "Reduce" : "Raise";
}

export function factorRows(c: CanvasData, tolerance: number): FactorRow[] {
  return c.levels.map((row, i) => {
    const others = row.filter((_, j) => j !== c.own);
    const ours = row[c.own];
    const industry = others.reduce((a, b) => a + b, 0) / others.length;
    const min = Math.min(...others);
    const max = Math.max(...others);
    return { factor: c.factors[i], importance: c.importance?.[i], ours, industry, min, max, gap: ours - industry, action: canvasAction(ours, industry, max, tolerance) };
  });
}

export interface CurveMeasures {
  /** Mean absolute gap to the industry average. */
  divergence: number;
  /** Share of factors where our level is above every competitor's. */
  focus: number;
  /** Importance-weighted mean gap (when importance is given). */
  weightedGap?: number;
  counts: Record<CanvasAction, number>;
}

export function curveMeasures(rows: FactorRow[]): CurveMeasures {
  const n = rows.length;
  const counts = Object.fromEntries(CANVAS_ACTIONS.map((a) => [a, 0])) as Record<CanvasAction, number>;
  for (const r of rows) counts[r.action]++;
  const divergence = rows.reduce((s, r) => s + Math.abs(r.gap), 0) / n;
  const focus = rows.filter((r) => r.ours > r.max).length / n;
  let weightedGap: number | undefined;
  if (rows.every((r) => r.importance !== undefined)) {
    const w = rows.reduce((s, r) => s + Math.abs(r.importance!), 0);
    weightedGap = w > 0 ? rows.reduce((s, r) => s + (Math.abs(r.importance!) / w) * r.gap, 0) : 0;
  }
  return { divergence, focus, weightedGap, counts };
}

export interface ValueCurveOptions {
  tolerance?: number;
}

export function valueCurveAnalysis(c: CanvasData, options: ValueCurveOptions = {}): { rows: FactorRow[]; measures: CurveMeasures; report: Report } {
  const tolerance = options.tolerance ?? 0;
  const rows = factorRows(c, tolerance);
  const m = curveMeasures(rows);
  const withImp = c.importance !== undefined;
  const header = ["Factor", ...(withImp ? ["Importance"] : []), "Ours", "Industry average", "Competitor min", "Competitor max", "Gap", "Action"];
  const body: Cell[][] = rows.map((r) => [r.factor, ...(withImp ? [r.importance!] : []), r.ours, r.industry, r.min, r.max, r.gap, r.action]);
  const factorsTable: ReportTable = {
    name: VALUECURVE_TABLE,
    title: "Value curve",
    header,
    rows: body,
    formats: ["text", ...(withImp ? (["number"] as const) : []), "number", "number", "number", "number", "number", "text"],
  };
  const ownName = c.offerings[c.own];
  const canvas: ReportTable = {
    name: CANVAS_TABLE,
    title: "Strategy canvas",
    header: ["Factor", ...c.offerings],
    rows: c.levels.map((row, i) => [c.factors[i], ...row]),
    formats: ["text", ...c.offerings.map(() => "number" as const)],
  };
  const summaryRows: Cell[][] = [
    ["Factors", rows.length],
    ["Divergence", m.divergence],
    ["Focus", m.focus],
    ...CANVAS_ACTIONS.map((a): Cell[] => [a, m.counts[a]]),
  ];
  if (m.weightedGap !== undefined) summaryRows.push(["Importance-weighted gap", m.weightedGap]);
  const summary: ReportTable = { name: CURVE_SUMMARY_TABLE, title: "Curve measures", header: ["Measure", "Value"], rows: summaryRows, formats: ["text", "number"] };
  const list = (a: CanvasAction) => rows.filter((r) => r.action === a).map((r) => r.factor);
  const explanation = [
    `${ownName} against ${c.offerings.length - 1} other offering(s) on ${rows.length} factor(s); the industry is the average of the others.`,
    `Divergence ${m.divergence.toFixed(2)} (mean absolute gap to the industry average); focus ${(m.focus * 100).toFixed(0)}% (factors where ${ownName} is above every competitor).`,
    ...CANVAS_ACTIONS.filter((a) => a !== "Match" && list(a).length > 0).map((a) => `${a}: ${list(a).join(", ")}.`),
    ...c.notes,
  ];
  return {
    rows,
    measures: m,
    report: {
      title: "Value curve",
      facts: [
        { key: "own", label: "Our offering", value: ownName, format: "text" },
        { key: "tolerance", label: "Match tolerance", value: tolerance, format: "number" },
        { key: "divergence", label: "Divergence", value: m.divergence, format: "number" },
        { key: "focus", label: "Focus", value: m.focus, format: "percent" },
      ],
      tables: [factorsTable, canvas, summary],
      charts: [{ type: "line", title: "Strategy canvas", table: CANVAS_TABLE, category: "Factor", series: [ownName, ...c.offerings.filter((_, j) => j !== c.own)] }],
      explanation,
    },
  };
}
