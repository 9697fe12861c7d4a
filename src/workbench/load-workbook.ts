// Files into sheets for the workbench's in-memory workbook, as Excel would show them after
// opening the file: XLSX through exceljs (in the browser its prebuilt bundle, loaded on demand)
// and CSV through papaparse. Cell values are what Excel's range values give: numbers, text,
// booleans and "" for blanks, with dates as serial numbers (1900 date system) carrying a date
// number format.
import Papa from "papaparse";

export interface LoadedSheet {
  name: string;
  /** Rows from A1 down to the last used row, all as wide as the widest; "" for blank cells. */
  values: unknown[][];
  /** Number format of each cell (same shape as values); undefined = General. */
  formats: (string | undefined)[][];
}

export class WorkbookLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookLoadError";
  }
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system (valid from 1900-03-01). */
const SERIAL_EPOCH = 25569;
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

/** Excel serial (1900 system) of a JS Date read as UTC, as XLSX readers give dates. */
export function serialFromDate(d: Date): number {
  return d.getTime() / MS_PER_DAY + SERIAL_EPOCH;
}

/** Pads rows to one width and fills holes with "" (values) / undefined (formats). */
function rectangular(values: unknown[][], formats: (string | undefined)[][]): Pick<LoadedSheet, "values" | "formats"> {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  for (let i = 0; i < values.length; i++) {
    const row = values[i] ?? (values[i] = []);
    const fmt = formats[i] ?? (formats[i] = []);
    for (let j = 0; j < width; j++) {
      if (row[j] === undefined || row[j] === null) row[j] = "";
    }
    fmt.length = width;
  }
  return { values, formats };
}

// --- XLSX ---------------------------------------------------------------------------------

type ExcelJsModule = typeof import("exceljs");

/** exceljs, loaded on first use (in the browser, its prebuilt bundle becomes a separate chunk). */
async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import("exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return typeof mod.Workbook === "function" ? mod : mod.default!;
}

/** What a cell shows: rich text as its text, a hyperlink as its text, a formula as its cached result, an error as its code. */
function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join("");
  if ("hyperlink" in o) return cellValue(o.text);
  if ("formula" in o || "sharedFormula" in o) return cellValue(o.result);
  if ("error" in o) return o.error;
  return "";
}

const isGeneral = (fmt: string | undefined) => !fmt || fmt.toLowerCase() === "general";

/** The sheets of an XLSX workbook, in workbook order. */
export async function sheetsFromXlsx(data: ArrayBuffer | Uint8Array): Promise<LoadedSheet[]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts an ArrayBuffer in the browser and a Buffer/Uint8Array in Node.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookLoadError(`not a readable Excel workbook (${e instanceof Error ? e.message : String(e)})`);
  }
  const sheets: LoadedSheet[] = [];
  for (const ws of workbook.worksheets) {
    const values: unknown[][] = [];
    const formats: (string | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: unknown[] = [];
      const fmts: (string | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master !== cell) return; // Excel gives "" for the covered cells of a merge
        let v = cellValue(cell.value);
        let fmt = isGeneral(cell.numFmt) ? undefined : cell.numFmt;
        if (v instanceof Date) {
          const serial = serialFromDate(v);
          v = serial;
          fmt ??= Number.isInteger(serial) ? DATE_FORMAT : DATE_TIME_FORMAT;
        }
        cells[col - 1] = v;
        fmts[col - 1] = typeof v === "number" ? fmt : fmt === "@" ? fmt : undefined;
      });
      values[rowNumber - 1] = cells;
      formats[rowNumber - 1] = fmts;
    });
    for (let i = 0; i < values.length; i++) values[i] ??= [];
    sheets.push({ name: ws.name, ...rectangular(values, formats) });
  }
  if (sheets.length === 0) throw new WorkbookLoadError("the workbook has no worksheets");
  return sheets;
}

// --- CSV ----------------------------------------------------------------------------------

/** UTF-8 (BOM dropped), or UTF-16 when the bytes start with a UTF-16 byte order mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const NUMBER = /^[+-]?(?:(?:0|[1-9]\d{0,14})(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A CSV field as Excel turns it into a cell on opening the file: plain numbers become numbers,
 * ISO dates (with an optional time) dates, TRUE/FALSE booleans; everything else stays text
 * (ids with leading zeros, currency text, other date spellings: the engine reads those itself).
 */
export function csvCell(text: string): { value: unknown; format?: string } {
  const s = text.trim();
  if (s === "") return { value: "" };
  if (NUMBER.test(s)) return { value: Number(s) };
  const d = ISO_DATE.exec(s);
  if (d) {
    const [y, m, day, hh = "0", mm = "0", ss = "0"] = d.slice(1).map((x) => x ?? "0");
    const ms = Date.UTC(Number(y), Number(m) - 1, Number(day), Number(hh), Number(mm), Number(ss));
    const check = new Date(ms);
    const valid =
      Number(y) >= 1901 && check.getUTCFullYear() === Number(y) && check.getUTCMonth() === Number(m) - 1 && check.getUTCDate() === Number(day) && Number(hh) < 24;
    if (valid) return { value: ms / MS_PER_DAY + SERIAL_EPOCH, format: d[4] === undefined ? DATE_FORMAT : DATE_TIME_FORMAT };
  }
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  return { value: text };
}

/** The delimiter of the first lines (comma, tab, semicolon, pipe), ignoring blank lines. */
function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text.slice(0, 65536), { preview: 50, skipEmptyLines: true, delimiter: "" });
  return preview.meta.delimiter || ",";
}

/** CSV text as one sheet. Blank lines stay blank rows, as Excel shows them. */
export function sheetFromCsv(text: string, name: string): LoadedSheet {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = Papa.parse<string[]>(text, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter: guessDelimiter(text) });
  const unclosed = parsed.errors.find((e) => e.code === "MissingQuotes");
  if (unclosed) {
    throw new WorkbookLoadError(`row ${(unclosed.row ?? 0) + 1}: a quoted cell is never closed (a " with no matching ")`);
  }
  const rows = parsed.data;
  if (rows.length > 0 && /\r?\n$/.test(text)) {
    const last = rows[rows.length - 1];
    if (last.length === 1 && last[0] === "") rows.pop();
  }
  const values: unknown[][] = new Array(rows.length);
  const formats: (string | undefined)[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].length === 1 && rows[i][0] === "" ? [] : rows[i];
    values[i] = new Array(row.length);
    formats[i] = new Array(row.length);
    for (let j = 0; j < row.length; j++) {
      const cell = csvCell(row[j]);
      values[i][j] = cell.value;
      formats[i][j] = cell.format;
    }
  }
  return { name, ...rectangular(values, formats) };
}

// --- Files --------------------------------------------------------------------------------

/** A sheet name from a file name, as Excel names the sheet of an opened CSV file. */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const clean = base.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, 31);
  return clean === "" ? "Sheet1" : clean;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The sheets of a dropped or opened file: XLSX or CSV, told apart by their bytes. */
export async function sheetsFromFile(fileName: string, data: ArrayBuffer | Uint8Array): Promise<LoadedSheet[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, ZIP_MAGIC)) return sheetsFromXlsx(bytes);
  if (startsWith(bytes, OLE_MAGIC) || /\.xls$/i.test(fileName)) {
    throw new WorkbookLoadError("old-style .xls workbooks cannot be read: save it as .xlsx or CSV");
  }
  return [sheetFromCsv(decodeText(bytes), sheetNameFromFile(fileName))];
}

/**
 * One number format per column (what MemoryWorkbook keeps): the most common format among the
 * column's numbers, undefined (General) when most of them have none.
 */
export function columnFormats(sheet: Pick<LoadedSheet, "values" | "formats">): (string | undefined)[] {
  const width = sheet.values[0]?.length ?? 0;
  const out: (string | undefined)[] = [];
  for (let j = 0; j < width; j++) {
    const counts = new Map<string | undefined, number>();
    for (let i = 0; i < sheet.values.length; i++) {
      if (typeof sheet.values[i][j] !== "number") continue;
      const f = sheet.formats[i]?.[j];
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    let best: string | undefined;
    let bestCount = 0;
    for (const [f, n] of counts) {
      if (n > bestCount) {
        best = f;
        bestCount = n;
      }
    }
    out.push(best);
  }
  return out;
}

/** Rows and columns of the cells in use from A1 (trailing blank rows and columns left out). */
export function usedExtent(values: readonly (readonly unknown[])[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = row.length - 1; j >= 0; j--) {
      if (row[j] !== "" && row[j] !== null && row[j] !== undefined) {
        rows = i + 1;
        if (j + 1 > cols) cols = j + 1;
        break;
      }
    }
  }
  return { rows, cols };
}
