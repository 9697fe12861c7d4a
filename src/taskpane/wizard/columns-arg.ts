// Columns of a range as one formula argument, for the formula equivalents a sheet shows: a single
// address when they are adjacent and in order, else CHOOSECOLS over the range (in the given order).
import { formatAddress } from "../../excel/address";
import type { RangeData } from "../../excel/gateway";

export function columnsArg(range: RangeData, cols: readonly number[]): string {
  const adjacent = cols.every((c, i) => c === cols[0] + i);
  if (adjacent) return formatAddress({ row: range.row, col: range.col + cols[0], rows: range.rows, cols: cols.length }, { sheet: range.sheet });
  return `CHOOSECOLS(${range.address},${cols.map((c) => c + 1).join(",")})`;
}

/** A text argument in quotes, inner quotes doubled. */
export const quoteArg = (s: string) => `"${s.replace(/"/g, '""')}"`;
