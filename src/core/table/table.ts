// A grid with a header row (a sheet, a CSV or XLSX file): columns found by header name or
// position, then read by the same column reader the functions use.
import { ColumnRef, ColumnSpec, ReadResult, readColumns } from "./columns";
import { argError } from "./errors";
import { normalizeHeader } from "./text";

export interface TableColumnSpec extends ColumnSpec {
  /** Header name (case and spacing ignored), a 1-based position as text ("3"), or a 0-based index. */
  column: string | number;
}

/** Index of a column by header name, or by position when the name is all digits and no header matches. */
export function findColumn(headers: readonly unknown[], wanted: string | number, label: string): number {
  if (typeof wanted === "number") {
    if (!Number.isInteger(wanted) || wanted < 0 || wanted >= headers.length) {
      throw argError(label, `column ${wanted + 1} does not exist (the table has ${headers.length} columns)`);
    }
    return wanted;
  }
  const key = normalizeHeader(wanted);
  const idx = headers.findIndex((h) => normalizeHeader(h) === key);
  if (idx >= 0) return idx;
  if (/^\d+$/.test(wanted.trim())) return findColumn(headers, Number(wanted) - 1, label);
  const names = headers.map((h) => (typeof h === "string" || typeof h === "number" ? String(h).trim() : "")).filter((h) => h !== "");
  throw argError(label, `no column named '${wanted}' (the columns are: ${names.join(", ")})`);
}

/** Reads the named columns of a grid whose first row is the header. Row numbers count the header as row 1. */
export function readTable<T extends Record<string, TableColumnSpec>>(
  grid: readonly (readonly unknown[])[],
  specs: T,
  options: { firstRowNumber?: number } = {},
): ReadResult<T> {
  if (grid.length === 0) throw argError("input", "the table is empty (no header row)");
  const headers = grid[0];
  const refs = {} as { [K in keyof T]: ColumnRef };
  const plainSpecs = {} as Record<string, ColumnSpec>;
  for (const key of Object.keys(specs) as (keyof T & string)[]) {
    const spec = specs[key];
    const j = findColumn(headers, spec.column, spec.label);
    const label = typeof headers[j] === "string" && (headers[j] as string).trim() !== "" ? (headers[j] as string).trim() : spec.label;
    refs[key] = { rows: grid as unknown[][], col: j };
    plainSpecs[key] = { kind: spec.kind, label, blank: spec.blank, min: spec.min, integer: spec.integer };
  }
  return readColumns(refs, plainSpecs as unknown as T, { header: true, firstRowNumber: options.firstRowNumber ?? 1 });
}
