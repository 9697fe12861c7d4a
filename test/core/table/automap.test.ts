import { autoMapColumns, detectHeaderRow, TRANSACTION_ROLES } from "../../../src/core/table/automap";

const body = [
  [1001, "C00042", 45292, "12.50", "Online"],
  [1002, "C00043", "2024-01-02", 80, "Store"],
];

test("maps the example export's headers", () => {
  expect(autoMapColumns(["Order ID", "Customer ID", "Order Date", "Amount", "Channel"], body, TRANSACTION_ROLES)).toEqual({
    customer: 1,
    date: 2,
    amount: 3,
  });
});

test("synonyms and case", () => {
  expect(autoMapColumns(["client", "REVENUE", "purchase_date"], [["a", 5, 45292]], TRANSACTION_ROLES)).toEqual({ customer: 0, date: 2, amount: 1 });
  expect(autoMapColumns(["Sales", "Date", "Client ID"], [[5, "2024-01-01", "x"]], TRANSACTION_ROLES)).toEqual({ customer: 2, date: 1, amount: 0 });
});

test("Chinese headers", () => {
  expect(autoMapColumns(["订单号", "客户编号", "下单日期", "实付金额"], [[1, "K1", "2024-03-05", "¥1,000"]], TRANSACTION_ROLES)).toEqual({
    customer: 1,
    date: 2,
    amount: 3,
  });
  expect(autoMapColumns(["客户", "日期", "金额"], [["K1", 45292, 3]], TRANSACTION_ROLES)).toEqual({ customer: 0, date: 1, amount: 2 });
});

test("a named column whose values do not fit is not chosen; unnamed typed columns are found by their values", () => {
  // "Date" holds text that is not a date; the unnamed third column holds dates.
  const m = autoMapColumns(["Customer", "Date", "Col3", "Amount"], [["a", "soon", 45292, 3], ["b", "later", 45293, 4]], TRANSACTION_ROLES);
  expect(m).toEqual({ customer: 0, date: 2, amount: 3 });
});

test("roles left unmapped are -1, and a column serves one role", () => {
  expect(autoMapColumns(["Customer"], [["a"]], TRANSACTION_ROLES)).toEqual({ customer: 0, date: -1, amount: -1 });
});

describe("detectHeaderRow", () => {
  test("a text row above data is a header", () => {
    expect(detectHeaderRow([["Customer", "Date", "Amount"], ["C1", 45292, 3]])).toBe(true);
    expect(detectHeaderRow([["客户", "日期", "金额"], ["C1", "2024-01-01", "3"]])).toBe(true);
  });
  test("data in the first row is not a header", () => {
    expect(detectHeaderRow([["C1", 45292, 3], ["C2", 45293, 4]])).toBe(false);
    expect(detectHeaderRow([["C1", "2024-01-01", "3"], ["C2", "2024-01-02", "4"]])).toBe(false);
    expect(detectHeaderRow([["Customer", "Date"]])).toBe(false);
    expect(detectHeaderRow([["a", "b"], ["c", "d"]])).toBe(false);
  });
});
