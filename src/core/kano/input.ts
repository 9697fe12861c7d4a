// Kano survey ranges -> answers per feature. functional and dysfunctional are grids with one row
// per respondent and one column per feature (the same shape); each column pair is read by the
// shared column reader, so a respondent who left either question of a feature blank is skipped
// for that feature only, and counted.
import { isBlank, isEmptyCell } from "../table/blank";
import { ColumnRef, readColumns } from "../table/columns";
import { argError, cellError, describeCell, InputError } from "../table/errors";
import { parseCategory } from "../table/text";
import { answerHint, KanoAnswer, KanoScale, parseKanoAnswer } from "./answers";

export interface KanoRanges {
  /** Respondents x features: answers to "if the product has the feature". */
  functional: unknown;
  /** Respondents x features: answers to "if the product does not have it". */
  dysfunctional: unknown;
  /** One name per feature (a row or a column). Default: the header row, else "Feature 1", ... */
  featureNames?: unknown;
  /** Respondents x features: self-stated importance ratings (any numeric scale). */
  importance?: unknown;
}

export interface KanoReadOptions {
  /** Points of the answer scale for numeric codes (default 5). */
  scale?: KanoScale;
  /** Argument names used in messages. */
  labels?: { functional?: string; dysfunctional?: string; featureNames?: string; importance?: string };
}

export interface KanoFeatureAnswers {
  name: string;
  functional: KanoAnswer[];
  dysfunctional: KanoAnswer[];
  /** Row number (1-based, in the range) of each answer pair. */
  rows: number[];
  /** Respondents who left one or both questions of this feature blank. */
  blank: number;
  /** The first few rows with a blank answer, for messages. */
  firstBlankRows: number[];
  /** Importance ratings given for this feature. */
  importance?: number[];
}

export interface KanoData {
  features: KanoFeatureAnswers[];
  /** Rows with at least one answer to any feature (respondents). */
  respondentRows: number[];
  hasHeader: boolean;
  scale: KanoScale;
}

/** A range argument as rows of cells: a single cell, a flat list (one column) or a grid. */
export function asGrid(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return isBlank(v) ? [] : [[v]];
  return v.map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

function width(grid: readonly (readonly unknown[])[]): number {
  return grid.reduce((w, row) => Math.max(w, row.length), 0);
}

/** Row 1 is a header when it has text and none of its cells is a Kano answer. */
function looksLikeHeader(grid: readonly (readonly unknown[])[], scale: KanoScale): boolean {
  const first = grid[0];
  if (!first) return false;
  let text = false;
  for (const v of first) {
    if (isBlank(v)) continue;
    if (typeof v !== "string" || parseKanoAnswer(v, scale) !== undefined) return false;
    text = true;
  }
  return text;
}

function featureNames(labels: Required<NonNullable<KanoReadOptions["labels"]>>, names: unknown, header: unknown[] | undefined, k: number): string[] {
  const given = asGrid(names).flat();
  if (given.length > 0) {
    if (given.length !== k) throw argError(labels.featureNames, `gives ${given.length} names for ${k} features (one per column of ${labels.functional})`);
    return given.map((v, j) => (isBlank(v) ? `Feature ${j + 1}` : (parseCategory(v) ?? `Feature ${j + 1}`)));
  }
  return Array.from({ length: k }, (_, j) => {
    const h = header?.[j];
    return typeof h === "string" && h.trim() !== "" ? h.trim() : `Feature ${j + 1}`;
  });
}

const FIRST_ROWS_KEPT = 5;

/** Reads and checks a Kano survey. Throws InputError naming the argument, row and problem. */
export function readKano(ranges: KanoRanges, options: KanoReadOptions = {}): KanoData {
  const scale = options.scale ?? 5;
  const labels = {
    functional: options.labels?.functional ?? "functional",
    dysfunctional: options.labels?.dysfunctional ?? "dysfunctional",
    featureNames: options.labels?.featureNames ?? "feature_names",
    importance: options.labels?.importance ?? "importance",
  };
  const fGrid = asGrid(ranges.functional);
  const dGrid = asGrid(ranges.dysfunctional);
  const k = width(fGrid);
  if (k === 0) throw argError(labels.functional, "is empty: give one column of answers per feature");
  if (width(dGrid) !== k) {
    throw argError(labels.dysfunctional, `has ${width(dGrid)} columns but ${labels.functional} has ${k}; give one column per feature in both, in the same order`);
  }
  const fHeader = looksLikeHeader(fGrid, scale);
  const dHeader = looksLikeHeader(dGrid, scale);
  if (fHeader !== dHeader) {
    const [withH, without] = fHeader ? [labels.functional, labels.dysfunctional] : [labels.dysfunctional, labels.functional];
    throw argError(without, `${withH} starts with a header row but ${without} does not; select both with their headers or both without`);
  }
  const hasHeader = fHeader;
  const names = featureNames(labels, ranges.featureNames, hasHeader ? fGrid[0] : undefined, k);

  const respondents = new Set<number>();
  const features: KanoFeatureAnswers[] = [];
  for (let j = 0; j < k; j++) {
    const name = names[j];
    const read = readColumns(
      { f: { rows: fGrid, col: j } as ColumnRef, d: { rows: dGrid, col: j } as ColumnRef },
      { f: { kind: "category", label: labels.functional }, d: { kind: "category", label: labels.dysfunctional } },
      { header: hasHeader },
    );
    const functional: KanoAnswer[] = [];
    const dysfunctional: KanoAnswer[] = [];
    const rows: number[] = [];
    for (let i = 0; i < read.length; i++) {
      const row = read.sourceRows[i];
      const f = parseKanoAnswer(fGrid[row - 1][j], scale);
      const d = parseKanoAnswer(dGrid[row - 1][j], scale);
      if (f === undefined) throw cellError(labels.functional, row, `${describeCell(fGrid[row - 1][j])} for '${name}' is not a Kano answer: ${answerHint(scale)}`);
      if (d === undefined) throw cellError(labels.dysfunctional, row, `${describeCell(dGrid[row - 1][j])} for '${name}' is not a Kano answer: ${answerHint(scale)}`);
      functional.push(f);
      dysfunctional.push(d);
      rows.push(row);
      respondents.add(row);
    }
    // Every row with an answer to any feature is a respondent (0 is read as padding, as by the reader).
    const start = hasHeader ? 1 : 0;
    for (let i = start; i < Math.max(fGrid.length, dGrid.length); i++) {
      if (!isEmptyCell(fGrid[i]?.[j]) || !isEmptyCell(dGrid[i]?.[j])) respondents.add(i + 1);
    }
    features.push({ name, functional, dysfunctional, rows, blank: 0, firstBlankRows: [] });
  }

  const respondentRows = [...respondents].sort((a, b) => a - b);
  for (const f of features) {
    if (f.rows.length === 0) {
      throw new InputError(`${labels.functional}, ${labels.dysfunctional}: no respondent answered both questions for '${f.name}'`, labels.functional);
    }
    // A respondent who left either question of this feature blank (but answered something) is counted.
    const answered = new Set(f.rows);
    const missing = respondentRows.filter((r) => !answered.has(r));
    f.blank = missing.length;
    f.firstBlankRows = missing.slice(0, FIRST_ROWS_KEPT);
  }
  if (ranges.importance !== undefined && asGrid(ranges.importance).length > 0) readImportance(ranges.importance, labels.importance, hasHeader, features);
  return { features, respondentRows, hasHeader, scale };
}

function readImportance(range: unknown, label: string, hasHeader: boolean, features: KanoFeatureAnswers[]): void {
  const grid = asGrid(range);
  if (grid.every((row) => row.every(isBlank))) return;
  if (width(grid) !== features.length) {
    throw argError(label, `has ${width(grid)} columns but there are ${features.length} features; give one column of ratings per feature`);
  }
  features.forEach((f, j) => {
    const read = readColumns({ v: { rows: grid, col: j } }, { v: { kind: "number", label } }, { header: hasHeader });
    f.importance = Array.from(read.columns.v);
  });
}
