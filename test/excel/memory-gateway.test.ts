import { rfmFromTransactions, rfmReport } from "../../src/core/rfm";
import { MAX_ROWS } from "../../src/excel/address";
import { SheetPlan, WorkbookError, WorkbookErrorKind, WriteProgress } from "../../src/excel/gateway";
import { enterValue, MemoryWorkbook } from "../../src/excel/memory-gateway";
import { planReportSheet } from "../../src/excel/plan-report";
import { planWrites, totalCells } from "../../src/excel/write-batches";

const ORDERS = [
  ["Customer ID", "Order Date", "Amount"],
  ["C001", 45292, 100],
  ["C002", 45300, 20.5],
  ["C001", 45310, ""],
  [1004, "2024-01-05", true],
];

async function kindOf(p: Promise<unknown>): Promise<WorkbookErrorKind> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e.kind;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}

function smallPlan(name = "RFM"): SheetPlan {
  return {
    name,
    blocks: [
      { row: 0, col: 0, values: [["Title"]], style: "title" },
      { row: 2, col: 0, values: [["As of"]], style: "label" },
      { row: 2, col: 1, values: [[45469]], columnFormats: ["yyyy-mm-dd"] },
      { row: 4, col: 0, values: [["Customer", "Segment", "Revenue"]], style: "header" },
      {
        row: 5,
        col: 0,
        values: [
          ["=HYPERLINK(\"http://evil\",\"x\")", "=1+1", 10],
          ["00042", "+1", 20],
          ["'quoted", "Champions", 30],
          [1004, "TRUE", 40],
        ],
        columnFormats: ["@", undefined, "#,##0.00"],
      },
    ],
    tables: [{ name: "RFM_Customers", row: 4, col: 0, rows: 5, cols: 3 }],
    charts: [
      {
        type: "column",
        title: "Revenue",
        categories: { row: 5, col: 1, rows: 4, cols: 1 },
        series: [{ name: "Revenue", values: { row: 5, col: 2, rows: 4, cols: 1 }, secondaryAxis: true }],
        position: { row: 0, col: 5, rows: 18, cols: 8 },
      },
    ],
    colorScales: [{ row: 5, col: 2, rows: 4, cols: 1 }],
    columnWidths: [12, undefined, 9],
  };
}

describe("reading", () => {
  test("readRange: values as Excel gives them, '' for empty cells, sheet-qualified address", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", ORDERS);
    const r = await wb.readRange("Orders!A1:C5");
    expect(r).toEqual({ row: 0, col: 0, rows: 5, cols: 3, sheet: "Orders", address: "Orders!A1:C5", values: ORDERS });
    const part = await wb.readRange("'Orders'!$B$2:C3");
    expect(part.address).toBe("Orders!B2:C3");
    expect(part.values).toEqual([
      [45292, 100],
      [45300, 20.5],
    ]);
    expect((await wb.readRange("orders!D1:E2")).values).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  test("an address without a sheet reads the active sheet; quoted names work", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", ORDERS);
    wb.addSheetWithValues("My data", [["x"], ["y"]]);
    expect(await wb.listSheets()).toEqual(["Orders", "My data"]);
    expect((await wb.readRange("A2")).values).toEqual([["C001"]]);
    const r = await wb.readRange("'My data'!A1:A2");
    expect(r.address).toBe("'My data'!A1:A2");
    expect(r.values).toEqual([["x"], ["y"]]);
  });

  test("whole columns are trimmed to the used range", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", [[], [], ["", "id", "amount"], ["", "a", 1], ["", "b", 2]]);
    const r = await wb.readRange("Orders!B:C");
    expect(r).toMatchObject({ row: 2, col: 1, rows: 3, cols: 2, address: "Orders!B3:C5" });
    expect(r.values).toEqual([
      ["id", "amount"],
      ["a", 1],
      ["b", 2],
    ]);
    expect(await kindOf(wb.readRange("Orders!F:F"))).toBe("empty-range");
    const rows = await wb.readRange("Orders!4:5");
    expect(rows.address).toBe("Orders!B4:C5");
  });

  test("defined names", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", ORDERS);
    wb.defineName("Amounts", "Orders!$C$2:$C$3");
    expect((await wb.readRange("amounts")).values).toEqual([[100], [20.5]]);
    expect(await kindOf(wb.readRange("NoSuchName"))).toBe("bad-address");
  });

  test("bad addresses and missing sheets", async () => {
    const wb = new MemoryWorkbook();
    expect(await kindOf(wb.readRange("A1"))).toBe("bad-address"); // no sheet at all
    wb.addSheetWithValues("Orders", ORDERS);
    expect(await kindOf(wb.readRange("Nope!A1"))).toBe("bad-address");
    expect(await kindOf(wb.readRange("A1:B2:C3"))).toBe("bad-address");
  });

  test("readSelection: the selected range of the active sheet; whole columns trimmed", async () => {
    const wb = new MemoryWorkbook();
    expect(await kindOf(wb.readSelection())).toBe("no-selection");
    wb.addSheetWithValues("Orders", ORDERS);
    wb.addSheetWithValues("Other", [["z"]]);
    expect(wb.activeSheet).toBe("Orders");
    expect((await wb.readSelection()).address).toBe("Orders!A1");
    wb.select("Orders", "A1:B3");
    expect(await wb.readSelection()).toMatchObject({ sheet: "Orders", address: "Orders!A1:B3", values: ORDERS.slice(0, 3).map((r) => r.slice(0, 2)) });
    wb.select("Orders", "A:C");
    expect(wb.selection).toEqual({ row: 0, col: 0, rows: MAX_ROWS, cols: 3 });
    const all = await wb.readSelection();
    expect(all.address).toBe("Orders!A1:C5");
    expect(all.values).toEqual(ORDERS);
    wb.select("Other", { row: 0, col: 0, rows: 1, cols: 1 });
    expect((await wb.readSelection()).values).toEqual([["z"]]);
    expect(() => wb.select("Orders", "Other!A1")).toThrow(WorkbookError);
    expect(() => wb.select("Nope", "A1")).toThrow(WorkbookError);
  });

  test("activate switches the active sheet; a missing sheet is a conflict", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("A", [[1]]);
    wb.addSheetWithValues("B", [[2]]);
    await wb.activate("b");
    expect(wb.activeSheet).toBe("B");
    expect(await kindOf(wb.activate("C"))).toBe("conflict");
  });
});

describe("writeSheet", () => {
  test("writes values, formats, styles, tables, charts, color scales and widths; activates the sheet", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", ORDERS);
    await wb.writeSheet(smallPlan());
    expect(wb.sheetNames).toEqual(["Orders", "RFM"]);
    expect(wb.activeSheet).toBe("RFM");
    const s = wb.sheet("RFM")!;
    expect(s.usedRange).toEqual({ row: 0, col: 0, rows: 9, cols: 3 });
    expect(s.cell(0, 0)).toEqual({ value: "Title", style: "title" });
    expect(s.cell(2, 1)).toEqual({ value: 45469, format: "yyyy-mm-dd" }); // a date stays a number with its date format
    expect(s.cell(4, 1)).toEqual({ value: "Segment", style: "header" });
    expect(s.tables).toEqual([{ name: "RFM_Customers", row: 4, col: 0, rows: 5, cols: 3 }]);
    expect(s.charts).toEqual(smallPlan().charts);
    expect(s.colorScales).toEqual([{ row: 5, col: 2, rows: 4, cols: 1 }]);
    expect(s.columnWidths).toEqual([12, undefined, 9]);
    expect(await wb.listTables()).toEqual(["RFM_Customers"]);
    expect(s.values[1]).toEqual(["", "", ""]);
    expect(s.formats[2]).toEqual([undefined, "yyyy-mm-dd", undefined]);
    expect(s.styles[0]).toEqual(["title", undefined, undefined]);
    expect(wb.sheet("Orders")!.values).toEqual(ORDERS); // other sheets untouched
  });

  test("text stays text: formulas, numeric text, booleans-as-text and apostrophes are read back as written", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheet(smallPlan());
    const s = wb.sheet("RFM")!;
    expect(s.read({ row: 5, col: 0, rows: 4, cols: 3 })).toEqual([
      ["=HYPERLINK(\"http://evil\",\"x\")", "=1+1", 10],
      ["00042", "+1", 20],
      ["'quoted", "Champions", 30],
      ["1004", "TRUE", 40],
    ]);
    expect(s.formulas).toEqual([]);
    expect(s.cell(5, 0)?.format).toBe("@");
    expect(s.cell(5, 1)?.format).toBeUndefined(); // General column: protected by the quote prefix
    expect((await wb.readRange("RFM!A6:B6")).values).toEqual([["=HYPERLINK(\"http://evil\",\"x\")", "=1+1"]]);
  });

  test("the Excel input model takes unprotected text as Excel would (so the test above can fail)", () => {
    expect(enterValue("=2+2", undefined)).toEqual({ value: "=2+2", formula: true });
    expect(enterValue("'=2+2", undefined)).toEqual({ value: "=2+2" });
    expect(enterValue("=2+2", "@")).toEqual({ value: "=2+2" });
    expect(enterValue("007", undefined)).toEqual({ value: 7 });
    expect(enterValue("12.5%", undefined)).toEqual({ value: 0.125 });
    expect(enterValue(7, "@")).toEqual({ value: "7" });
    expect(enterValue("", undefined)).toBeUndefined();
  });

  test("an RFM report written from its plan reads back cell for cell", async () => {
    const rows: [string, number, number][] = [
      ["=cmd|' /C calc'!A0", 19800, 100],
      ["B", 19900, 20],
      ["00042", 19850, 500],
      ["B", 19910, 80],
    ];
    const report = rfmReport(rfmFromTransactions({ customer: rows.map((r) => r[0]), day: rows.map((r) => r[1]), amount: rows.map((r) => r[2]) }));
    const plan = planReportSheet(report, { sheetName: "RFM", labels: { source: "Source", formula: "Formula", formulaNote: "Copy" }, formula: "=CX.RFM(A:A,B:B,C:C)" });
    const wb = new MemoryWorkbook();
    await wb.writeSheet(plan);
    const s = wb.sheet("RFM")!;
    expect(s.formulas).toEqual([]);
    const customers = plan.tables.find((t) => t.name === "RFM_Customers")!;
    const table = report.tables[0];
    const back = s.read({ ...customers, rows: customers.rows });
    expect(back[0]).toEqual(table.header);
    // Text columns come back as text, numbers as numbers.
    expect(back.slice(1)).toEqual(table.rows);
    const formulaRow = plan.blocks.find((b) => b.values[0][0] === "=CX.RFM(A:A,B:B,C:C)")!;
    expect(s.cell(formulaRow.row, 1)).toEqual({ value: "=CX.RFM(A:A,B:B,C:C)", format: "@" });
    const asOf = plan.blocks.find((b) => b.columnFormats?.[0] === "yyyy-mm-dd")!;
    expect(s.cell(asOf.row, asOf.col)).toEqual({ value: report.facts[0].value, format: "yyyy-mm-dd" });
  });

  test("a taken name (any case) is sheet-exists and changes nothing", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("rfm", [["keep"]]);
    const events: number[] = [];
    wb.subscribe(() => events.push(1));
    expect(await kindOf(wb.writeSheet(smallPlan("RFM")))).toBe("sheet-exists");
    expect(wb.sheetNames).toEqual(["rfm"]);
    expect(wb.sheet("rfm")!.values).toEqual([["keep"]]);
    expect(events).toEqual([]);
  });

  test("an invalid sheet name is refused before anything is written", async () => {
    const wb = new MemoryWorkbook();
    expect(await kindOf(wb.writeSheet(smallPlan("a/b")))).toBe("write-failed");
    expect(wb.sheetNames).toEqual([]);
  });

  test("rollback: a failure mid-write leaves no sheet and no table behind", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", ORDERS);
    wb.failNextWrite(4);
    const progress: WriteProgress[] = [];
    expect(await kindOf(wb.writeSheet(smallPlan(), (p) => progress.push(p)))).toBe("write-failed");
    expect(wb.sheetNames).toEqual(["Orders"]);
    expect(wb.sheet("RFM")).toBeUndefined();
    expect(await wb.listTables()).toEqual([]);
    expect(wb.activeSheet).toBe("Orders");
    expect(progress).toEqual([]); // the one batch never completed
    // The hook fires once: the next write succeeds.
    await wb.writeSheet(smallPlan());
    expect(wb.sheetNames).toEqual(["Orders", "RFM"]);
  });

  test("rollback after every cell is written (failing while adding tables); the injected kind is kept", async () => {
    const wb = new MemoryWorkbook();
    wb.failNextWrite(1_000_000, new WorkbookError("conflict", "someone deleted it"));
    expect(await kindOf(wb.writeSheet(smallPlan()))).toBe("conflict");
    expect(wb.sheetNames).toEqual([]);
  });

  test("a duplicate table name fails the write and rolls back", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheet(smallPlan("RFM"));
    expect(await kindOf(wb.writeSheet(smallPlan("RFM (2)")))).toBe("write-failed");
    expect(wb.sheetNames).toEqual(["RFM"]);
    expect(wb.activeSheet).toBe("RFM");
  });

  test("blocks off the sheet fail and roll back", async () => {
    const wb = new MemoryWorkbook();
    const plan = smallPlan();
    plan.blocks.push({ row: MAX_ROWS - 1, col: 0, values: [[1], [2]] });
    expect(await kindOf(wb.writeSheet(plan))).toBe("write-failed");
    expect(wb.sheetNames).toEqual([]);
  });

  test("progress after each batch, like the Office gateway, ending at the total", async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => [`C${i}`, i, i * 1.5]);
    const plan: SheetPlan = { name: "Big", blocks: [{ row: 0, col: 0, values, columnFormats: ["@", "#,##0", "#,##0.00"] }], tables: [], charts: [], colorScales: [] };
    const wb = new MemoryWorkbook({ payloadLimit: 100_000 });
    const progress: WriteProgress[] = [];
    await wb.writeSheet(plan, (p) => progress.push(p));
    const batches = planWrites(plan.blocks, 100_000);
    expect(progress).toHaveLength(batches.length);
    expect(progress.length).toBeGreaterThan(3);
    let done = 0;
    progress.forEach((p, k) => {
      done += batches[k].cells;
      expect(p).toEqual({ done, total: 60_000 });
    });
    expect(progress.at(-1)).toEqual({ done: totalCells(plan.blocks), total: 60_000 });
    expect(wb.sheet("Big")!.cell(19_999, 0)).toEqual({ value: "C19999", format: "@" });
  });

  test("subscribers hear about changes, and stop hearing after unsubscribing", async () => {
    const wb = new MemoryWorkbook();
    const seen: string[][] = [];
    const off = wb.subscribe((w) => seen.push(w.sheetNames));
    wb.addSheetWithValues("Orders", ORDERS);
    wb.select("Orders", "A1:C5");
    await wb.writeSheet(smallPlan());
    expect(seen).toEqual([["Orders"], ["Orders"], ["Orders", "RFM"]]);
    off();
    await wb.activate("Orders");
    expect(seen).toHaveLength(3);
  });
});
