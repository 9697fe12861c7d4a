import { enterValue } from "../../src/excel/memory-gateway";
import { blockWidth, formatRow, needsQuotePrefix, numberAsText, prepareBlock, prepareRow, safeCellValue, TEXT_FORMAT } from "../../src/excel/text-safety";

describe("strings in cells that are not text-formatted", () => {
  test.each(["=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+44 20 7946 0000", "-5", "-abc", "@SUM(A1)", "'quoted", "\tindented", "\rline", "\nline"])(
    "%j gets the quote prefix (a formula start)",
    (s) => {
      expect(needsQuotePrefix(s)).toBe(true);
      expect(safeCellValue(s, undefined)).toBe(`'${s}`);
      expect(safeCellValue(s, "#,##0")).toBe(`'${s}`);
    },
  );

  test.each(["00123", "1/2", "12%", "1e5", "TRUE", "false", "#N/A", "$12", "2024-03-05", "C00042", "555", "R \\ F", "3:30"])(
    "%j gets the quote prefix (Excel would convert it)",
    (s) => {
      expect(needsQuotePrefix(s)).toBe(true);
      expect(safeCellValue(s, undefined)).toBe(`'${s}`);
    },
  );

  test.each(["Champions", "Can't Lose Them", "Need Attention", "About To Sleep", "客户", "Ünïcödé", "R&D", " leading space"])("%j is written as it is", (s) => {
    expect(safeCellValue(s, undefined)).toBe(s);
  });

  test("numbers, booleans and empty strings are left alone; non-finite numbers become empty", () => {
    expect(safeCellValue(42, undefined)).toBe(42);
    expect(safeCellValue(0.125, "0.0%")).toBe(0.125);
    expect(safeCellValue(true, undefined)).toBe(true);
    expect(safeCellValue("", undefined)).toBe("");
    expect(safeCellValue(NaN, undefined)).toBe("");
    expect(safeCellValue(Infinity, "#,##0")).toBe("");
    expect(safeCellValue(undefined, undefined)).toBe("");
  });
});

describe("cells formatted as text", () => {
  test("strings are kept as they are, formulas included (the @ format keeps them text)", () => {
    expect(safeCellValue("=1+1", TEXT_FORMAT)).toBe("=1+1");
    expect(safeCellValue("00123", TEXT_FORMAT)).toBe("00123");
    expect(safeCellValue("-5", TEXT_FORMAT)).toBe("-5");
  });

  test("a leading apostrophe is doubled so it survives as a character", () => {
    expect(safeCellValue("'quoted", TEXT_FORMAT)).toBe("''quoted");
  });

  test("numbers and booleans become the text Excel shows", () => {
    expect(safeCellValue(1001, TEXT_FORMAT)).toBe("1001");
    expect(safeCellValue(0.1 + 0.2, TEXT_FORMAT)).toBe("0.3");
    expect(safeCellValue(-0, TEXT_FORMAT)).toBe("0");
    expect(safeCellValue(false, TEXT_FORMAT)).toBe("FALSE");
    expect(numberAsText(123456789012345680)).toBe("123456789012346000");
    expect(numberAsText(1 / 3)).toBe("0.333333333333333");
  });
});

describe("prepareBlock", () => {
  test("pads ragged rows, protects text by column, formats every row", () => {
    const block = prepareBlock(
      [
        ["C001", "=cmd|' /C calc'!A0", 5],
        ["00042", "Champions"],
      ],
      [TEXT_FORMAT, undefined, "#,##0"],
    );
    expect(block.width).toBe(3);
    expect(block.values).toEqual([
      ["C001", "'=cmd|' /C calc'!A0", 5],
      ["00042", "Champions", ""],
    ]);
    expect(block.numberFormat).toEqual([
      ["@", null, "#,##0"],
      ["@", null, "#,##0"],
    ]);
  });

  test("no formats at all: no numberFormat is sent", () => {
    expect(prepareBlock([["a", 1]]).numberFormat).toBeUndefined();
    expect(prepareBlock([["a", 1]], [undefined, undefined]).numberFormat).toBeUndefined();
    expect(formatRow(2, [undefined, undefined, "@"])).toBeUndefined(); // formats beyond the block's width do not count
  });

  test("row helpers", () => {
    expect(blockWidth([[1], [1, 2, 3], []])).toBe(3);
    expect(prepareRow(["=x"], 2, [TEXT_FORMAT])).toEqual(["=x", ""]);
  });

  test("what Excel stores from the prepared values is the original text (checked with the in-memory Excel input model)", () => {
    const texts = ["=1+1", "+1", "-1", "@x", "'a", "00123", "1/2", "TRUE", "12%", "Champions", "C00042", "\tx"];
    for (const format of [undefined, "#,##0", TEXT_FORMAT]) {
      for (const s of texts) {
        const stored = enterValue(safeCellValue(s, format), format);
        expect(stored?.value).toBe(s);
        expect(stored?.formula).toBeUndefined();
      }
    }
    // And without protection the same input would not be text: the model is not a no-op.
    expect(enterValue("=1+1", undefined)?.formula).toBe(true);
    expect(enterValue("00123", undefined)?.value).toBe(123);
    expect(enterValue("TRUE", undefined)?.value).toBe(true);
  });
});
