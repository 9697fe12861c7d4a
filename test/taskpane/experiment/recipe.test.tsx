/** @jest-environment jsdom */
// The A/B wizard stores its run in the workbook. Counts typed into the pane have no source: the
// recipe keeps them and a refresh recomputes the same sheet. A per-visitor range read as whole
// columns grows with them: the rebuild on the grown columns gives the engine's test on all
// visitors, and a refresh writes the sheet a fresh wizard run writes, cell for cell.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findTable } from "../../../src/core/report";
import { twoProportionTest } from "../../../src/core/experiment";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import type { AbState } from "../../../src/taskpane/experiment/ab-recipe";
import { recipeKindDef } from "../../../src/taskpane/recipes/kinds";
import { refreshAddress, refreshRecipe } from "../../../src/taskpane/recipes/refresh";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import { describeFailure } from "../../../src/taskpane/wizard/messages";

jest.setTimeout(60000);
type User = ReturnType<typeof userEvent.setup>;

async function open(wb: MemoryWorkbook): Promise<User> {
  cleanup();
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open A/B test wizard" }));
  return user;
}

/** Runs and inserts; returns the new sheet's name. */
async function runAndInsert(user: User): Promise<string> {
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  const done = await screen.findByText(/^Results written to the new sheet “(.+)”\. Your data was not changed\.$/);
  return /“(.+)”/.exec(done.textContent!)![1];
}

test("counts typed into the pane: a recipe without a source, rebuilt from the stored counts into the same sheet", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Data", [["x"]]);
  const user = await open(wb);
  const labels = ["Conversions in A (control)", "Visitors in A", "Conversions in B (variant)", "Visitors in B"];
  const counts = ["48", "80", "56", "70"];
  for (let i = 0; i < 4; i++) await user.type(screen.getByRole("textbox", { name: labels[i] }), counts[i]);
  expect(await runAndInsert(user)).toBe("A-B test");

  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({ kind: "abtest", title: "A-B test", sheet: "A-B test" });
  expect(recipe.source).toBeUndefined();
  expect(recipe.state).toEqual({
    mode: "counts",
    values: { conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 },
    args: { conversionsA: "48", visitorsA: "80", conversionsB: "56", visitorsB: "70" },
    confidence: 0.95,
  } satisfies AbState);

  // Newcombe's example (see wizard.test.tsx): the rebuild gives the engine's test of 48/80 against 56/70.
  const request = await recipeKindDef("abtest")!.rebuild(undefined, recipe.state, { runner: inThreadRunner, language: "en" });
  const expected = twoProportionTest({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 });
  expect(findTable(request.report, "arms").rows[1]).toEqual(["B", 70, 56, expected.b.rate, expected.b.interval.lower, expected.b.interval.upper]);
  expect(request.options).toMatchObject({ formula: "=CX.ABTEST(48,80,56,70)", sourceAddress: undefined });

  const before = wb.sheet("A-B test")!.values;
  expect((await refreshRecipe(recipe, { gateway: wb, runner: inThreadRunner })).status).toBe("replaced");
  expect(wb.sheet("A-B test")!.values).toEqual(before);
});

/** Ten visitors: A 1 of 5 converted, B 3 of 5. */
const FIRST = [
  ["Visitor", "Variant", "Converted"],
  ["V1", "A", 0],
  ["V2", "B", 1],
  ["V3", "A", 1],
  ["V4", "B", 0],
  ["V5", "A", 0],
  ["V6", "B", 1],
  ["V7", "A", 0],
  ["V8", "B", 1],
  ["V9", "A", 0],
  ["V10", "B", 0],
];
/** Six more: A 1 of 3, B 2 of 3. All 16: A 2 of 8, B 5 of 8. */
const MORE = [
  ["V11", "A", 1],
  ["V12", "B", 1],
  ["V13", "A", 0],
  ["V14", "B", 1],
  ["V15", "A", 0],
  ["V16", "B", 0],
];

async function rangeRun(wb: MemoryWorkbook): Promise<string> {
  wb.select("Visits", "A:C");
  const user = await open(wb);
  await user.click(screen.getByRole("radio", { name: "A range with one row per visitor (group and outcome)" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByRole("combobox", { name: "Group column (A or B)" });
  return runAndInsert(user);
}

test("a per-visitor range read as whole columns: the rebuild on the grown columns is the engine's test on all visitors", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Visits", FIRST);
  expect(await rangeRun(wb)).toBe("A-B test");

  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({ kind: "abtest", source: { address: "Visits!A1:C11", growsWith: "Visits!A:C", hasHeader: true } });
  expect(recipe.state).toEqual({ mode: "range", hasHeader: true, columns: { group: 1, outcome: 2 }, headers: ["Variant", "Converted"], test: "rates", confidence: 0.95 } satisfies AbState);

  wb.appendRows("Visits", MORE);
  const range = await wb.readRange(refreshAddress(recipe)!);
  expect(range.address).toBe("Visits!A1:C17");
  const request = await recipeKindDef("abtest")!.rebuild(range, recipe.state, { runner: inThreadRunner, language: "en" });
  const expected = twoProportionTest({ conversionsA: 2, visitorsA: 8, conversionsB: 5, visitorsB: 8 });
  expect(findTable(request.report, "arms").rows).toEqual([
    ["A", 8, 2, 0.25, expected.a.interval.lower, expected.a.interval.upper],
    ["B", 8, 5, 0.625, expected.b.interval.lower, expected.b.interval.upper],
  ]);
  expect(request.report.explanation[0]).toBe(expected.verdict);
  expect(request.options.sourceAddress).toBe("Visits!A1:C17");

  expect((await refreshRecipe(recipe, { gateway: wb, runner: inThreadRunner })).status).toBe("replaced");
  expect(await rangeRun(wb)).toBe("A-B test (2)");
  expect(wb.sheet("A-B test")!.values).toEqual(wb.sheet("A-B test (2)")!.values);

  // The outcome column renamed: the rebuild stops with the message.
  const renamed = new MemoryWorkbook();
  renamed.addSheetWithValues("Visits", [["Visitor", "Variant", "Bought"], ...FIRST.slice(1)]);
  const error = await recipeKindDef("abtest")!
    .rebuild(await renamed.readRange("Visits!A:C"), recipe.state, { runner: inThreadRunner, language: "en" })
    .catch((e: unknown) => e);
  expect(describeFailure("en", error)).toBe(
    "The data has changed shape: column C was “Converted” when this analysis was made and is now “Bought”. Nothing was computed. Run the wizard again to map the columns.",
  );
});
