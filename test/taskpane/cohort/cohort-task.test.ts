// The cohort wizard's tasks (what crosses the worker boundary) and the optional amount column of
// the shared transaction data step.
import { runTask, taskFailure, type TransactionInput } from "../../../src/taskpane/compute/tasks";
import { mappingProblem, previewRows } from "../../../src/taskpane/wizard/transaction-data";
import type { RangeData } from "../../../src/excel/gateway";

const VALUES = [
  ["Customer", "Date", "Amount"],
  ["A", "2024-01-05", 10],
  ["B", "2024-01-20", ""],
  ["A", "2024-02-10", 5],
];
const input = (amount: number): TransactionInput => ({
  values: VALUES,
  hasHeader: true,
  mapping: { customer: 0, date: 1, amount },
  labels: { customer: "Customer", date: "Date", amount: amount >= 0 ? "Amount" : "amounts" },
  firstRowNumber: 1,
});

test("cohorts count rows with a blank amount unless the measure is revenue", () => {
  const customers = runTask({ kind: "cohort.run", input: input(2), settings: { period: "month", measure: "customers" } }) as { report: { tables: { name: string; rows: unknown[][] }[] } };
  // 2024-01: A and B (2), Month 1: A.
  expect(customers.report.tables[0].rows).toEqual([["2024-01", 2, 2, 1]]);
  const revenue = runTask({ kind: "cohort.run", input: input(2), settings: { period: "month", measure: "revenue" } }) as typeof customers;
  // B's row has no amount: skipped, as =CX.COHORT(..., "revenue", amounts) skips it. 2024-01: A only.
  expect(revenue.report.tables[0].rows).toEqual([["2024-01", 1, 10, 5]]);
});

test("revenue without an amount column is an input problem in plain words", () => {
  let failure;
  try {
    runTask({ kind: "cohort.run", input: input(-1), settings: { period: "month", measure: "revenue" } });
  } catch (e) {
    failure = taskFailure(e);
  }
  expect(failure).toEqual({ kind: "input", message: 'amounts: give the amounts of the transactions for the measure "revenue"', argument: "amounts", row: undefined });
});

test("without an amount column the inspection keeps every row", () => {
  expect(runTask({ kind: "transactions.inspect", input: input(-1) })).toMatchObject({ rows: 3, skipped: [], blankRows: 0 });
  expect(runTask({ kind: "transactions.inspect", input: input(2) })).toMatchObject({ rows: 2 });
});

test("the funnel task numbers rows as in the sheet", () => {
  let failure;
  try {
    runTask({
      kind: "funnel.run",
      input: { values: [["Stage", "Users"], ["Visit", 100], ["Cart", 120]], hasHeader: true, stage: 0, count: 1, labels: { stage: "Stage", count: "Users" }, firstRowNumber: 3 },
    });
  } catch (e) {
    failure = taskFailure(e);
  }
  expect(failure).toMatchObject({ kind: "input", row: 5, message: "Users, row 5: 120 is more than the stage before ('Visit', 100): counts must not increase down a funnel (check the stage order)" });
});

test("an optional amount may be left unmapped; the preview shows the mapped columns", () => {
  expect(mappingProblem({ customer: 0, date: 1, amount: -1 })).toBe("incomplete");
  expect(mappingProblem({ customer: 0, date: 1, amount: -1 }, ["amount"])).toBeUndefined();
  expect(mappingProblem({ customer: 0, date: 1, amount: 1 }, ["amount"])).toBe("duplicate");
  expect(mappingProblem({ customer: -1, date: 1, amount: -1 }, ["amount"])).toBe("incomplete");
  const range: RangeData = { address: "S!A1:C4", sheet: "S", row: 0, col: 0, rows: 4, cols: 3, values: VALUES };
  expect(previewRows(range, true, { customer: 0, date: 1, amount: -1 }, 2, ["customer", "date"])).toEqual([
    { row: 2, cells: ["A", "2024-01-05"] },
    { row: 3, cells: ["B", "2024-01-20"] },
  ]);
});
