// Survey answer ranges -> typed columns: scores, and optionally a group (segment) and a date per
// answer, read by the shared column reader (header detection, blank rows skipped and counted,
// row-numbered errors), then checked against the answer scale.
import { ColumnRef, columnVector, ColumnSpec, ReadResult, readColumns } from "../table/columns";
import { argError, cellError, InputError } from "../table/errors";
import { findColumn } from "../table/table";
import { describeSkips } from "../table/notes";

export interface VocRanges {
  scores: unknown;
  /** A segment per answer (e.g. customer tier), for breakdowns. */
  groups?: unknown;
  /** A date per answer, for trends by period. */
  dates?: unknown;
}

export interface VocLabels {
  scores?: string;
  groups?: string;
  dates?: string;
}

export interface VocData {
  score: Float64Array;
  group?: string[];
  day?: Float64Array;
  /** Row number (1-based, in the range or file) of each answer. */
  sourceRows: Int32Array;
  labels: { score: string; group: string; day: string };
  /** Header of the group column when one was read, to head the breakdown table. */
  groupHeader?: string;
  /** What the reader skipped, in plain words. */
  notes: string[];
}

function dataFromRead<T extends Record<string, ColumnSpec>>(read: ReadResult<T>): VocData {
  const columns = read.columns as Record<string, Float64Array | string[] | undefined>;
  const labels = read.labels as Record<string, string | undefined>;
  if (read.length === 0) {
    const names = Object.values(labels).join(", ");
    throw new InputError(`${names}: no answers (every row is blank)`, labels.score);
  }
  return {
    score: columns.score as Float64Array,
    group: columns.group as string[] | undefined,
    day: columns.day as Float64Array | undefined,
    sourceRows: read.sourceRows,
    labels: { score: labels.score ?? "scores", group: labels.group ?? "groups", day: labels.day ?? "dates" },
    groupHeader: (read.headers as Record<string, string> | undefined)?.group || undefined,
    notes: describeSkips(read),
  };
}

/**
 * Reads the ranges of a survey function (=CX.NPS and friends). Blank scores (and blank groups or
 * dates, when given) skip the row, counted in the notes.
 */
export function readVoc(ranges: VocRanges, labels: VocLabels = {}): VocData {
  const scoreLabel = labels.scores ?? "scores";
  const refs: Record<string, ColumnRef> = { score: columnVector(scoreLabel, ranges.scores) };
  const specs: Record<string, ColumnSpec> = { score: { kind: "number", label: scoreLabel } };
  if (ranges.groups !== undefined && !isMissing(ranges.groups)) {
    const label = labels.groups ?? "groups";
    refs.group = columnVector(label, ranges.groups);
    specs.group = { kind: "category", label };
  }
  if (ranges.dates !== undefined && !isMissing(ranges.dates)) {
    const label = labels.dates ?? "dates";
    refs.day = columnVector(label, ranges.dates);
    specs.day = { kind: "date", label };
  }
  return dataFromRead(readColumns(refs, specs));
}

/** An omitted optional range: undefined, null, "" or a 1x1 blank. */
function isMissing(v: unknown): boolean {
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * Survey data from a grid whose first row is the header (a sheet or a CSV/XLSX file), columns
 * found by header name or position as readTable does. Use this rather than readTable + vocDataFromRead
 * when the score column may be read alone: then a 0 score would look like an empty row.
 */
export function readVocTable(
  grid: readonly (readonly unknown[])[],
  columns: { score: string | number; group?: string | number; day?: string | number },
  options: { firstRowNumber?: number } = {},
): VocData {
  if (grid.length === 0) throw argError("input", "the table is empty (no header row)");
  const headers = grid[0];
  const rows = grid as unknown[][];
  const refs: Record<string, ColumnRef> = {};
  const specs: Record<string, ColumnSpec> = {};
  const add = (key: string, wanted: string | number, kind: ColumnSpec["kind"], fallback: string) => {
    const j = findColumn(headers, wanted, fallback);
    const h = headers[j];
    const label = typeof h === "string" && h.trim() !== "" ? h.trim() : fallback;
    refs[key] = key === "day" ? { rows, col: j } : { rows, col: j };
    specs[key] = { kind, label };
  };
  add("score", columns.score, "number", "scores");
  if (columns.group !== undefined) add("group", columns.group, "category", "groups");
  if (columns.day !== undefined) add("day", columns.day, "date", "dates");
  return dataFromRead(readColumns(refs, specs, { header: true, firstRowNumber: options.firstRowNumber ?? 1 }));
}

/** Survey data from columns read with readTable (keys score, and optionally group and day). */
export function vocDataFromRead<T extends Record<string, ColumnSpec>>(read: ReadResult<T>): VocData {
  if (!("score" in read.columns)) throw new Error("vocDataFromRead needs a 'score' column");
  return dataFromRead(read);
}

/** Checks every score is a whole number from min to max; the message names the row. */
export function checkScale(data: VocData, min: number, max: number, hint = ""): void {
  const { score, sourceRows } = data;
  for (let i = 0; i < score.length; i++) {
    const v = score[i];
    if (!Number.isInteger(v) || v < min || v > max) {
      throw cellError(data.labels.score, sourceRows[i], `${v} is not a whole number from ${min} to ${max}${hint}`);
    }
  }
}
