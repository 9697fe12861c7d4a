import fc from "fast-check";
import { freeSheetName, freeTableName, isValidSheetName, isValidTableName, looksLikeCellReference, MAX_SHEET_NAME, MAX_TABLE_NAME } from "../../src/excel/names";

describe("freeSheetName", () => {
  test("RFM, then RFM (2), RFM (3)", () => {
    expect(freeSheetName("RFM", [])).toBe("RFM");
    expect(freeSheetName("RFM", ["Orders"])).toBe("RFM");
    expect(freeSheetName("RFM", ["Orders", "RFM"])).toBe("RFM (2)");
    expect(freeSheetName("RFM", ["RFM", "RFM (2)"])).toBe("RFM (3)");
    expect(freeSheetName("RFM", ["RFM", "RFM (3)"])).toBe("RFM (2)");
  });

  test("names are compared ignoring case", () => {
    expect(freeSheetName("RFM", ["rfm"])).toBe("RFM (2)");
    expect(freeSheetName("rfm", ["RFM", "Rfm (2)"])).toBe("rfm (3)");
  });

  test("History is reserved", () => {
    expect(freeSheetName("History", [])).toBe("History (2)");
    expect(freeSheetName("history", ["History (2)"])).toBe("history (3)");
    expect(isValidSheetName("HISTORY")).toBe(false);
    expect(isValidSheetName("History (2)")).toBe(true);
  });

  test("forbidden characters become spaces; apostrophes at the ends go; blank falls back", () => {
    expect(freeSheetName("Sales: 2024/Q1 [EU]?*", [])).toBe("Sales 2024 Q1 EU");
    expect(freeSheetName("a\\b", [])).toBe("a b");
    expect(freeSheetName("'quoted'", [])).toBe("quoted");
    expect(freeSheetName("Bob's", [])).toBe("Bob's");
    expect(freeSheetName("   ", [])).toBe("Sheet");
    expect(freeSheetName("[]", ["Sheet"])).toBe("Sheet (2)");
  });

  test("at most 31 characters, suffix included", () => {
    const long = "Customer lifetime value by segment and month";
    const first = freeSheetName(long, []);
    expect(first).toBe(long.slice(0, 31).trimEnd());
    expect(first.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    const second = freeSheetName(long, [first]);
    expect(second).toBe(`${long.slice(0, 27).trimEnd()} (2)`);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    const names = [first, second];
    for (let i = 3; i <= 12; i++) names.push(freeSheetName(long, names));
    expect(names[11]).toMatch(/ \(12\)$/);
    expect(names.every((n) => n.length <= MAX_SHEET_NAME)).toBe(true);
  });

  test("a cut never leaves an apostrophe or space at the end, nor half a surrogate pair", () => {
    expect(freeSheetName(`${"a".repeat(30)}'b`, [])).toBe("a".repeat(30));
    // Excel counts UTF-16 units: 29 letters and an emoji (2 units) fit, 30 letters and an emoji do not.
    expect(freeSheetName(`${"a".repeat(29)}😀x`, [])).toBe(`${"a".repeat(29)}😀`);
    expect(freeSheetName(`${"a".repeat(30)}😀x`, [])).toBe("a".repeat(30));
  });

  test("validity rules", () => {
    expect(isValidSheetName("RFM")).toBe(true);
    expect(isValidSheetName("")).toBe(false);
    expect(isValidSheetName(" ")).toBe(false);
    expect(isValidSheetName("a".repeat(32))).toBe(false);
    expect(isValidSheetName("'a")).toBe(false);
    expect(isValidSheetName("a'")).toBe(false);
    for (const ch of [":", "\\", "/", "?", "*", "[", "]"]) expect(isValidSheetName(`a${ch}b`)).toBe(false);
  });

  test("always valid and free (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 35 }), { maxLength: 8 }), (base, existing) => {
        const name = freeSheetName(base, existing);
        expect(isValidSheetName(name)).toBe(true);
        expect(existing.map((e) => e.toUpperCase())).not.toContain(name.toUpperCase());
      }),
      { numRuns: 300 },
    );
  });
});

describe("freeTableName", () => {
  test("RFM_Customers, then RFM_Customers_2", () => {
    expect(freeTableName("RFM_Customers", [])).toBe("RFM_Customers");
    expect(freeTableName("RFM_Customers", ["RFM_Customers"])).toBe("RFM_Customers_2");
    expect(freeTableName("RFM_Customers", ["rfm_customers", "RFM_CUSTOMERS_2"])).toBe("RFM_Customers_3");
  });

  test("other characters become underscores; a leading digit gets an underscore first", () => {
    expect(freeTableName("RFM (2)_Customers", [])).toBe("RFM_2_Customers");
    expect(freeTableName("Sales 2024", [])).toBe("Sales_2024");
    expect(freeTableName("2024 sales", [])).toBe("_2024_sales");
    expect(freeTableName("  ", [])).toBe("Table");
    expect(freeTableName("客户 表", [])).toBe("客户_表");
  });

  test("names that read as cell references are changed", () => {
    expect(freeTableName("A1", [])).toBe("A1_");
    expect(freeTableName("XFD100", [])).toBe("XFD100_");
    expect(freeTableName("R1C1", [])).toBe("R1C1_");
    expect(freeTableName("R", [])).toBe("R_");
    expect(freeTableName("c", [])).toBe("c_");
    expect(freeTableName("A1", ["A1_"])).toBe("A1_2");
    expect(looksLikeCellReference("ABCD1")).toBe(false);
    expect(looksLikeCellReference("RC")).toBe(true);
    expect(looksLikeCellReference("Revenue")).toBe(false);
  });

  test("at most 255 characters, suffix included", () => {
    const long = "T".repeat(300);
    const first = freeTableName(long, []);
    expect(first).toHaveLength(MAX_TABLE_NAME);
    const second = freeTableName(long, [first]);
    expect(second).toHaveLength(MAX_TABLE_NAME);
    expect(second.endsWith("T_2")).toBe(true);
  });

  test("always valid and free (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }), (base, existing) => {
        const name = freeTableName(base, existing);
        expect(isValidTableName(name)).toBe(true);
        expect(existing.map((e) => e.toUpperCase())).not.toContain(name.toUpperCase());
      }),
      { numRuns: 300 },
    );
  });
});
