// The one reader every analysis uses: aligned column vectors (one per argument or per table
// column) become typed columns, with header detection, blank rules and row-numbered errors.
import { isBlank, isEmptyCell } from "./blank";
import { describeDateProblem, parseDate } from "./date";
import { argError, cellError, describeCell } from "./errors";
import { parseNumber } from "./number";
import { parseCategory, parseId } from "./text";

export type ColumnKind = "number" | "date" | "id" | "category";
/** What a blank cell does: drop the row (counted), count as 0 (numbers only), or stop with an error. */
export type BlankRule = "skip" | "zero" | "error";

export interface ColumnSpec {
  kind: ColumnKind;
  /** Name used in messages: the argument name of a function or the header of a file column. */
  label: string;
  blank?: BlankRule;
  /** Number columns: smallest value allowed. */
  min?: number;
  /** Number columns: whole numbers only. */
  integer?: boolean;
}

export type ColumnValues<S extends ColumnSpec> = S["kind"] extends "number" | "date" ? Float64Array : string[];
export type Columns<T extends Record<string, ColumnSpec>> = { [K in keyof T]: ColumnValues<T[K]> };

export interface SkipCount {
  /** Label of the column whose blank cell dropped the row. */
  column: string;
  count: number;
  /** The first few row numbers dropped, for messages. */
  firstRows: number[];
}

export interface ReadResult<T extends Record<string, ColumnSpec>> {
  columns: Columns<T>;
  /** Number of rows kept. */
  length: number;
  /** Row number (1-based, as the user sees it in the range or file) of each kept row. */
  sourceRows: Int32Array;
  hasHeader: boolean;
  /** The name each column was read under (its label), for messages about the data. */
  labels: { [K in keyof T]: string };
  /** Header cell of each column when a header row was read. */
  headers?: { [K in keyof T]: string };
  /** Rows dropped because a cell was blank, by column. */
  skipped: SkipCount[];
  /** Rows inside the data with nothing in them (dropped, counted). */
  blankRows: number;
}

export interface ReadOptions {
  /** true: row 1 is a header; false: no header; "auto" (default): detect it. */
  header?: boolean | "auto";
  /** Row number of the first vector element as the user sees it (default 1). */
  firstRowNumber?: number;
}

const FIRST_ROWS_KEPT = 5;

/** One column of a grid (rows x columns), read in place: large ranges are never copied. */
export interface ColumnRef {
  rows: readonly unknown[][];
  col: number;
}

/** A flat list of cells as a ColumnRef. */
export function vectorRef(cells: readonly unknown[]): ColumnRef {
  return { rows: cells.map((c) => [c]), col: 0 };
}

/** A range argument as a column: n x 1 ranges, 1 x n rows and single cells are accepted. */
export function columnVector(label: string, values: unknown): ColumnRef {
  if (!Array.isArray(values)) return vectorRef([values]);
  if (values.length === 0) return { rows: [], col: 0 };
  const first = values[0];
  if (values.length === 1 && Array.isArray(first)) return vectorRef(first);
  // Excel ranges are rectangular: the first row tells the width.
  if (Array.isArray(first) && first.length !== 1) throw argError(label, `expected a single column, got ${first.length} columns`);
  if (!Array.isArray(first)) return vectorRef(values);
  return { rows: values as unknown[][], col: 0 };
}

function cellAt(ref: ColumnRef, i: number): unknown {
  const row = ref.rows[i];
  return Array.isArray(row) ? row[ref.col] : undefined;
}

/** Rows of a whole Excel column (A:A). Some platforms pad such reads with 0 below the data. */
const WHOLE_COLUMN_ROWS = 1_048_576;

/**
 * Index after the last row that has any data in any column. A 0 is data (a score, an amount),
 * except at the bottom of a whole-column range, where it is the platform's padding.
 */
function dataEnd(refs: ColumnRef[]): number {
  let end = 0;
  for (const ref of refs) {
    const padded = ref.rows.length >= WHOLE_COLUMN_ROWS;
    for (let i = ref.rows.length - 1; i >= end; i--) {
      const v = cellAt(ref, i);
      if (!(padded ? isEmptyCell(v) : isBlank(v))) {
        end = i + 1;
        break;
      }
    }
  }
  return end;
}

function parsesAs(kind: ColumnKind, v: unknown): boolean {
  if (kind === "number") return parseNumber(v) !== undefined;
  if (kind === "date") return typeof parseDate(v) === "number";
  return true;
}

/** Row 1 is a header when all its cells are text (or blank) and a number/date column's cell does not parse. */
function looksLikeHeader(specs: ColumnSpec[], refs: ColumnRef[]): boolean {
  let typedMiss = false;
  let anyText = false;
  for (let k = 0; k < specs.length; k++) {
    const v = cellAt(refs[k], 0);
    if (isBlank(v)) continue;
    if (typeof v !== "string") return false;
    anyText = true;
    if ((specs[k].kind === "number" || specs[k].kind === "date") && !parsesAs(specs[k].kind, v)) typedMiss = true;
  }
  return anyText && typedMiss;
}

/** Reads aligned column vectors into typed columns (see ReadResult). Throws InputError on bad cells. */
export function readColumns<T extends Record<string, ColumnSpec>>(
  columnsByKey: { [K in keyof T]: ColumnRef | readonly unknown[] },
  specsByKey: T,
  options: ReadOptions = {},
): ReadResult<T> {
  const keys = Object.keys(specsByKey) as (keyof T & string)[];
  const specs = keys.map((k) => specsByKey[k]);
  const refs = keys.map((k) => {
    const c = columnsByKey[k];
    return Array.isArray(c) ? vectorRef(c) : (c as ColumnRef);
  });
  const firstRow = options.firstRowNumber ?? 1;
  for (const s of specs) {
    if (s.blank === "zero" && s.kind !== "number") throw new Error(`blank rule "zero" needs a number column (${s.label})`);
  }

  const end = dataEnd(refs);
  for (let k = 0; k < refs.length; k++) {
    if (refs[k].rows.length < end) {
      const longer = specs[refs.findIndex((v) => v.rows.length >= end)].label;
      throw argError(
        specs[k].label,
        `has ${refs[k].rows.length} rows but ${longer} has data down to row ${end + firstRow - 1}; give ranges of the same size`,
      );
    }
  }
  const header = options.header ?? "auto";
  const hasHeader = end > 0 && (header === true || (header === "auto" && looksLikeHeader(specs, refs)));
  const start = hasHeader ? 1 : 0;

  const capacity = Math.max(0, end - start);
  const out = specs.map((s) => (s.kind === "number" || s.kind === "date" ? new Float64Array(capacity) : new Array<string>(capacity)));
  const sourceRows = new Int32Array(capacity);
  const skips = new Map<number, SkipCount>();
  let kept = 0;
  let blankRows = 0;

  rows: for (let i = start; i < end; i++) {
    const rowNumber = i + firstRow;
    let empty = true;
    for (let k = 0; k < refs.length; k++) {
      if (!isBlank(cellAt(refs[k], i))) {
        empty = false;
        break;
      }
    }
    if (empty) {
      blankRows++;
      continue;
    }
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k];
      const v = cellAt(refs[k], i);
      if (isBlank(v) || (spec.kind === "date" && v === 0)) {
        const rule = spec.blank ?? "skip";
        if (rule === "error") throw cellError(spec.label, rowNumber, "is blank");
        if (rule === "zero") {
          (out[k] as Float64Array)[kept] = 0;
          continue;
        }
        let s = skips.get(k);
        if (!s) skips.set(k, (s = { column: spec.label, count: 0, firstRows: [] }));
        s.count++;
        if (s.firstRows.length < FIRST_ROWS_KEPT) s.firstRows.push(rowNumber);
        continue rows;
      }
      switch (spec.kind) {
        case "number": {
          const n = typeof v === "number" && Number.isFinite(v) ? v : parseNumber(v);
          if (n === undefined) throw cellError(spec.label, rowNumber, `${describeCell(v)} is not a number`);
          if (spec.min !== undefined && n < spec.min) throw cellError(spec.label, rowNumber, `${n} is below the smallest allowed value, ${spec.min}`);
          if (spec.integer && !Number.isInteger(n)) throw cellError(spec.label, rowNumber, `${n} is not a whole number`);
          (out[k] as Float64Array)[kept] = n;
          break;
        }
        case "date": {
          const d = parseDate(v);
          if (typeof d !== "number") throw cellError(spec.label, rowNumber, `${describeCell(v)} ${describeDateProblem(d)}`);
          (out[k] as Float64Array)[kept] = d;
          break;
        }
        case "id": {
          const t = parseId(v);
          if (t === undefined) throw cellError(spec.label, rowNumber, `${describeCell(v)} is not an identifier`);
          (out[k] as string[])[kept] = t;
          break;
        }
        default: {
          const t = parseCategory(v);
          if (t === undefined) throw cellError(spec.label, rowNumber, `${describeCell(v)} is not a category`);
          (out[k] as string[])[kept] = t;
        }
      }
    }
    sourceRows[kept] = rowNumber;
    kept++;
  }

  const columns = {} as Record<string, Float64Array | string[]>;
  keys.forEach((key, k) => {
    const col = out[k];
    columns[key] = col instanceof Float64Array ? col.subarray(0, kept) : (col.length === kept ? col : col.slice(0, kept));
  });
  let headers: Record<string, string> | undefined;
  if (hasHeader) {
    headers = {};
    keys.forEach((key, k) => {
      const h = cellAt(refs[k], 0);
      headers![key] = typeof h === "string" ? h.trim() : "";
    });
  }
  return {
    columns: columns as Columns<T>,
    length: kept,
    sourceRows: sourceRows.subarray(0, kept),
    hasHeader,
    labels: Object.fromEntries(keys.map((key, k) => [key, specs[k].label])) as ReadResult<T>["labels"],
    headers: headers as ReadResult<T>["headers"],
    skipped: [...skips.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]),
    blankRows,
  };
}
