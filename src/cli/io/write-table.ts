// A Report table written as CSV, JSON or an Excel workbook: the same header and rows that the
// custom function spills. Values are not rounded; formats only change how dates are written
// (ISO text in CSV/JSON) and how numbers are shown in Excel (number formats, values unchanged).
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { Cell, ColumnFormat, ReportTable } from "../../core/report";
import { epochDayFromSerial, isoFromEpochDay } from "../../core/table/date";

export type TableFormat = "csv" | "json" | "xlsx";
export const TABLE_FORMATS: readonly TableFormat[] = ["csv", "json", "xlsx"];

/** Excel number formats of the report column formats ("text" and unknown: General). */
export const EXCEL_NUMBER_FORMATS: Partial<Record<ColumnFormat, string>> = {
  percent: "0.0%",
  currency: "#,##0.00",
  integer: "0",
  number: "0.00",
  date: "yyyy-mm-dd",
  pvalue: "0.0000",
};

/** Sheet name per report table (Excel allows 31 characters, no []:*?/\). */
const SHEET_NAMES: Record<string, string> = { customers: "RFM", segments: "Segments" };

/** A cell as text/JSON shows it: dates (Excel serials) as yyyy-mm-dd, everything else as is. */
function plainValue(v: Cell, format: ColumnFormat | undefined): Cell {
  if (format === "date" && typeof v === "number") {
    const day = epochDayFromSerial(v);
    return typeof day === "number" ? isoFromEpochDay(day) : v;
  }
  return v;
}

function plainRows(table: ReportTable): Cell[][] {
  const hasDates = table.formats.includes("date");
  if (!hasDates) return table.rows;
  return table.rows.map((row) => row.map((v, j) => plainValue(v, table.formats[j])));
}

/**
 * CSV with a header row, comma separated, "\n" line ends, quotes only where needed.
 * Cells that start with =, +, - or @ are written as they are (papaparse's escapeFormulae is off):
 * CSV is data, and prefixing a quote to guard against formula injection when the file is opened
 * in a spreadsheet would change the values for every program that reads it back (a customer id
 * "-5x" or an amount "-12.50" must stay what it is). Opening an untrusted CSV is the spreadsheet's
 * concern; the xlsx output, meant for Excel, stores every string as text, never as a formula.
 */
export function tableToCsv(table: ReportTable): string {
  const rows = plainRows(table).map((row) => row.map((v) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v)));
  return Papa.unparse({ fields: table.header, data: rows }, { newline: "\n", escapeFormulae: false }) + "\n";
}

/** JSON: an array of objects keyed by the header, pretty-printed. */
export function tableToJson(table: ReportTable): string {
  const objects = plainRows(table).map((row) => {
    const o: Record<string, Cell> = {};
    table.header.forEach((h, j) => {
      o[h] = row[j];
    });
    return o;
  });
  return JSON.stringify(objects, null, 2) + "\n";
}

/** A workbook with one sheet holding the table as an Excel table, header bold and frozen. */
export function tableToWorkbook(table: ReportTable, sheetName = SHEET_NAMES[table.name] ?? table.name.slice(0, 31)): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CX Analytics";
  const ws = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  // Cell values are only ever numbers, booleans and plain strings (Report cells): exceljs stores
  // a string as a text cell whatever it starts with ("=1+1", "+44...", "@x"); only {formula}
  // objects make formulas, and none is ever assigned here.
  const rows = table.rows;
  if (rows.length > 0) {
    ws.addTable({
      name: tableName(table.name),
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.header.map((name) => ({ name, filterButton: true })),
      rows,
    });
  } else {
    ws.addRow(table.header);
  }
  ws.getRow(1).font = { bold: true };
  table.formats.forEach((format, j) => {
    const numFmt = EXCEL_NUMBER_FORMATS[format];
    const column = ws.getColumn(j + 1);
    column.width = columnWidth(table, j);
    if (!numFmt) return;
    for (let i = 0; i < rows.length; i++) {
      const cell = ws.getCell(i + 2, j + 1);
      if (typeof cell.value === "number") cell.numFmt = numFmt;
    }
  });
  return workbook;
}

/** "customers" -> "CX_customers": a valid Excel table name (letters, digits, underscores). */
function tableName(name: string): string {
  return `CX_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

function columnWidth(table: ReportTable, j: number): number {
  let width = table.header[j].length + 4; // room for the filter button
  const sample = Math.min(table.rows.length, 1000);
  for (let i = 0; i < sample; i++) {
    const v = table.rows[i][j];
    const len = typeof v === "number" ? Math.min(String(Math.round(v * 100) / 100).length + 2, 16) : String(v).length;
    if (len > width) width = len;
  }
  return Math.min(Math.max(width, 8), 50);
}

export async function tableToXlsx(table: ReportTable): Promise<Buffer> {
  const data = await tableToWorkbook(table).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** The table as the bytes or text of a file in the given format. */
export async function renderTable(table: ReportTable, format: TableFormat): Promise<string | Buffer> {
  switch (format) {
    case "json":
      return tableToJson(table);
    case "xlsx":
      return tableToXlsx(table);
    default:
      return tableToCsv(table);
  }
}
