/** @jest-environment jsdom */
// The cohorts, churn and funnels wizard stores its run in the workbook: the mode, the columns with
// their headers and the options. After rows are added under the source table, the rebuild gives
// what the custom functions spill for all rows, and a refresh writes the sheet a fresh wizard run
// writes, cell for cell. A renamed column stops the rebuild with the message.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findTable, type Report } from "../../../src/core/report";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { cohort, funnel } from "../../../src/functions/cohort";
import { App } from "../../../src/taskpane/App";
import type { CohortState } from "../../../src/taskpane/cohort/cohort-recipe";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { recipeKindDef } from "../../../src/taskpane/recipes/kinds";
import { refreshAddress, refreshRecipe } from "../../../src/taskpane/recipes/refresh";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import { describeFailure } from "../../../src/taskpane/wizard/messages";

jest.setTimeout(120000);
type User = ReturnType<typeof userEvent.setup>;
const runner = inThreadRunner;

// jsdom has no SVG text layout; the charts' axis titles measure their text to wrap it.
beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

/** The orders of wizard.test.tsx: month cohorts 2024-01 (A, B), 2024-02 (C, D, F), 2024-04 (E). */
const ORDERS: (string | number)[][] = [
  ["Customer ID", "Order Date", "Amount"],
  ["A", "2024-01-05", 20],
  ["B", "2024-01-20", 35],
  ["A", "2024-02-10", 15],
  ["C", "2024-02-03", 50],
  ["D", "2024-02-14", 12],
  ["F", "2024-02-20", ""],
  ["C", "2024-02-25", 8],
  ["C", "2024-03-01", 30],
  ["B", "2024-03-15", 22],
  ["A", "2024-04-02", 18],
  ["E", "2024-04-09", 40],
];
/** Three more: G starts a cohort in 2024-05; D comes back in month 3; E in month 1 of its cohort. */
const MORE: (string | number)[][] = [
  ["G", "2024-05-03", 10],
  ["D", "2024-05-10", 25],
  ["E", "2024-05-20", 5],
];
const ALL = [...ORDERS, ...MORE];
const column = (rows: (string | number)[][], j: number) => rows.map((r) => [r[j]]);

/** A report table as a spilled grid, header first. */
const grid = (report: Report, name: string) => {
  const table = findTable(report, name);
  return [table.header, ...table.rows];
};

/** Equal to a spilled grid: numbers to 12 digits, the rest exactly. */
function expectGrid(actual: unknown[][], expected: unknown[][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) => {
    expect(row).toHaveLength(expected[i].length);
    row.forEach((v, j) => (typeof expected[i][j] === "number" ? expect(v).toBeCloseTo(expected[i][j] as number, 12) : expect(v).toBe(expected[i][j])));
  });
}

async function open(wb: MemoryWorkbook, sheet: string, address: string): Promise<User> {
  cleanup();
  wb.select(sheet, address);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open cohorts, churn and funnels wizard" }));
  return user;
}

async function runAndInsert(user: User): Promise<string> {
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  const done = await screen.findByText(/^Results written to the new sheet “(.+)”\. Your data was not changed\.$/);
  return /“(.+)”/.exec(done.textContent!)![1];
}

/** Cohort retention by month on the selection. */
async function cohortRun(wb: MemoryWorkbook, address: string, rows: number): Promise<string> {
  const user = await open(wb, "Orders", address);
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText(`Transactions to analyse: ${rows}.`);
  await user.click(screen.getByRole("button", { name: "Next" }));
  return runAndInsert(user);
}

test("cohorts: the stored recipe; the rebuild on the grown table is =CX.COHORT on all orders; a refresh equals a fresh run", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", ORDERS);
  wb.addTable("Orders", "Sales", "A1:C12");
  expect(await cohortRun(wb, "A1:C12", 10)).toBe("Cohorts"); // F's order has no amount: 10 of 11 have one

  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({ kind: "cohort", title: "Cohorts", sheet: "Cohorts", source: { address: "Orders!A1:C12", growsWith: "Sales", hasHeader: true } });
  expect(recipe.state).toEqual({
    mode: "cohort",
    settings: { period: "month", measure: "retention" },
    hasHeader: true,
    mapping: { customer: 0, date: 1, amount: 2 },
    headers: ["Customer ID", "Order Date", "Amount"],
  } satisfies CohortState);

  wb.appendRows("Orders", MORE);
  const range = await wb.readRange(refreshAddress(recipe)!);
  expect(range.address).toBe("Orders!A1:C15");
  const request = await recipeKindDef("cohort")!.rebuild(range, recipe.state, { runner, language: "en" });
  const cohorts = grid(request.report, "cohorts");
  expectGrid(cohorts, cohort(column(ALL, 0), column(ALL, 1), undefined, "retention") as unknown[][]);
  // By hand: 2024-02 (C, D, F) now has D back in month 3 (May): 1 of 3; 2024-04 (E) keeps E in month 1; 2024-05 is G.
  expect(cohorts.map((r) => r[0])).toEqual(["Cohort", "2024-01", "2024-02", "2024-04", "2024-05"]);
  expect(cohorts[2].slice(1, 6)).toEqual([3, 1, expect.closeTo(1 / 3, 12), 0, expect.closeTo(1 / 3, 12)]);
  expect(cohorts[3].slice(1, 4)).toEqual([1, 1, 1]);
  expect(request.options.formula).toBe('=CX.COHORT(Orders!A1:A15,Orders!B1:B15,,"retention")');

  expect((await refreshRecipe(recipe, { gateway: wb, runner })).status).toBe("replaced");
  expect(await cohortRun(wb, "A1:C15", 13)).toBe("Cohorts (2)");
  expect(wb.sheet("Cohorts")!.values).toEqual(wb.sheet("Cohorts (2)")!.values);
  expect(wb.sheet("Cohorts")!.colorScales.map((s) => ({ ...s }))).toEqual(wb.sheet("Cohorts (2)")!.colorScales.map((s) => ({ ...s })));
});

const FUNNEL: (string | number)[][] = [
  ["Stage", "Users"],
  ["Visit", 10000],
  ["Product view", 6200],
  ["Cart", 2100],
  ["Checkout", 1300],
  ["Purchase", 900],
];

test("a funnel reads its own range: a stage added under the table is in the rebuild; a renamed count column stops it", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Stages", FUNNEL);
  wb.addTable("Stages", "Steps", "A1:B6");
  const user = await open(wb, "Stages", "A1:B6");
  await user.click(screen.getByRole("radio", { name: /^Funnel/ }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText("Stages: 5.");
  expect(await runAndInsert(user)).toBe("Funnel");

  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({ kind: "cohort", title: "Funnel", source: { address: "Stages!A1:B6", growsWith: "Steps", hasHeader: true } });
  expect(recipe.state).toEqual({ mode: "funnel", hasHeader: true, columns: { stage: 0, count: 1 }, headers: ["Stage", "Users"] } satisfies CohortState);

  // 450 of the 900 buyers buy again: step conversion 50%, overall 4.5%.
  wb.appendRows("Stages", [["Repeat purchase", 450]]);
  const request = await recipeKindDef("cohort")!.rebuild(await wb.readRange("Steps"), recipe.state, { runner, language: "en" });
  const all = [...FUNNEL, ["Repeat purchase", 450]];
  const table = grid(request.report, "funnel");
  expectGrid(table, funnel(column(all, 0), column(all, 1)) as unknown[][]);
  expect(table[6].slice(0, 4)).toEqual(["Repeat purchase", 450, expect.closeTo(0.5, 12), expect.closeTo(0.045, 12)]);
  expect(request.options.formula).toBe("=CX.FUNNEL(Stages!A1:A7,Stages!B1:B7)");

  const renamed = new MemoryWorkbook();
  renamed.addSheetWithValues("Stages", [["Stage", "Sessions"], ...FUNNEL.slice(1)]);
  const error = await recipeKindDef("cohort")!
    .rebuild(await renamed.readRange("Stages!A1:B6"), recipe.state, { runner, language: "en" })
    .catch((e: unknown) => e);
  expect(describeFailure("en", error)).toBe(
    "The data has changed shape: column B was “Users” when this analysis was made and is now “Sessions”. Nothing was computed. Run the wizard again to map the columns.",
  );
});
