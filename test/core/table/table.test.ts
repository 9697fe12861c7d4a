import { findColumn, readTable } from "../../../src/core/table/table";

const grid = [
  ["Order ID", "Customer ID", "Order Date", "Amount"],
  [1, "C1", "2024-01-05", "12.50"],
  [2, "C2", "2024-01-06", "n/a"],
];

describe("findColumn", () => {
  test("by header name, ignoring case and spacing", () => {
    expect(findColumn(grid[0], "customer id", "customer")).toBe(1);
    expect(findColumn(grid[0], "ORDER_DATE", "date")).toBe(2);
  });
  test("by 1-based position as text, or 0-based index", () => {
    expect(findColumn(grid[0], "4", "amount")).toBe(3);
    expect(findColumn(grid[0], 0, "id")).toBe(0);
  });
  test("unknown names list the columns", () => {
    expect(() => findColumn(grid[0], "Revenue", "amount")).toThrow(
      "amount: no column named 'Revenue' (the columns are: Order ID, Customer ID, Order Date, Amount)",
    );
    expect(() => findColumn(grid[0], "9", "amount")).toThrow("amount: column 9 does not exist (the table has 4 columns)");
  });
});

describe("readTable", () => {
  test("reads named columns and reports errors with the file's row number and header", () => {
    expect(() =>
      readTable(grid, {
        customer: { kind: "id", label: "customer", column: "Customer ID" },
        amount: { kind: "number", label: "amount", column: "Amount" },
      }),
    ).toThrow("Amount, row 3: 'n/a' is not a number");
    const ok = readTable(grid.slice(0, 2), {
      customer: { kind: "id", label: "customer", column: "Customer ID" },
      day: { kind: "date", label: "date", column: "Order Date" },
    });
    expect(ok.columns.customer).toEqual(["C1"]);
    expect(Array.from(ok.columns.day)).toEqual([19727]); // 2024-01-05
    expect(Array.from(ok.sourceRows)).toEqual([2]);
  });
});
