// The data of a segmentation: several numeric columns (e.g. the Recency, Frequency and Monetary
// columns =CX.RFM spills) read row by row into one flat row-major Float64Array. A header row is
// recognised; rows with a blank cell are skipped and counted; row numbers stay those the user sees.
import { isBlank } from "../table/blank";
import { ColumnRef, ColumnSpec, readColumns } from "../table/columns";
import { argError, cellError, InputError } from "../table/errors";
import { describeSkips } from "../table/notes";
import { parseNumber } from "../table/number";

/** Values beyond this size would overflow squared distances; no real measure comes near. */
export const MAX_ABS_VALUE = 1e100;
export const MAX_COLUMNS = 50;

export interface SegmentData {
  /** n x d values, row-major. */
  X: Float64Array;
  n: number;
  d: number;
  /** Name of each column: its header, else "Column j". */
  names: string[];
  /** Row number (1-based, as the user sees it) of each kept row. */
  sourceRows: Int32Array;
  hasHeader: boolean;
  /** What the reader dropped, in plain words. */
  notes: string[];
  /** The extra text column read along (cluster labels, customer ids), aligned with the kept rows. */
  extra?: string[];
  /** The argument name of the data, for messages. */
  label: string;
}

export interface ExtraColumn {
  ref: ColumnRef;
  spec: ColumnSpec;
}

export interface SegmentColumns {
  /** One reference per numeric column. */
  refs: ColumnRef[];
  /** Name of each column in tables. */
  names: string[];
  /** Name of each column in messages. */
  labels: string[];
  header: boolean;
  firstRowNumber?: number;
  /** The data as a whole in messages ("data"). */
  label: string;
  extra?: ExtraColumn;
}

/** A range argument as rows of cells: a single cell, a flat list (one column) or a grid. */
export function asGrid(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return isBlank(v) ? [] : [[v]];
  return v.map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** Row 1 is a header when its cells are text (or blank) and at least one is not a number. */
function looksLikeHeader(first: readonly unknown[] | undefined): boolean {
  if (!first) return false;
  let text = false;
  for (const v of first) {
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    if (parseNumber(v) === undefined) text = true;
  }
  return text;
}

/** Reads numeric columns (and an optional text column) into a SegmentData. Throws InputError. */
export function readSegmentColumns(source: SegmentColumns): SegmentData {
  const d = source.refs.length;
  const refs: Record<string, ColumnRef> = {};
  const specs: Record<string, ColumnSpec> = {};
  source.refs.forEach((ref, j) => {
    refs[`c${j}`] = ref;
    specs[`c${j}`] = { kind: "number", label: source.labels[j] };
  });
  if (source.extra) {
    refs.extra = source.extra.ref;
    specs.extra = source.extra.spec;
  }
  const read = readColumns(refs, specs, { header: source.header, firstRowNumber: source.firstRowNumber });
  const n = read.length;
  if (n === 0) throw new InputError(`${source.label}: no rows with numbers in every column`);
  const X = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const col = read.columns[`c${j}`] as unknown as Float64Array;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (Math.abs(v) > MAX_ABS_VALUE) throw cellError(source.labels[j], read.sourceRows[i], `${v} is too large (at most 1e100 in size)`);
      X[i * d + j] = v;
    }
  }
  return {
    X,
    n,
    d,
    names: source.names,
    sourceRows: read.sourceRows,
    hasHeader: read.hasHeader,
    notes: describeSkips(read),
    extra: source.extra ? (read.columns.extra as string[]) : undefined,
    label: source.label,
  };
}

export interface RangeOptions {
  /** Argument name of the data (default "data"). */
  label?: string;
  /** A column read along with the data, e.g. cluster labels. */
  extra?: { values: unknown; spec: ColumnSpec };
}

/**
 * A data range argument (rows x numeric columns; a header row is recognised) as SegmentData. In
 * messages a column is "data (Monetary)" with a header, "data column 3" without.
 */
export function readSegmentRange(data: unknown, options: RangeOptions = {}): SegmentData {
  const label = options.label ?? "data";
  const grid = asGrid(data);
  const d = grid.reduce((w, row) => Math.max(w, row.length), 0);
  if (d === 0 || grid.every((row) => row.every(isBlank))) throw argError(label, "is empty: give one column of numbers per measure (e.g. Recency, Frequency, Monetary)");
  if (d > MAX_COLUMNS) throw argError(label, `has ${d} columns; give at most ${MAX_COLUMNS}`);
  const header = looksLikeHeader(grid[0]);
  const names = Array.from({ length: d }, (_, j) => {
    const h = header ? grid[0][j] : undefined;
    return typeof h === "string" && h.trim() !== "" ? h.trim() : `Column ${j + 1}`;
  });
  const labels = names.map((name, j) => (header ? `${label} (${name})` : d === 1 ? label : `${label} column ${j + 1}`));
  let extra: ExtraColumn | undefined;
  if (options.extra) {
    const eg = asGrid(options.extra.values);
    const ew = eg.reduce((w, row) => Math.max(w, row.length), 0);
    const spec = options.extra.spec;
    if (ew > 1 && eg.length === 1) extra = { ref: { rows: eg[0].map((c) => [c]), col: 0 }, spec };
    else if (ew > 1) throw argError(spec.label, `expected a single column, got ${ew} columns`);
    else extra = { ref: { rows: eg, col: 0 }, spec };
    if (extra.ref.rows.length !== grid.length) {
      throw argError(spec.label, `has ${extra.ref.rows.length} rows but ${label} has ${grid.length}; give one per row of ${label}`);
    }
  }
  const refs = names.map((_, j): ColumnRef => ({ rows: grid, col: j }));
  return readSegmentColumns({ refs, names, labels, header, label, extra });
}
