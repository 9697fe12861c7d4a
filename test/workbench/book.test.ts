/** @jest-environment node */
// The workbench's book over MemoryWorkbook: loaded sheets, the used range selected at start,
// sheets the pane writes showing up, cached views.
import type { SheetPlan } from "../../src/excel/gateway";
import { createBook } from "../../src/workbench/book";
import { DATE_TIME_FORMAT, type LoadedSheet } from "../../src/workbench/load-workbook";

const orders: LoadedSheet = {
  name: "Orders",
  values: [
    ["Order ID", "Customer ID", "Order Date", "Amount"],
    ["O1", "C1", 45356.5, 10.5],
    ["O2", "C2", "2024-03-06", 20],
    ["", "", "", ""],
    ["O3", "C1", 45358.25, 7],
  ],
  formats: [
    [undefined, undefined, undefined, undefined],
    [undefined, undefined, DATE_TIME_FORMAT, "#,##0.00"],
    [undefined, undefined, undefined, "#,##0.00"],
    [undefined, undefined, undefined, undefined],
    [undefined, undefined, DATE_TIME_FORMAT, "#,##0.00"],
  ],
};

describe("createBook", () => {
  test("holds the sheets, the first active with its used range selected, ready for the pane", async () => {
    const book = createBook([orders, { name: "Notes", values: [["hello"]], formats: [[undefined]] }]);
    expect(book.sheetNames()).toEqual(["Orders", "Notes"]);
    expect(book.activeSheet()).toBe("Orders");
    expect(book.selection()).toEqual({ row: 0, col: 0, rows: 5, cols: 4 });
    const read = await book.gateway.readSelection();
    expect(read.address).toBe("Orders!A1:D5");
    expect(read.values[1]).toEqual(["O1", "C1", 45356.5, 10.5]);
    const sheet = book.sheet("Orders")!;
    expect(sheet.used).toEqual({ rows: 5, cols: 4 });
    expect(sheet.formatAt(1, 2)).toBe(DATE_TIME_FORMAT);
    expect(sheet.formatAt(1, 3)).toBe("#,##0.00");
    expect(book.sheet("Orders")).toBe(sheet); // cached: a MemoryWorkbook view rebuilds its arrays on each read
  });

  test("gives file sheets valid, distinct names", () => {
    const book = createBook([
      { name: "History", values: [[1]], formats: [[undefined]] },
      { name: "history", values: [[2]], formats: [[undefined]] },
    ]);
    expect(book.sheetNames()).toEqual(["History (2)", "history (3)"]);
  });

  test("shows a sheet the pane writes, activated, and tells its listeners", async () => {
    const book = createBook([orders]);
    const seen: string[] = [];
    const stop = book.subscribe(() => seen.push(book.activeSheet()));
    const plan: SheetPlan = {
      name: "RFM",
      blocks: [{ row: 0, col: 0, values: [["Segment", "Customers"], ["Champions", 3]], columnFormats: ["@", "#,##0"] }],
      tables: [{ name: "RFM_Segments", row: 0, col: 0, rows: 2, cols: 2 }],
      charts: [],
      colorScales: [{ row: 1, col: 1, rows: 1, cols: 1 }],
    };
    await book.gateway.writeSheet(plan);
    stop();
    expect(seen).toContain("RFM");
    expect(book.sheetNames()).toEqual(["Orders", "RFM"]);
    expect(book.activeSheet()).toBe("RFM");
    const rfm = book.sheet("RFM")!;
    expect(rfm.values).toEqual([
      ["Segment", "Customers"],
      ["Champions", 3],
    ]);
    expect(rfm.tables).toHaveLength(1);
    expect(rfm.colorScales).toHaveLength(1);
    expect(rfm.formatAt(1, 1)).toBe("#,##0");
    book.activate("Orders");
    expect(book.activeSheet()).toBe("Orders");
  });

  test("an empty file gives an empty workbook", () => {
    const book = createBook([]);
    expect(book.sheetNames()).toEqual([]);
    expect(book.activeSheet()).toBe("");
  });
});
