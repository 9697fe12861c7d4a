import type { RangeData } from "../../../src/excel/gateway";
import { columnOptions, initialHeader, initialMapping, mappingProblem, previewRows, taskInput } from "../../../src/taskpane/wizard/transaction-data";

const range: RangeData = {
  address: "Orders!B3:E6",
  sheet: "Orders",
  row: 2,
  col: 1,
  rows: 4,
  cols: 4,
  values: [
    ["Order ID", "Customer ID", "Order Date", "Amount"],
    [1, "C1", 45292, 10],
    [2, "C2", "2024-01-02", ""],
    [3, "C1", 45294, "=1+1"],
  ],
};

test("header detection, column options and auto-mapping", () => {
  expect(initialHeader(range)).toBe(true);
  expect(columnOptions(range, true).map((o) => `${o.header}/${o.letter}`)).toEqual(["Order ID/B", "Customer ID/C", "Order Date/D", "Amount/E"]);
  expect(columnOptions(range, false).map((o) => o.header)).toEqual(["", "", "", ""]);
  expect(initialMapping(range, true)).toEqual({ customer: 1, date: 2, amount: 3 });
});

test("mapping problems", () => {
  expect(mappingProblem({ customer: 1, date: 2, amount: 3 })).toBeUndefined();
  expect(mappingProblem({ customer: 1, date: -1, amount: 3 })).toBe("incomplete");
  expect(mappingProblem({ customer: 1, date: 1, amount: 3 })).toBe("duplicate");
});

test("task input numbers rows as the sheet does and labels columns by header", () => {
  const input = taskInput(range, true, { customer: 1, date: 2, amount: 3 });
  expect(input.firstRowNumber).toBe(3);
  expect(input.labels).toEqual({ customer: "Customer ID", date: "Order Date", amount: "Amount" });
});

test("preview shows dates as yyyy-mm-dd and the sheet's row numbers", () => {
  expect(previewRows(range, true, { customer: 1, date: 2, amount: 3 }, 2)).toEqual([
    { row: 4, cells: ["C1", "2024-01-01", "10"] },
    { row: 5, cells: ["C2", "2024-01-02", ""] },
  ]);
});
