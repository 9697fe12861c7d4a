/** @jest-environment node */
// XLSX and CSV files into sheet values as Excel shows them: numbers, text, booleans, "" for
// blanks, dates as 1900-system serials with a date format. The example workbook and the example
// CSV must give the engine the same customers (examples/README.md says so of the CLI too).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { rfmFromRead, TRANSACTION_COLUMNS } from "../../src/core/rfm";
import { readTable } from "../../src/core/table/table";
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  WorkbookLoadError,
  csvCell,
  decodeText,
  serialFromDate,
  sheetFromCsv,
  sheetNameFromFile,
  sheetsFromFile,
  sheetsFromXlsx,
  usedExtent,
} from "../../src/workbench/load-workbook";
import { isDateFormat } from "../../src/workbench/format-cell";

const EXAMPLES = join(__dirname, "..", "..", "examples");

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("serialFromDate", () => {
  test("counts days in Excel's 1900 system (1970-01-01 is 25569)", () => {
    expect(serialFromDate(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    // 2024-03-05 is serial 45356 (Excel: =DATE(2024,3,5) -> 45356).
    expect(serialFromDate(new Date(Date.UTC(2024, 2, 5)))).toBe(45356);
    expect(serialFromDate(new Date(Date.UTC(2024, 2, 5, 12)))).toBe(45356.5);
  });
});

describe("sheetsFromXlsx", () => {
  test("reads values as Excel gives them, with number formats", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("Data");
      ws.addRow(["Name", "When", "Amount", "Share", "Flag", "Note"]);
      ws.addRow(["Ann", new Date(Date.UTC(2024, 2, 5)), 1234.5, 0.25, true, { richText: [{ text: "rich " }, { text: "text" }] }]);
      ws.addRow(["Bob", new Date(Date.UTC(2024, 2, 5, 14, 30)), { formula: "C2*2", result: 2469 }, { error: "#N/A" }, false, null]);
      ws.getCell("C2").numFmt = "#,##0.00";
      ws.getCell("D2").numFmt = "0.0%";
      ws.getCell("B3").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("A5").value = "after a blank row";
      wb.addWorksheet("Second").addRow([1, 2]);
    });
    const sheets = await sheetsFromXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Data", "Second"]);
    const [data] = sheets;
    expect(data.values[2][1]).toBeCloseTo(45356 + 14.5 / 24, 9); // 2024-03-05 14:30
    data.values[2][1] = "checked";
    expect(data.values).toEqual([
      ["Name", "When", "Amount", "Share", "Flag", "Note"],
      ["Ann", 45356, 1234.5, 0.25, true, "rich text"],
      ["Bob", "checked", 2469, "#N/A", false, ""],
      ["", "", "", "", "", ""],
      ["after a blank row", "", "", "", "", ""],
    ]);
    // exceljs gives a date without a format the built-in short date (format 14, "mm-dd-yy");
    // the grid shows every date format as yyyy-mm-dd.
    expect(isDateFormat(data.formats[1][1])).toBe(true);
    expect(data.formats[2][1]).toBe("yyyy-mm-dd hh:mm");
    expect(data.formats[1][2]).toBe("#,##0.00");
    expect(data.formats[1][3]).toBe("0.0%");
    expect(data.formats[1][0]).toBeUndefined();
    expect(data.formats.every((row) => row.length === 6)).toBe(true);
    expect(sheets[1].values).toEqual([[1, 2]]);
  });

  test("gives the covered cells of a merge as blanks", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("M");
      ws.getCell("A1").value = "Title";
      ws.mergeCells("A1:C1");
      ws.getCell("D1").value = "x";
      ws.getCell("B2").value = 1;
    });
    const [sheet] = await sheetsFromXlsx(bytes);
    expect(sheet.values).toEqual([
      ["Title", "", "", "x"],
      ["", 1, "", ""],
    ]);
  });

  test("rejects bytes that are not a workbook", async () => {
    await expect(sheetsFromXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(WorkbookLoadError);
  });

  test("reads the example workbook: sheet Orders, 35,671 rows by 6 columns", async () => {
    const [orders] = await sheetsFromFile("retail-orders.xlsx", readFileSync(join(EXAMPLES, "retail-orders.xlsx")));
    expect(orders.name).toBe("Orders");
    expect(usedExtent(orders.values)).toEqual({ rows: 35671, cols: 6 });
    expect(orders.values[0]).toEqual(["Order ID", "Customer ID", "Order Date", "Amount", "Channel", "Region"]);
    // First order: 2023-01-01 08:25 (examples/retail-orders.csv line 2), an Excel date-time.
    expect(orders.values[1][0]).toBe("O100001");
    expect(orders.values[1][2]).toBeCloseTo(44927 + (8 * 60 + 25) / 1440, 9);
    expect(orders.formats[1][2]).toBe(DATE_TIME_FORMAT);
    expect(orders.values[1][3]).toBe(101.75);
    // Irregular rows stay as the workbook has them: dates and currency amounts as text.
    const col = (j: number) => orders.values.slice(1).map((r) => r[j]);
    expect(col(2).filter((v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v))).toHaveLength(1101);
    expect(col(2).filter((v) => typeof v === "string" && /^\d{8}$/.test(v))).toHaveLength(349);
    expect(col(3).filter((v) => typeof v === "string" && v.startsWith("$"))).toHaveLength(12);
    expect(orders.values.filter((r) => r.every((v) => v === ""))).toHaveLength(6);
  }, 30_000);
});

describe("CSV", () => {
  test.each<[string, unknown, string | undefined]>([
    ["12", 12, undefined],
    ["-3.5", -3.5, undefined],
    ["1e3", 1000, undefined],
    ["0.25", 0.25, undefined],
    ["007", "007", undefined], // ids with leading zeros stay text
    ["C00042", "C00042", undefined],
    ["$129.55", "$129.55", undefined], // the engine reads currency text itself
    ["1,234.50", "1,234.50", undefined],
    ["2024-03-05", 45356, DATE_FORMAT],
    ["2024-03-05 12:00", 45356.5, DATE_TIME_FORMAT],
    ["2023-02-30", "2023-02-30", undefined], // not a date: text
    ["3/5/2024", "3/5/2024", undefined], // ambiguous: text, as the engine wants it
    ["20240305", 20240305, undefined], // as Excel opens it: a number (the engine reads yyyymmdd numbers)
    ["TRUE", true, undefined],
    ["false", false, undefined],
    ["", "", undefined],
    ["  ", "", undefined],
  ])("csvCell(%j)", (text, value, format) => {
    expect(csvCell(text)).toEqual(format === undefined ? { value } : { value, format });
  });

  test("keeps blank lines as blank rows and pads rows to one width", () => {
    const sheet = sheetFromCsv("\uFEFFa;b;c\n1;2\n\n;;\nx;y;z\n", "T");
    expect(sheet.name).toBe("T");
    expect(sheet.values).toEqual([
      ["a", "b", "c"],
      [1, 2, ""],
      ["", "", ""],
      ["", "", ""],
      ["x", "y", "z"],
    ]);
  });

  test("keeps quoted separators and line breaks inside a cell", () => {
    const sheet = sheetFromCsv('id,note\r\n1,"a, b"\r\n2,"two\r\nlines"\r\n', "Q");
    expect(sheet.values).toEqual([
      ["id", "note"],
      [1, "a, b"],
      [2, "two\r\nlines"],
    ]);
  });

  test("stops at an unclosed quote", () => {
    expect(() => sheetFromCsv('a,b\n1,"open\n2,3\n', "Q")).toThrow(/never closed/);
  });

  test("decodes UTF-8 with and without a BOM and UTF-16 with a BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe5, 0xae, 0xa2]))).toBe("a客");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("客户,1", "utf16le")]);
    expect(decodeText(new Uint8Array(utf16))).toBe("客户,1");
  });

  test("names the sheet after the file, as Excel does", () => {
    expect(sheetNameFromFile("C:\\data\\orders 2024.csv")).toBe("orders 2024");
    expect(sheetNameFromFile("a[1]:b*.csv")).toBe("a_1__b_");
    expect(sheetNameFromFile("x".repeat(40) + ".csv")).toHaveLength(31);
    expect(sheetNameFromFile(".csv")).toBe("Sheet1");
  });

  test("refuses old .xls workbooks", async () => {
    await expect(sheetsFromFile("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(/\.xls/);
  });
});

describe("the example files give the engine the same customers", () => {
  function customers(grid: unknown[][]) {
    const read = readTable(grid, {
      customer: { ...TRANSACTION_COLUMNS.customer, column: "Customer ID" },
      day: { ...TRANSACTION_COLUMNS.day, column: "Order Date" },
      amount: { ...TRANSACTION_COLUMNS.amount, column: "Amount" },
    });
    const { report } = rfmFromRead(read);
    return report.tables.find((t) => t.name === "customers")!;
  }

  test("workbook values (serial dates) and the CSV as text", async () => {
    const [orders] = await sheetsFromFile("retail-orders.xlsx", readFileSync(join(EXAMPLES, "retail-orders.xlsx")));
    const csvText = readFileSync(join(EXAMPLES, "retail-orders.csv"), "utf8");
    const csvGrid = Papa.parse<string[]>(csvText, { skipEmptyLines: false }).data;
    const fromXlsx = customers(orders.values);
    const fromCsv = customers(csvGrid);
    expect(fromXlsx.rows).toHaveLength(2999);
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    // And the CSV loaded as the workbench loads a dropped file (numbers and dates converted).
    const dropped = sheetFromCsv(csvText, "retail-orders");
    expect(customers(dropped.values).rows).toEqual(fromCsv.rows);
  }, 60_000);
});
