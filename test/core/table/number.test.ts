import { parseNumber } from "../../../src/core/table/number";

describe("parseNumber", () => {
  test.each<[unknown, number]>([
    [12, 12],
    [-0.5, -0.5],
    ["42", 42],
    [" 3.25 ", 3.25],
    ["-3e2", -300],
    ["+7", 7],
    [".5", 0.5],
    ["1,234.50", 1234.5],
    ["1,234,567", 1234567],
    ["$12.50", 12.5],
    ["-$12.50", -12.5],
    ["€ 8", 8],
    ["¥1,000", 1000],
    ["(12.50)", -12.5],
    ["15%", 0.15],
    ["USD 20", 20],
  ])("%p is %p", (cell, value) => {
    expect(parseNumber(cell)).toBeCloseTo(value, 12);
  });

  test.each<unknown>(["n/a", "", "  ", "1,23", "12,3456", "--5", "1.2.3", "$", "abc12", true, false, null, undefined, NaN, Infinity, {}, "1e400"])(
    "%p is not a number",
    (cell) => {
      expect(parseNumber(cell)).toBeUndefined();
    },
  );
});
