// A1 addresses, pure: column letters, ranges with an optional sheet ("Orders!A1:F100",
// "'My sheet'!B2", "A:A", "$A$1"), sheet-name quoting, and one column of a range (for the
// formula equivalent: column C of Orders!A1:F100 is Orders!C1:C100). Positions are 0-based,
// as in RangeRef; Excel's limits are 1,048,576 rows and 16,384 columns (A to XFD).
import { RangeRef, WorkbookError } from "./gateway";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A parsed address: the rectangle, the sheet if one was named, and whether it spans whole columns or rows. */
export interface ParsedAddress extends RangeRef {
  sheet?: string;
  /** "A:C": every row of the columns. */
  wholeColumns: boolean;
  /** "2:5": every column of the rows. */
  wholeRows: boolean;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLS) throw new RangeError(`column index ${index} is outside A:XFD`);
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" -> 0, "aa" -> 26, "XFD" -> 16383; throws on anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw new RangeError(`column ${letters} is beyond XFD`);
  return n - 1;
}

/**
 * Whether a sheet name can stand unquoted in a formula: letters, digits, underscores and dots,
 * not starting with a digit or dot, and not readable as a cell reference ("A1", "R1C1", "R", "C").
 * Anything else is quoted; quoting a name that does not need it is harmless.
 */
export function isPlainSheetName(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false; // A1, XFD1048576
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return false; // R1C1, R, C, RC
  if (/^(TRUE|FALSE)$/i.test(name)) return false;
  return true;
}

/** "Orders" -> "Orders"; "My sheet" -> "'My sheet'"; "Bob's" -> "'Bob''s'". */
export function quoteSheetName(name: string): string {
  return isPlainSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B2" for (1, 1); "$B$2" with absolute markers. */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`row index ${row} is outside 1:${MAX_ROWS}`);
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export interface FormatOptions {
  /** Prefix the quoted sheet name ("Orders!A1:B2"). */
  sheet?: string;
  /** "$A$1:$B$2". */
  absolute?: boolean;
}

/**
 * A1 address of a rectangle: "B2" for one cell, "A1:F100", "A:C" for whole columns and "2:5"
 * for whole rows, prefixed with the (quoted) sheet name when given.
 */
export function formatAddress(ref: RangeRef, options: FormatOptions = {}): string {
  checkRef(ref);
  const d = options.absolute ? "$" : "";
  let body: string;
  if (ref.row === 0 && ref.rows === MAX_ROWS && !(ref.col === 0 && ref.cols === MAX_COLS)) {
    body = `${d}${columnLetters(ref.col)}:${d}${columnLetters(ref.col + ref.cols - 1)}`;
  } else if (ref.col === 0 && ref.cols === MAX_COLS && !(ref.row === 0 && ref.rows === MAX_ROWS)) {
    body = `${d}${ref.row + 1}:${d}${ref.row + ref.rows}`;
  } else {
    const first = cellAddress(ref.row, ref.col, options.absolute);
    body = ref.rows === 1 && ref.cols === 1 ? first : `${first}:${cellAddress(ref.row + ref.rows - 1, ref.col + ref.cols - 1, options.absolute)}`;
  }
  return options.sheet === undefined ? body : `${quoteSheetName(options.sheet)}!${body}`;
}

/** Whether a RangeRef is a non-empty rectangle inside Excel's grid. */
export function isSheetRange(ref: RangeRef): boolean {
  return (
    [ref.row, ref.col, ref.rows, ref.cols].every(Number.isInteger) &&
    ref.row >= 0 &&
    ref.col >= 0 &&
    ref.rows >= 1 &&
    ref.cols >= 1 &&
    ref.row + ref.rows <= MAX_ROWS &&
    ref.col + ref.cols <= MAX_COLS
  );
}

function checkRef(ref: RangeRef): void {
  if (!isSheetRange(ref)) throw new RangeError(`not a range on a sheet: ${JSON.stringify(ref)}`);
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/**
 * Splits "Orders!A1:B2" / "'My sheet'!A1" into sheet name (unquoted, '' undoubled) and the rest.
 * Returns undefined for a malformed sheet part.
 */
function splitSheet(address: string): { sheet?: string; rest: string } | undefined {
  if (address.startsWith("'")) {
    let i = 1;
    let name = "";
    for (;;) {
      if (i >= address.length) return undefined; // no closing quote
      const ch = address[i];
      if (ch === "'") {
        if (address[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (address[i + 1] !== "!" || name === "") return undefined;
    return { sheet: name, rest: address.slice(i + 2) };
  }
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { rest: address };
  const sheet = address.slice(0, bang);
  if (sheet === "" || /[\s'![\]:\\/?*]/.test(sheet)) return undefined; // such names must be quoted
  return { sheet, rest: address.slice(bang + 1) };
}

function cellPart(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const row = Number(m[4]) - 1;
  if (row < 0 || row >= MAX_ROWS) return undefined;
  try {
    return { row, col: columnIndex(m[2]) };
  } catch {
    return undefined;
  }
}

/** Parses an A1 address, or returns undefined when it is not one (it may be a defined name). */
export function tryParseAddress(address: string): ParsedAddress | undefined {
  const split = splitSheet(address.trim());
  if (!split) return undefined;
  const parts = split.rest.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return undefined;
  const [a, b = a] = parts;
  const sheet = split.sheet === undefined ? {} : { sheet: split.sheet };

  const c1 = cellPart(a);
  const c2 = cellPart(b);
  if (c1 && c2) {
    const row = Math.min(c1.row, c2.row);
    const col = Math.min(c1.col, c2.col);
    return { ...sheet, row, col, rows: Math.abs(c1.row - c2.row) + 1, cols: Math.abs(c1.col - c2.col) + 1, wholeColumns: false, wholeRows: false };
  }
  if (parts.length === 2) {
    const k1 = COLUMN.exec(a);
    const k2 = COLUMN.exec(b);
    if (k1 && k2) {
      let i1: number, i2: number;
      try {
        i1 = columnIndex(k1[1]);
        i2 = columnIndex(k2[1]);
      } catch {
        return undefined;
      }
      return { ...sheet, row: 0, rows: MAX_ROWS, col: Math.min(i1, i2), cols: Math.abs(i1 - i2) + 1, wholeColumns: true, wholeRows: false };
    }
    const r1 = ROW.exec(a);
    const r2 = ROW.exec(b);
    if (r1 && r2) {
      const j1 = Number(r1[1]) - 1;
      const j2 = Number(r2[1]) - 1;
      if (j1 < 0 || j2 < 0 || j1 >= MAX_ROWS || j2 >= MAX_ROWS) return undefined;
      return { ...sheet, col: 0, cols: MAX_COLS, row: Math.min(j1, j2), rows: Math.abs(j1 - j2) + 1, wholeColumns: false, wholeRows: true };
    }
  }
  return undefined;
}

/** Parses an A1 address; throws WorkbookError "bad-address" when it is not one. */
export function parseAddress(address: string): ParsedAddress {
  const parsed = tryParseAddress(address);
  if (!parsed) throw new WorkbookError("bad-address", `"${address}" is not a range address`);
  return parsed;
}

/** The part of a range in one of its columns (0-based offset within the range). */
export function columnRef(ref: RangeRef, offset: number): RangeRef {
  if (!Number.isInteger(offset) || offset < 0 || offset >= ref.cols) throw new RangeError(`column ${offset} is outside a range of ${ref.cols} columns`);
  return { row: ref.row, col: ref.col + offset, rows: ref.rows, cols: 1 };
}

/**
 * One column of an address, keeping its sheet and kind: column 2 of "Orders!A1:F100" is
 * "Orders!C1:C100", of "A:F" is "C:C", of "'My sheet'!$A$1:$F$9" is "'My sheet'!$C$1:$C$9".
 */
export function columnOfAddress(address: string, offset: number): string {
  const parsed = parseAddress(address);
  const absolute = /\$/.test(address.slice(address.lastIndexOf("!") + 1));
  return formatAddress(columnRef(parsed, offset), { sheet: parsed.sheet, absolute });
}

/** The overlap of two rectangles, or undefined when they do not meet. */
export function intersect(a: RangeRef, b: RangeRef): RangeRef | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const end = Math.min(a.row + a.rows, b.row + b.rows);
  const endCol = Math.min(a.col + a.cols, b.col + b.cols);
  return end > row && endCol > col ? { row, col, rows: end - row, cols: endCol - col } : undefined;
}
