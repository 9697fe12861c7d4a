// The name box's addresses: Excel's A1 syntax (src/excel/address.ts), with whole columns and
// whole rows ("A:F", "2:10") cut to the sheet's used cells, as the demo grid has no more.
import { formatAddress, tryParseAddress } from "../excel/address";
import type { RangeRef } from "../excel/gateway";

export { columnLetters } from "../excel/address";

/** Rows and columns in use from A1. */
export interface UsedExtent {
  rows: number;
  cols: number;
}

export interface NameBoxTarget {
  /** The sheet the address names, if it names one. */
  sheet?: string;
  range: RangeRef;
}

/** What typing `text` in the name box selects, or undefined when it is not an address. */
export function parseNameBox(text: string, used: UsedExtent): NameBoxTarget | undefined {
  const parsed = tryParseAddress(text);
  if (!parsed) return undefined;
  const range: RangeRef = { row: parsed.row, col: parsed.col, rows: parsed.rows, cols: parsed.cols };
  if (parsed.wholeColumns) range.rows = Math.max(used.rows, 1);
  if (parsed.wholeRows) range.cols = Math.max(used.cols, 1);
  return parsed.sheet === undefined ? { range } : { sheet: parsed.sheet, range };
}

/** "A1" or "A1:F100", as the name box shows a selection. */
export function nameBoxText(range: RangeRef): string {
  return formatAddress(range);
}

/** Whether the cell (row, col) lies in the range. */
export function contains(range: RangeRef | undefined, row: number, col: number): boolean {
  return !!range && row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols;
}
