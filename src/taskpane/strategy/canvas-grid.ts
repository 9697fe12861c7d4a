// The strategy canvas as the pane edits it: factor rows, one column of levels per offering, an
// optional importance column and the proposed new level of each factor, all kept as the text the
// user typed (or the range gave) until checked. Editing and checking are pure, so the wizard, the
// recipe's refresh and the tests share them.
import type { CanvasData } from "../../core/strategy";
import { isBlank } from "../../core/table/blank";
import { parseNumber } from "../../core/table/number";
import type { RangeData } from "../../excel/gateway";

export interface CanvasGrid {
  factors: string[];
  /** Offering names, in column order. */
  offerings: string[];
  /** levels[i][j]: level of factor i for offering j, as text. */
  levels: string[][];
  /** Evidence for each factor (Kano Better, CSAT by feature, ...), when the grid has the column. */
  importance?: string[];
  /** The proposed new level of our offering for each factor ("" until prefilled). */
  proposed: string[];
}

/** Where a range's columns went: factors in the first column, the importance column (-1 for none), the rest offerings. */
export interface CanvasRangeMapping {
  hasHeader: boolean;
  importance: number;
}

const cellText = (v: unknown): string => (isBlank(v) ? "" : typeof v === "string" ? v.trim() : String(v));

/** The columns of a range that hold offerings' levels. */
export function offeringColumns(cols: number, importance: number): number[] {
  return Array.from({ length: cols }, (_, j) => j).filter((j) => j > 0 && j !== importance);
}

/** A suggested importance column: the one whose header names evidence (importance, Better, CSAT, weight); -1 for none. */
export function suggestImportanceColumn(range: RangeData, hasHeader: boolean): number {
  if (!hasHeader) return -1;
  const header = range.values[0] ?? [];
  const j = header.findIndex((h, k) => k > 0 && typeof h === "string" && /importan|better|csat|weight|重要|权重/i.test(h));
  return offeringColumns(range.cols, j).length >= 2 ? j : -1;
}

/**
 * The grid a range gives: one row per non-empty row (as =CX.VALUECURVE reads it), offering names
 * from the header row or `defaultName(j)`, proposed levels left blank.
 */
export function gridFromRange(range: RangeData, mapping: CanvasRangeMapping, defaultName: (n: number) => string): CanvasGrid {
  const cols = offeringColumns(range.cols, mapping.importance);
  const header = mapping.hasHeader ? (range.values[0] ?? []) : [];
  const body = range.values.slice(mapping.hasHeader ? 1 : 0).filter((row) => !row.every(isBlank));
  return {
    factors: body.map((row) => cellText(row[0])),
    offerings: cols.map((j, k) => cellText(header[j]) || defaultName(k + 1)),
    levels: body.map((row) => cols.map((j) => cellText(row[j]))),
    ...(mapping.importance >= 0 ? { importance: body.map((row) => cellText(row[mapping.importance])) } : {}),
    proposed: body.map(() => ""),
  };
}

/** Whether two grids hold the same factors, levels and importance (names of offerings and proposals aside). */
export function sameData(a: CanvasGrid, b: CanvasGrid): boolean {
  const same = (x: readonly string[] | undefined, y: readonly string[] | undefined) => (x ?? []).length === (y ?? []).length && (x ?? []).every((v, i) => v === y?.[i]);
  return same(a.factors, b.factors) && a.levels.length === b.levels.length && a.levels.every((row, i) => same(row, b.levels[i])) && !!a.importance === !!b.importance && same(a.importance, b.importance);
}

// ---- editing -----------------------------------------------------------------------------

export function addFactor(g: CanvasGrid): CanvasGrid {
  return { ...g, factors: [...g.factors, ""], levels: [...g.levels, g.offerings.map(() => "")], importance: g.importance && [...g.importance, ""], proposed: [...g.proposed, ""] };
}

export function removeFactor(g: CanvasGrid, i: number): CanvasGrid {
  const drop = <T>(xs: readonly T[]) => xs.filter((_, k) => k !== i);
  return { ...g, factors: drop(g.factors), levels: drop(g.levels), importance: g.importance && drop(g.importance), proposed: drop(g.proposed) };
}

export function addOffering(g: CanvasGrid, name: string): CanvasGrid {
  return { ...g, offerings: [...g.offerings, name], levels: g.levels.map((row) => [...row, ""]) };
}

export function removeOffering(g: CanvasGrid, j: number): CanvasGrid {
  return { ...g, offerings: g.offerings.filter((_, k) => k !== j), levels: g.levels.map((row) => row.filter((_, k) => k !== j)) };
}

export function setImportanceColumn(g: CanvasGrid, on: boolean): CanvasGrid {
  if (on === !!g.importance) return g;
  return { ...g, importance: on ? g.factors.map(() => "") : undefined };
}

/** A copy with one cell changed: a factor's name, a level, an importance, a proposed level or an offering's name. */
export type GridEdit =
  | { kind: "factor"; row: number; text: string }
  | { kind: "level"; row: number; col: number; text: string }
  | { kind: "importance"; row: number; text: string }
  | { kind: "proposed"; row: number; text: string }
  | { kind: "offering"; col: number; text: string };

export function editGrid(g: CanvasGrid, e: GridEdit): CanvasGrid {
  const set = (xs: readonly string[], k: number, v: string) => xs.map((x, i) => (i === k ? v : x));
  switch (e.kind) {
    case "factor":
      return { ...g, factors: set(g.factors, e.row, e.text) };
    case "level":
      return { ...g, levels: g.levels.map((row, i) => (i === e.row ? set(row, e.col, e.text) : row)) };
    case "importance":
      return g.importance ? { ...g, importance: set(g.importance, e.row, e.text) } : g;
    case "proposed":
      return { ...g, proposed: set(g.proposed, e.row, e.text) };
    case "offering":
      return { ...g, offerings: set(g.offerings, e.col, e.text) };
  }
}

/** Blank proposed levels take our current level (the curve starts as today's). */
export function prefillProposed(g: CanvasGrid, own: number): CanvasGrid {
  return { ...g, proposed: g.proposed.map((p, i) => (p.trim() === "" ? (g.levels[i]?.[own] ?? "") : p)) };
}

// ---- checking ----------------------------------------------------------------------------

/** Why a cell cannot be read: blank, not a number, or below 0. */
export type CellFault = "blank" | "notNumber" | "negative";

export type GridProblem =
  | { kind: "noFactors" }
  | { kind: "fewOfferings" }
  | { kind: "ownMissing" }
  | { kind: "factorBlank"; row: number }
  | { kind: "factorTwice"; name: string }
  | { kind: "offeringBlank"; col: number }
  | { kind: "offeringTwice"; name: string }
  | { kind: "level"; factor: string; offering: string; text: string; fault: CellFault }
  | { kind: "importance"; factor: string; text: string; fault: CellFault }
  | { kind: "proposed"; factor: string; text: string; fault: CellFault };

/** A level: a number 0 or above. */
function readLevel(text: string, allowNegative = false): number | CellFault {
  if (text.trim() === "") return "blank";
  const n = parseNumber(text);
  if (n === undefined) return "notNumber";
  return n < 0 && !allowNegative ? "negative" : n;
}

const factorLabel = (g: CanvasGrid, i: number) => g.factors[i].trim() || `#${i + 1}`;
const lower = (s: string) => s.trim().toLocaleLowerCase();

function firstDuplicate(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const n of names) {
    if (n.trim() === "") continue;
    if (seen.has(lower(n))) return n.trim();
    seen.add(lower(n));
  }
  return undefined;
}

/** The problems of the grid's structure and current levels, in reading order (the first is shown first). */
export function gridProblems(g: CanvasGrid, own: number): GridProblem[] {
  const out: GridProblem[] = [];
  if (g.factors.length === 0) out.push({ kind: "noFactors" });
  if (g.offerings.length < 2) out.push({ kind: "fewOfferings" });
  if (own < 0 || own >= g.offerings.length) out.push({ kind: "ownMissing" });
  g.offerings.forEach((o, j) => o.trim() === "" && out.push({ kind: "offeringBlank", col: j }));
  const twiceO = firstDuplicate(g.offerings);
  if (twiceO) out.push({ kind: "offeringTwice", name: twiceO });
  const twiceF = firstDuplicate(g.factors);
  if (twiceF) out.push({ kind: "factorTwice", name: twiceF });
  g.factors.forEach((f, i) => {
    if (f.trim() === "") out.push({ kind: "factorBlank", row: i });
    g.levels[i].forEach((text, j) => {
      const v = readLevel(text);
      if (typeof v !== "number") out.push({ kind: "level", factor: factorLabel(g, i), offering: g.offerings[j].trim() || `#${j + 1}`, text, fault: v });
    });
    if (g.importance) {
      // Importance may be negative (a Kano Worse, a correlation): only blanks and text stop.
      const v = readLevel(g.importance[i], true);
      if (typeof v !== "number") out.push({ kind: "importance", factor: factorLabel(g, i), text: g.importance[i], fault: v });
    }
  });
  return out;
}

/** The problems of the proposed levels (checked once the grid itself reads). */
export function proposedProblems(g: CanvasGrid): GridProblem[] {
  const out: GridProblem[] = [];
  g.proposed.forEach((text, i) => {
    const v = readLevel(text);
    if (typeof v !== "number") out.push({ kind: "proposed", factor: factorLabel(g, i), text, fault: v });
  });
  return out;
}

const num = (text: string) => parseNumber(text) ?? NaN;

/** The engine's canvas for a grid without problems (gridProblems(g, own) is empty). */
export function canvasData(g: CanvasGrid, own: number): CanvasData {
  return {
    factors: g.factors.map((f) => f.trim()),
    offerings: g.offerings.map((o) => o.trim()),
    levels: g.levels.map((row) => row.map(num)),
    own,
    sourceRows: Int32Array.from(g.factors, (_, i) => i + 1),
    hasHeader: true,
    notes: [],
    ...(g.importance ? { importance: g.importance.map(num) } : {}),
  };
}

/** The proposed levels as numbers (proposedProblems(g) is empty). */
export function proposedLevels(g: CanvasGrid): number[] {
  return g.proposed.map(num);
}

// ---- starting grids ----------------------------------------------------------------------

/** An empty grid to type into: one blank factor, our offering and one competitor. */
export function emptyGrid(ours: string, competitor: string): CanvasGrid {
  return { factors: [""], offerings: [ours, competitor], levels: [["", ""]], proposed: [""] };
}

/**
 * The budget-hotel example of examples/strategy-canvas.csv (levels 0-5, ours first), with the
 * names in the pane's language: `factors` and `offerings` as many as the levels have rows and columns.
 */
export const EXAMPLE_LEVELS: readonly (readonly number[])[] = [
  [1, 3, 2, 1],
  [0, 3, 1, 2],
  [0, 2, 1, 1],
  [1, 3, 1, 2],
  [2, 3, 2, 1],
  [1, 4, 2, 2],
  [5, 3, 2, 1],
  [5, 3, 2, 2],
  [4, 3, 1, 1],
  [4, 0, 0, 0],
];

export function exampleGrid(factors: readonly string[], offerings: readonly string[]): CanvasGrid {
  return {
    factors: EXAMPLE_LEVELS.map((_, i) => factors[i]),
    offerings: [...offerings],
    levels: EXAMPLE_LEVELS.map((row) => row.map(String)),
    proposed: EXAMPLE_LEVELS.map(() => ""),
  };
}
