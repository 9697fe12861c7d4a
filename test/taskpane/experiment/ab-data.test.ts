// The A/B wizard's input logic: count fields (numbers or cells), their checks in both languages,
// the columns found by header, the test chosen by the outcome's values, and the formulas.
import fs from "fs";
import path from "path";
import type { RangeData } from "../../../src/excel/gateway";
import {
  countsFormula,
  countsProblem,
  detectTest,
  initialColumns,
  initialHeader,
  parseCountEntry,
  rangeFormula,
  rangeInput,
  sampleSizeFormula,
} from "../../../src/taskpane/experiment/ab-data";

const range = (values: unknown[][], sheet = "Visits", row = 0, col = 0): RangeData => ({
  address: `${sheet}!X`,
  sheet,
  row,
  col,
  rows: values.length,
  cols: values[0]?.length ?? 0,
  values,
});

describe("count fields", () => {
  test.each([
    ["48", { kind: "number", value: 48 }],
    [" 1,234 ", { kind: "number", value: 1234 }],
    ["4.5", { kind: "number", value: 4.5 }],
    ["", { kind: "blank" }],
    ["   ", { kind: "blank" }],
    ["B2", { kind: "cell", address: "B2" }],
    ["=Summary!$C$3", { kind: "cell", address: "Summary!$C$3" }],
    ["'Q1 data'!B2", { kind: "cell", address: "'Q1 data'!B2" }],
    ["B2:C3", { kind: "bad", text: "B2:C3" }],
    ["eighty", { kind: "bad", text: "eighty" }],
  ])("%j", (text, entry) => {
    expect(parseCountEntry(text)).toEqual(entry);
  });
});

describe("countsProblem", () => {
  const ok = { conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 };
  test("valid counts (numbers or numeric text from cells) have no problem", () => {
    expect(countsProblem("en", ok)).toBeUndefined();
    expect(countsProblem("en", { ...ok, visitorsA: "80", conversionsB: 0 })).toBeUndefined();
    expect(countsProblem("en", { ...ok, conversionsA: 80 })).toBeUndefined();
  });

  test.each([
    [{ conversionsA: 81 }, "A has more conversions (81) than visitors (80): a visitor converts at most once. Check the two numbers."],
    [{ conversionsB: 71 }, "B has more conversions (71) than visitors (70): a visitor converts at most once. Check the two numbers."],
    [{ visitorsB: "" }, "Visitors in B is blank: give a number or a cell."],
    [{ visitorsA: "n/a" }, "Visitors in A: “n/a” is not a number."],
    [{ visitorsA: 0 }, "Visitors in A: 0 must be a whole number of at least 1."],
    [{ conversionsB: -1 }, "Conversions in B (variant): -1 must be a whole number of 0 or more."],
    [{ conversionsA: 2.5 }, "Conversions in A (control): 2.5 must be a whole number of 0 or more."],
  ])("%j", (patch, message) => {
    expect(countsProblem("en", { ...ok, ...patch })).toBe(message);
  });

  test("in Chinese", () => {
    expect(countsProblem("zh", { ...ok, conversionsA: 90 })).toBe("A 的转化数（90）多于访客数（80）：每位访客最多转化一次。请检查这两个数字。");
    expect(countsProblem("zh", { ...ok, visitorsB: "" })).toBe("B 的访客数为空：请输入一个数字或单元格。");
  });
});

describe("columns of a per-visitor range", () => {
  test("the example file's columns are found by header: Variant, then Converted (rates) or Order value (means)", () => {
    const csv = fs.readFileSync(path.resolve(__dirname, "../../../examples/ab-test.csv"), "utf8");
    const rows = csv
      .trim()
      .split("\n")
      .slice(0, 200)
      .map((line, i) => line.split(",").map((v, j) => (i === 0 || j < 2 || v === "" ? v : Number(v))));
    const r = range(rows);
    expect(initialHeader(r)).toBe(true);
    expect(initialColumns(r, true)).toEqual({ group: 1, outcome: 2 });
    expect(detectTest(r, true, 2)).toBe("rates");
    expect(detectTest(r, true, 3)).toBe("means");
  });

  test("Chinese headers and a metric only", () => {
    const r = range([
      ["用户", "分组", "订单金额"],
      ["u1", "对照组", 12.5],
      ["u2", "新版", 30],
    ]);
    expect(initialColumns(r, true)).toEqual({ group: 1, outcome: 2 });
    expect(detectTest(r, true, 2)).toBe("means");
  });

  test("0/1 as text still reads as conversions; blanks are ignored", () => {
    const r = range([["Group", "Converted"], ["A", "1"], ["B", ""], ["B", 0]]);
    expect(detectTest(r, true, 1)).toBe("rates");
  });

  test("the task input carries the header names and the sheet row of the first value", () => {
    const r = range([["Variant", "Converted"], ["A", 1]], "Visits", 4, 2);
    expect(rangeInput(r, true, { group: 0, outcome: 1 }, "rates", "en")).toMatchObject({
      mode: "range",
      group: 0,
      outcome: 1,
      test: "rates",
      labels: { group: "Variant", outcome: "Converted" },
      firstRowNumber: 5,
    });
    expect(rangeInput(r, false, { group: 0, outcome: 1 }, "rates", "en").labels).toEqual({ group: "C", outcome: "D" });
  });
});

describe("formulas", () => {
  test("counts: numbers or cells, the confidence level only when not 95%", () => {
    const args = { conversionsA: "48", visitorsA: "80", conversionsB: "56", visitorsB: "70" };
    expect(countsFormula(args, 0.95)).toBe("=CX.ABTEST(48,80,56,70)");
    expect(countsFormula({ ...args, visitorsB: "Summary!B3" }, 0.9)).toBe('=CX.ABTEST(48,80,56,Summary!B3,"90%")');
  });

  test("range: COUNTIFS for rates, FILTER without blanks for means; quotes in group names doubled", () => {
    const r = range([["Variant", "Converted"], ['Say "hi"', 1]], "My data", 1, 1);
    expect(rangeFormula(r, { group: 0, outcome: 1 }, "rates", { a: "A", b: 'Say "hi"' }, 0.95)).toBe(
      `=CX.ABTEST(COUNTIFS('My data'!B2:B3,"A",'My data'!C2:C3,1),COUNTIFS('My data'!B2:B3,"A",'My data'!C2:C3,"<>"),` +
        `COUNTIFS('My data'!B2:B3,"Say ""hi""",'My data'!C2:C3,1),COUNTIFS('My data'!B2:B3,"Say ""hi""",'My data'!C2:C3,"<>"))`,
    );
    expect(rangeFormula(r, { group: 0, outcome: 1 }, "means", { a: "A", b: "B" }, 0.99)).toBe(
      `=CX.ABTEST.MEANS(FILTER('My data'!C2:C3,('My data'!B2:B3="A")*('My data'!C2:C3<>"")),FILTER('My data'!C2:C3,('My data'!B2:B3="B")*('My data'!C2:C3<>"")),"99%")`,
    );
  });

  test("sample size: power and alpha only when not the defaults", () => {
    expect(sampleSizeFormula(0.1, 0.12 - 0.1, 0.8, 0.05)).toBe("=CX.SAMPLESIZE(0.1,0.02)");
    expect(sampleSizeFormula(0.5, 0.25, 0.9, 0.05)).toBe("=CX.SAMPLESIZE(0.5,0.25,0.9)");
    expect(sampleSizeFormula(0.05, -0.01, 0.8, 0.01)).toBe("=CX.SAMPLESIZE(0.05,-0.01,0.8,0.01)");
  });
});
