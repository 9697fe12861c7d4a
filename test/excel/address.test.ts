import fc from "fast-check";
import {
  cellAddress,
  columnIndex,
  columnLetters,
  columnOfAddress,
  columnRef,
  formatAddress,
  intersect,
  isPlainSheetName,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  quoteSheetName,
  tryParseAddress,
} from "../../src/excel/address";
import { WorkbookError } from "../../src/excel/gateway";

describe("column letters", () => {
  // Excel's own column headings: A..Z, AA after Z, AZ then BA, ZZ then AAA, XFD is the last (16,384th).
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %d is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  test("round-trips over every column", () => {
    for (let i = 0; i < MAX_COLS; i++) expect(columnIndex(columnLetters(i))).toBe(i);
  });

  test("rejects what is not a column", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(MAX_COLS)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
    expect(() => columnIndex("XFE")).toThrow(/beyond XFD/);
    expect(() => columnIndex("ABCD")).toThrow(RangeError);
    expect(() => columnIndex("")).toThrow(RangeError);
    expect(() => columnIndex("A1")).toThrow(RangeError);
  });
});

describe("sheet name quoting", () => {
  test.each([
    ["Orders", "Orders"],
    ["Sheet_1", "Sheet_1"],
    ["data.2024", "data.2024"],
    ["数据", "数据"],
    ["My sheet", "'My sheet'"],
    ["Bob's", "'Bob''s'"],
    ["it''s", "'it''''s'"],
    ["2024", "'2024'"],
    ["2024 sales", "'2024 sales'"],
    ["A1", "'A1'"],
    ["XFD1048576", "'XFD1048576'"],
    ["R1C1", "'R1C1'"],
    ["R", "'R'"],
    ["c", "'c'"],
    ["RC", "'RC'"],
    ["TRUE", "'TRUE'"],
    ["Sales-EU", "'Sales-EU'"],
    ["RFM (2)", "'RFM (2)'"],
  ])("%s -> %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  test("plain names need no quotes", () => {
    expect(isPlainSheetName("RFM")).toBe(true);
    expect(isPlainSheetName("RFM (2)")).toBe(false);
  });
});

describe("formatAddress", () => {
  test("one cell, a rectangle, sheet-qualified, absolute", () => {
    expect(formatAddress({ row: 1, col: 1, rows: 1, cols: 1 })).toBe("B2");
    expect(formatAddress({ row: 0, col: 0, rows: 100, cols: 6 })).toBe("A1:F100");
    expect(formatAddress({ row: 0, col: 0, rows: 100, cols: 6 }, { sheet: "Orders" })).toBe("Orders!A1:F100");
    expect(formatAddress({ row: 1, col: 1, rows: 1, cols: 1 }, { sheet: "My sheet" })).toBe("'My sheet'!B2");
    expect(formatAddress({ row: 0, col: 0, rows: 2, cols: 2 }, { absolute: true })).toBe("$A$1:$B$2");
    expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
    expect(cellAddress(0, 0, true)).toBe("$A$1");
  });

  test("whole columns and whole rows", () => {
    expect(formatAddress({ row: 0, col: 0, rows: MAX_ROWS, cols: 1 })).toBe("A:A");
    expect(formatAddress({ row: 0, col: 2, rows: MAX_ROWS, cols: 3 }, { sheet: "Orders" })).toBe("Orders!C:E");
    expect(formatAddress({ row: 1, col: 0, rows: 4, cols: MAX_COLS })).toBe("2:5");
    expect(formatAddress({ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS })).toBe("A1:XFD1048576");
  });

  test("refuses rectangles off the sheet", () => {
    expect(() => formatAddress({ row: 0, col: 0, rows: 0, cols: 1 })).toThrow(RangeError);
    expect(() => formatAddress({ row: MAX_ROWS - 1, col: 0, rows: 2, cols: 1 })).toThrow(RangeError);
    expect(() => formatAddress({ row: 0, col: MAX_COLS, rows: 1, cols: 1 })).toThrow(RangeError);
    expect(() => formatAddress({ row: -1, col: 0, rows: 1, cols: 1 })).toThrow(RangeError);
  });
});

describe("parseAddress", () => {
  test.each([
    ["A1", { row: 0, col: 0, rows: 1, cols: 1 }],
    ["B2", { row: 1, col: 1, rows: 1, cols: 1 }],
    ["A1:F100", { row: 0, col: 0, rows: 100, cols: 6 }],
    ["$A$1:$F$100", { row: 0, col: 0, rows: 100, cols: 6 }],
    ["$A1:F$100", { row: 0, col: 0, rows: 100, cols: 6 }],
    ["f100:a1", { row: 0, col: 0, rows: 100, cols: 6 }],
    ["B5:D2", { row: 1, col: 1, rows: 4, cols: 3 }],
    ["XFD1048576", { row: 1048575, col: 16383, rows: 1, cols: 1 }],
  ])("%s", (address, ref) => {
    expect(parseAddress(address)).toEqual({ ...ref, wholeColumns: false, wholeRows: false });
  });

  test("sheet names, plain and quoted", () => {
    expect(parseAddress("Orders!A1:F100")).toEqual({ sheet: "Orders", row: 0, col: 0, rows: 100, cols: 6, wholeColumns: false, wholeRows: false });
    expect(parseAddress("'My sheet'!B2")).toMatchObject({ sheet: "My sheet", row: 1, col: 1, rows: 1, cols: 1 });
    expect(parseAddress("'Bob''s data'!$C$3")).toMatchObject({ sheet: "Bob's data", row: 2, col: 2 });
    expect(parseAddress("'A!B'!A1")).toMatchObject({ sheet: "A!B", row: 0, col: 0 });
    expect(parseAddress("数据!A1")).toMatchObject({ sheet: "数据" });
  });

  test("whole columns and rows", () => {
    expect(parseAddress("A:A")).toEqual({ row: 0, col: 0, rows: MAX_ROWS, cols: 1, wholeColumns: true, wholeRows: false });
    expect(parseAddress("Orders!$C:$E")).toEqual({ sheet: "Orders", row: 0, col: 2, rows: MAX_ROWS, cols: 3, wholeColumns: true, wholeRows: false });
    expect(parseAddress("E:C")).toMatchObject({ col: 2, cols: 3 });
    expect(parseAddress("2:5")).toEqual({ row: 1, col: 0, rows: 4, cols: MAX_COLS, wholeColumns: false, wholeRows: true });
  });

  test.each(["", "A", "A0", "1", "A1:", ":A1", "A1:B2:C3", "XFE1", "A1048577", "'Orders!A1", "''!A1", "My sheet!A1", "Orders!", "!A1", "A1B2", "A:1", "0:3", "Orders"])(
    "%j is not an address",
    (address) => {
      expect(tryParseAddress(address)).toBeUndefined();
      expect(() => parseAddress(address)).toThrow(WorkbookError);
    },
  );

  test("the error kind is bad-address", () => {
    try {
      parseAddress("nonsense!!");
      throw new Error("did not throw");
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookError);
      expect((e as WorkbookError).kind).toBe("bad-address");
    }
  });

  test("format then parse gives the same range and sheet (property)", () => {
    const sheetName = fc.oneof(fc.constantFrom("Orders", "My sheet", "Bob's", "A1", "2024", "R1C1", "数据 表"), fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'") && s.trim() !== ""));
    const ref = fc
      .record({ row: fc.integer({ min: 0, max: MAX_ROWS - 1 }), col: fc.integer({ min: 0, max: MAX_COLS - 1 }) })
      .chain(({ row, col }) => fc.record({ row: fc.constant(row), col: fc.constant(col), rows: fc.integer({ min: 1, max: MAX_ROWS - row }), cols: fc.integer({ min: 1, max: MAX_COLS - col }) }));
    fc.assert(
      fc.property(ref, sheetName, fc.boolean(), (r, sheet, absolute) => {
        const parsed = parseAddress(formatAddress(r, { sheet, absolute }));
        expect(parsed.sheet).toBe(sheet);
        expect({ row: parsed.row, col: parsed.col, rows: parsed.rows, cols: parsed.cols }).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });
});

describe("one column of a range", () => {
  test("column C of Orders!A1:F100 is Orders!C1:C100", () => {
    expect(columnOfAddress("Orders!A1:F100", 2)).toBe("Orders!C1:C100");
    expect(columnOfAddress("A1:F100", 0)).toBe("A1:A100");
    expect(columnOfAddress("'My sheet'!$A$1:$F$9", 5)).toBe("'My sheet'!$F$1:$F$9");
    expect(columnOfAddress("Orders!A:F", 2)).toBe("Orders!C:C");
    expect(columnOfAddress("B2:D2", 1)).toBe("C2");
  });

  test("offsets outside the range are refused", () => {
    expect(() => columnOfAddress("A1:F100", 6)).toThrow(RangeError);
    expect(() => columnRef({ row: 0, col: 0, rows: 2, cols: 2 }, -1)).toThrow(RangeError);
    expect(columnRef({ row: 3, col: 4, rows: 10, cols: 3 }, 2)).toEqual({ row: 3, col: 6, rows: 10, cols: 1 });
  });
});

describe("intersect", () => {
  test("overlap, containment, none", () => {
    expect(intersect({ row: 0, col: 0, rows: MAX_ROWS, cols: 1 }, { row: 2, col: 0, rows: 10, cols: 4 })).toEqual({ row: 2, col: 0, rows: 10, cols: 1 });
    expect(intersect({ row: 0, col: 0, rows: 5, cols: 5 }, { row: 3, col: 3, rows: 5, cols: 5 })).toEqual({ row: 3, col: 3, rows: 2, cols: 2 });
    expect(intersect({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 2, col: 0, rows: 2, cols: 2 })).toBeUndefined();
    expect(intersect({ row: 0, col: 5, rows: MAX_ROWS, cols: 1 }, { row: 0, col: 0, rows: 9, cols: 5 })).toBeUndefined();
  });
});
