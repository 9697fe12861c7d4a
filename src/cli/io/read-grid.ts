// Files into grids (rows of cells) for the core table reader: CSV through papaparse and XLSX
// through exceljs. A grid keeps every row of the file, blank ones included, so that grid row i
// is line (or sheet row) i + 1 and the row numbers in core's messages are the file's own.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { isBlank } from "../../core/table/blank";
import { CliError, fileError } from "../errors";

export interface Grid {
  /** Rows of cells: CSV cells are strings; XLSX cells are numbers, strings, booleans, Dates or null. */
  rows: unknown[][];
  /** Sheet read (XLSX only). */
  sheet?: string;
}

export interface ReadGridOptions {
  /** XLSX: name of the sheet to read (default the first sheet). */
  sheet?: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls (and other OLE compound files)

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Reads a CSV (or tab/semicolon/pipe separated) or XLSX file; the kind is told from its bytes. */
export async function readGrid(path: string, options: ReadGridOptions = {}): Promise<Grid> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw fileError("read", path, e);
  }
  if (startsWith(buf, ZIP_MAGIC)) return readXlsx(buf, path, options.sheet);
  if (startsWith(buf, OLE_MAGIC) || extname(path).toLowerCase() === ".xls") {
    throw new CliError(`'${path}' is an old-style .xls workbook, which cx cannot read: save it as .xlsx or CSV`);
  }
  if (options.sheet !== undefined) throw new CliError(`--sheet applies to .xlsx workbooks, but '${path}' is a text (CSV) file`);
  return { rows: parseCsv(decodeText(buf), `'${path}'`) };
}

/** UTF-8 (BOM dropped), or UTF-16 when the file starts with a UTF-16 BOM (Excel's "Unicode text"). */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString("utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  const text = buf.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * CSV text as rows of strings: the delimiter is detected (comma, tab, semicolon, pipe), nothing is
 * converted (core parses numbers and dates, with row-numbered messages) and nothing is skipped,
 * so blank lines stay as empty rows. A quoted cell spanning several lines makes one row, so
 * after it the row numbers run behind the line numbers by the extra lines.
 */
export function parseCsv(text: string, label = "CSV"): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = Papa.parse<string[]>(text, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
  // An unclosed quote swallows the rest of the file into one cell: stop rather than misread.
  const fatal = result.errors.find((e) => e.code === "MissingQuotes");
  if (fatal) {
    const row = fatal.row === undefined || fatal.row === null ? "" : `, row ${fatal.row + 1}`;
    throw new CliError(`${label}${row}: a quoted cell is never closed (a " with no matching ")`);
  }
  const rows = result.data;
  // A final line break gives a last row with one empty cell, which is not a row of the file.
  if (rows.length > 0 && text.endsWith("\n")) {
    const last = rows[rows.length - 1];
    if (last.length === 1 && last[0] === "") rows.pop();
  }
  return rows;
}

/**
 * The delimiter of the first lines. papaparse guesses it from consistent field counts, but counts
 * blank lines too unless they are skipped, so the guess is made on a preview without them.
 */
function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text.slice(0, 65536), { preview: 50, skipEmptyLines: true, delimiter: "" });
  return preview.meta.delimiter || ",";
}

/** Leading rows with nothing in them, dropped so the header is row 0; row numbers stay the file's. */
export function dropLeadingBlankRows(rows: unknown[][]): { rows: unknown[][]; firstRowNumber: number } {
  let skip = 0;
  while (skip < rows.length && rows[skip].every(isBlank)) skip++;
  return { rows: skip === 0 ? rows : rows.slice(skip), firstRowNumber: skip + 1 };
}

async function readXlsx(buf: Buffer, path: string, sheet: string | undefined): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new CliError(`cannot read '${path}' as an Excel workbook: ${e instanceof Error ? e.message : String(e)}`);
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => s.name);
  let ws: ExcelJS.Worksheet | undefined;
  if (sheet === undefined) {
    ws = sheets[0];
    if (!ws) throw new CliError(`'${path}' has no sheets`);
  } else {
    ws = sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase());
    if (!ws) throw new CliError(`'${path}' has no sheet named '${sheet}' (the sheets are: ${names.join(", ")})`);
  }
  return { rows: worksheetRows(ws), sheet: ws.name };
}

/** Sheet rows as arrays aligned by column number (column A at index 0), empty cells as null. */
export function worksheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = cellValue(cell.value);
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

/**
 * The value a cell shows, as core reads it: numbers, strings, booleans and Dates as they are;
 * rich text as its text, a hyperlink as its text, a formula as its cached result, an error as
 * its code ("#N/A"), which core then reports as not a number or not a date.
 */
export function cellValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("hyperlink" in v) return cellValue(v.text as ExcelJS.CellValue);
  if ("formula" in v || "sharedFormula" in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  if ("error" in v) return v.error;
  return null;
}
