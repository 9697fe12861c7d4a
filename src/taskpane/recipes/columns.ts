// Column mappings in a recipe are positions within the source range. A refresh reads the source
// again, so before computing it checks that the columns at those positions still carry the
// headers they had: a column inserted, deleted or moved must stop the refresh, not shift the data.
import { columnLetters } from "../../excel/address";
import type { RangeData } from "../../excel/gateway";
import { columnOptions } from "../wizard/transaction-data";

/** Thrown by a rebuild when the source no longer has the stored columns where they were. */
export class ColumnsChangedError extends Error {
  constructor(
    /** Column letter in the sheet, e.g. "C". */
    readonly letter: string,
    /** The header the recipe stored ("" when the column is gone). */
    readonly expected: string,
    /** What is there now ("" for nothing). */
    readonly found: string,
  ) {
    super(`Column ${letter} was "${expected}" and is now "${found}".`);
    this.name = "ColumnsChangedError";
  }
}

/** The header texts of `cols` (positions in the range); "" for each when the range has no header row. */
export function headersAt(range: RangeData, hasHeader: boolean, cols: readonly number[]): string[] {
  const options = columnOptions(range, hasHeader);
  return cols.map((c) => (c >= 0 ? options[c]?.header ?? "" : ""));
}

/**
 * Rejects with ColumnsChangedError when a column in `cols` is beyond the range, or (with a header
 * row) its header differs from `headers` (compared trimmed and case-insensitively).
 */
export function checkColumns(range: RangeData, hasHeader: boolean, cols: readonly number[], headers: readonly string[]): void {
  const options = columnOptions(range, hasHeader);
  cols.forEach((c, i) => {
    if (c < 0) return; // an optional column left unmapped
    const expected = headers[i] ?? "";
    const option = options[c];
    if (!option) throw new ColumnsChangedError(columnLetters(range.col + c), expected, "");
    if (hasHeader && option.header.toLocaleLowerCase() !== expected.trim().toLocaleLowerCase()) throw new ColumnsChangedError(option.letter, expected, option.header);
  });
}

