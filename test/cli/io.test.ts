// The CLI's file layer: CSV/XLSX into grids (row numbers kept), tables out as CSV/JSON/XLSX.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { ReportTable } from "../../src/core/report";
import { serialFromEpochDay, epochDayFromYmd } from "../../src/core/table/date";
import { outputFormat } from "../../src/cli/commands/rfm";
import { cellValue, decodeText, dropLeadingBlankRows, parseCsv, readGrid, worksheetRows } from "../../src/cli/io/read-grid";
import { tableToCsv, tableToJson, tableToWorkbook, tableToXlsx } from "../../src/cli/io/write-table";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-io-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parseCsv", () => {
  test("keeps blank lines as rows, so grid row i is line i + 1, and values stay text", () => {
    const rows = parseCsv("a,b\n1,2\n\n3,4\n");
    expect(rows).toEqual([["a", "b"], ["1", "2"], [""], ["3", "4"]]);
  });

  test("the final line break adds no row, but a blank last line is kept", () => {
    expect(parseCsv("a\n1")).toEqual([["a"], ["1"]]);
    expect(parseCsv("a\r\n1\r\n")).toEqual([["a"], ["1"]]);
    expect(parseCsv("a\n1\n\n")).toEqual([["a"], ["1"], [""]]);
  });

  test("detects semicolon, tab and pipe delimiters", () => {
    expect(parseCsv("x;y\n1,5;2\n")).toEqual([["x", "y"], ["1,5", "2"]]);
    expect(parseCsv("x\ty\n1\t2\n")).toEqual([["x", "y"], ["1", "2"]]);
    expect(parseCsv("x|y\n1|2\n")).toEqual([["x", "y"], ["1", "2"]]);
  });

  test("quoted cells keep delimiters and quotes", () => {
    expect(parseCsv('id,name\n1,"Smith, ""Jo"""\n')).toEqual([["id", "name"], ["1", 'Smith, "Jo"']]);
  });

  test("an unclosed quote is an error rather than a silently swallowed file", () => {
    expect(() => parseCsv('id,name\n1,"Smith\n2,Jones\n', "'x.csv'")).toThrow(/^'x\.csv', row \d+: a quoted cell is never closed/);
  });

  test("drops a byte order mark", () => {
    expect(parseCsv("\ufeffCustomer,Date\nA,2024-01-01\n")[0]).toEqual(["Customer", "Date"]);
  });
});

describe("decodeText", () => {
  test("UTF-8 with and without BOM, and UTF-16 LE/BE with BOM (Excel's Unicode text)", () => {
    expect(decodeText(Buffer.from("\ufeffé,ü", "utf8"))).toBe("é,ü");
    expect(decodeText(Buffer.from("é,ü", "utf8"))).toBe("é,ü");
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\tb", "utf16le")]))).toBe("a\tb");
    const be = Buffer.from("a\tb", "utf16le");
    be.swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe("a\tb");
  });
});

describe("dropLeadingBlankRows", () => {
  test("starts the grid at the header and keeps the file's row numbers", () => {
    expect(dropLeadingBlankRows([[""], [null, " "], ["h"], ["1"]])).toEqual({ rows: [["h"], ["1"]], firstRowNumber: 3 });
    const rows = [["h"], ["1"]];
    expect(dropLeadingBlankRows(rows)).toEqual({ rows, firstRowNumber: 1 });
  });
});

describe("cellValue (exceljs cell values as core reads them)", () => {
  test("plain values pass through, empty is null", () => {
    const d = new Date(Date.UTC(2024, 2, 5));
    expect(cellValue(12.5)).toBe(12.5);
    expect(cellValue("x")).toBe("x");
    expect(cellValue(true)).toBe(true);
    expect(cellValue(d)).toBe(d);
    expect(cellValue(null)).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });

  test("rich text, hyperlinks, formulas and errors are flattened to what the cell shows", () => {
    expect(cellValue({ richText: [{ text: "C0" }, { text: "0123", font: { bold: true } }] })).toBe("C00123");
    expect(cellValue({ text: "C7", hyperlink: "https://crm.example.com/C7" })).toBe("C7");
    expect(cellValue({ formula: "A1*2", result: 84 })).toBe(84);
    expect(cellValue({ sharedFormula: "B2", result: "ok" })).toBe("ok");
    expect(cellValue({ formula: "NOW()" })).toBeNull(); // never calculated
    expect(cellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(cellValue({ error: "#N/A" })).toBe("#N/A");
  });
});

describe("readGrid", () => {
  test("reads an xlsx sheet aligned by column number, blank rows kept, empty cells null", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "id";
    ws.getCell("C1").value = "when";
    ws.getCell("A2").value = "x";
    ws.getCell("C2").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("B4").value = 7;
    const path = join(dir, "aligned.xlsx");
    await wb.xlsx.writeFile(path);

    const grid = await readGrid(path);
    expect(grid.sheet).toBe("Data");
    expect(grid.rows).toEqual([["id", null, "when"], ["x", null, new Date(Date.UTC(2024, 0, 31))], [], [null, 7]]);
  });

  test("an xlsx Date cell is the Date exceljs reads, and a number stays a number", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["d", "n"]);
    ws.addRow([new Date(Date.UTC(2023, 11, 24, 15, 30)), 45284]);
    const path = join(dir, "dates.xlsx");
    await wb.xlsx.writeFile(path);
    const rows = (await readGrid(path)).rows;
    expect(rows[1][0]).toEqual(new Date(Date.UTC(2023, 11, 24, 15, 30)));
    expect(rows[1][1]).toBe(45284);
    expect(worksheetRows(ws)[1][1]).toBe(45284);
  });

  test("a CSV file is read with its delimiter detected and BOM dropped", async () => {
    const path = join(dir, "bom.csv");
    writeFileSync(path, "\ufeffa;b\n1;2\n");
    expect((await readGrid(path)).rows).toEqual([["a", "b"], ["1", "2"]]);
  });

  test("the kind of file is told from its bytes, not its name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["zip inside"]);
    const path = join(dir, "really-a-workbook.csv");
    await wb.xlsx.writeFile(path);
    expect((await readGrid(path)).rows).toEqual([["zip inside"]]);
  });

  test("file errors are plain sentences", async () => {
    await expect(readGrid(join(dir, "missing.csv"))).rejects.toThrow(`cannot read '${join(dir, "missing.csv")}': no such file`);
    await expect(readGrid(dir)).rejects.toThrow(`cannot read '${dir}': it is a folder, not a file`);
    const old = join(dir, "old.xls");
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(readGrid(old)).rejects.toThrow("is an old-style .xls workbook, which cx cannot read: save it as .xlsx or CSV");
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    await expect(readGrid(broken)).rejects.toThrow(`cannot read '${broken}' as an Excel workbook`);
  });
});

// A table with every column format, as a Report table would carry it.
const day = (y: number, m: number, d: number) => serialFromEpochDay(epochDayFromYmd(y, m, d)!);
const TABLE: ReportTable = {
  name: "customers",
  title: "Test table",
  header: ["Customer", "Orders", "Spend", "Share", "Mean", "First order", "Active"],
  rows: [
    ["=1+1", 3, 1234.5, 0.25, 1.5, day(2024, 3, 5), true],
    ['Smith, "Jo"', 1, -12, 0.75, 2, day(1999, 12, 31), false],
  ],
  formats: ["text", "integer", "currency", "percent", "number", "date", "text"],
};

describe("tableToCsv", () => {
  test("header row, values unrounded, dates as ISO text, quoting where needed, formula-like text untouched", () => {
    expect(tableToCsv(TABLE)).toBe(
      "Customer,Orders,Spend,Share,Mean,First order,Active\n" +
        "=1+1,3,1234.5,0.25,1.5,2024-03-05,TRUE\n" +
        '"Smith, ""Jo""",1,-12,0.75,2,1999-12-31,FALSE\n',
    );
  });
});

describe("tableToJson", () => {
  test("an array of objects keyed by the header, numbers as numbers, dates as ISO text", () => {
    const parsed = JSON.parse(tableToJson(TABLE)) as unknown[];
    expect(parsed).toEqual([
      { Customer: "=1+1", Orders: 3, Spend: 1234.5, Share: 0.25, Mean: 1.5, "First order": "2024-03-05", Active: true },
      { Customer: 'Smith, "Jo"', Orders: 1, Spend: -12, Share: 0.75, Mean: 2, "First order": "1999-12-31", Active: false },
    ]);
    expect(tableToJson(TABLE)).toContain('\n  {\n    "Customer": "=1+1",');
  });
});

describe("tableToXlsx", () => {
  test("values as numbers with the report's number formats, strings as text, an Excel table", async () => {
    const path = join(dir, "table.xlsx");
    writeFileSync(path, await tableToXlsx(TABLE));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("RFM")!;
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A2").formula).toBeUndefined();
    expect(ws.getCell("B2").value).toBe(3);
    expect(ws.getCell("B2").numFmt).toBe("0");
    expect(ws.getCell("C2").value).toBe(1234.5);
    expect(ws.getCell("C2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("D2").numFmt).toBe("0.0%");
    expect(ws.getCell("E2").numFmt).toBe("0.00");
    // A date column holds Excel serials shown as dates (exceljs reads them back as Dates).
    expect(ws.getCell("F2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("F2").value).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(ws.getCell("G3").value).toBe(false);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getTables().length).toBe(1);
  });

  test("the segments table goes to sheet Segments; an empty table still has its header", () => {
    const wb = tableToWorkbook({ ...TABLE, name: "segments", rows: [] });
    const ws = wb.getWorksheet("Segments")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(TABLE.header);
    expect(ws.rowCount).toBe(1);
  });
});

describe("outputFormat", () => {
  test("--format wins, else the --out extension, else csv; xlsx needs a file", () => {
    expect(outputFormat(undefined, undefined)).toBe("csv");
    expect(outputFormat(undefined, "a.JSON")).toBe("json");
    expect(outputFormat(undefined, "a.xlsx")).toBe("xlsx");
    expect(outputFormat(undefined, "a.txt")).toBe("csv");
    expect(outputFormat("json", "a.csv")).toBe("json");
    expect(() => outputFormat("xlsx", undefined)).toThrow("xlsx output needs a file: give --out FILE.xlsx");
  });
});
