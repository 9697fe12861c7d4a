// Text stays text: preparing a block's values and number formats before they go to Excel. Pure.
//
// Why: Excel treats a string written through Range.values the way it treats typing. A string that
// starts with "=" is entered as a formula, and "+", "-" or "@" start one too (on some platforms a
// leading tab or line break is trimmed or misread as well). Plain strings are converted when they
// look like something else: "00123" becomes the number 123, "1/2" a date, "TRUE" a boolean, "12%"
// a percentage. Customer names, ids and segment names come from the user's data, so any of those
// can occur, and "=HYPERLINK(...)" in a customer name must never run.
//
// Two ways to keep a string as text, both of which Excel honours on every platform:
// 1. A column declared as text gets the number format "@" BEFORE its values are written: input
//    to a text-formatted cell is stored as typed, formulas and numbers included. The gateways set
//    the formats of a chunk first and its values second, in the same batch.
// 2. In any other column, a string that Excel could read as something else is written with a
//    leading apostrophe, the quote prefix: Excel stores "'=1+1" as the text "=1+1" (and
//    "''quoted" as "'quoted"). The apostrophe is not part of the value read back. Plain words
//    ("Champions", "Can't Lose Them") are written as they are.
//
// Other values: numbers and booleans in a text column become the text Excel would show for them
// (up to 15 significant digits, TRUE/FALSE); numbers that are not finite (NaN, Infinity), which
// JSON cannot carry, and missing cells of a ragged block are written as "" (an empty cell).
import type { Cell } from "../core/report";

export const TEXT_FORMAT = "@";

/** Characters that make Excel read the rest of a string as a formula (or trim it) when it comes first. */
const FORMULA_START = new Set(["=", "+", "-", "@", "'", "\t", "\r", "\n"]);

/**
 * Strings Excel never converts: letters (any script), combining marks, spaces, apostrophes inside
 * words and "&" (leading spaces allowed). Everything else (digits, signs, separators, "%", "#", "$", ...) may be read as a
 * number, date, time, currency, percentage or error, so it gets the quote prefix.
 */
const PLAIN_WORDS = /^ *[\p{L}\p{M}][\p{L}\p{M} '\u2019&]*$/u;

export function isTextFormat(format: string | undefined | null): boolean {
  return format === TEXT_FORMAT;
}

/** Whether a string written to a cell that is not text-formatted needs the quote prefix to stay text. */
export function needsQuotePrefix(s: string): boolean {
  if (s === "") return false;
  if (FORMULA_START.has(s[0])) return true;
  if (/^(TRUE|FALSE)$/i.test(s)) return true;
  return !PLAIN_WORDS.test(s);
}

/** A number as Excel shows it in General format: at most 15 significant digits. */
export function numberAsText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Object.is(n, -0)) return "0";
  return String(Number(n.toPrecision(15)));
}

/** The value to write for one cell, given the cell's number format. */
export function safeCellValue(v: Cell | null | undefined, format: string | undefined | null): Cell {
  if (v === undefined || v === null) return "";
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  if (isTextFormat(format)) {
    if (typeof v === "number") return numberAsText(v);
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    // A leading apostrophe is a quote prefix even in a text cell: double it to keep it.
    return v.startsWith("'") ? `'${v}` : v;
  }
  if (typeof v === "string" && needsQuotePrefix(v)) return `'${v}`;
  return v;
}

/** The widest row of a block (blocks may be ragged; short rows are padded with ""). */
export function blockWidth(values: readonly (readonly Cell[])[]): number {
  let w = 0;
  for (const row of values) if (row.length > w) w = row.length;
  return w;
}

/** One row ready for Range.values: padded to `width`, text protected. */
export function prepareRow(row: readonly Cell[], width: number, columnFormats?: readonly (string | undefined)[]): Cell[] {
  const out = new Array<Cell>(width);
  for (let j = 0; j < width; j++) out[j] = safeCellValue(row[j], columnFormats?.[j]);
  return out;
}

/**
 * One row of Range.numberFormat for a block, or undefined when no column has a format (then no
 * number format is sent at all). null leaves a cell's format as it is (General on a new sheet).
 */
export function formatRow(width: number, columnFormats?: readonly (string | undefined)[]): (string | null)[] | undefined {
  if (!columnFormats || !columnFormats.slice(0, width).some((f) => f !== undefined)) return undefined;
  return Array.from({ length: width }, (_, j) => columnFormats[j] ?? null);
}

export interface PreparedBlock {
  width: number;
  /** Values to assign to Range.values. */
  values: Cell[][];
  /** Number formats to assign to Range.numberFormat BEFORE the values; undefined = none. */
  numberFormat?: (string | null)[][];
}

/** A whole block's values and formats, prepared so that text stays text (see the top of this file). */
export function prepareBlock(values: readonly (readonly Cell[])[], columnFormats?: readonly (string | undefined)[]): PreparedBlock {
  const width = blockWidth(values);
  const formats = formatRow(width, columnFormats);
  const out: PreparedBlock = { width, values: values.map((row) => prepareRow(row, width, columnFormats)) };
  if (formats) out.numberFormat = values.map(() => formats.slice());
  return out;
}
