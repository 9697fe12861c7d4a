import type { RangeData } from "../../../src/excel/gateway";
import { columnOptions, initialHeader, initialMapping, mappingProblem, previewRows, taskInput } from "../../../src/taskpane/rfm/data-model";
import { columnAddress, rfmFormula } from "../../../src/taskpane/rfm/formula";

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

test("formula equivalent", () => {
  const m = { customer: 1, date: 2, amount: 3 };
  expect(columnAddress(range, 1)).toBe("Orders!C3:C6");
  expect(rfmFormula(range, m, { bins: 5, asOf: "", monetary: "total", mergeSameDay: false })).toBe("=CX.RFM(Orders!C3:C6,Orders!D3:D6,Orders!E3:E6)");
  expect(rfmFormula(range, m, { bins: 4, asOf: "2025-01-01", monetary: "mean", mergeSameDay: true }, "Map!A1:D5")).toBe(
    '=CX.RFM(Orders!C3:C6,Orders!D3:D6,Orders!E3:E6,"2025-01-01",4,Map!A1:D5,"mean",TRUE)',
  );
  expect(columnAddress({ ...range, sheet: "My orders" }, 1)).toBe("'My orders'!C3:C6");
});
