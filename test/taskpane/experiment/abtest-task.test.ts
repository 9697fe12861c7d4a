// The A/B task off the UI thread: counts as =CX.ABTEST, a per-visitor range by group (rates from
// a 0/1 column, means from a number column), which group is A, and the input errors.
import { abTestFromArgs, twoProportionTest, welchTest } from "../../../src/core/experiment";
import { InputError } from "../../../src/core/table/errors";
import { type AbRangeInput, orderGroups, runAbTestTask } from "../../../src/taskpane/compute/abtest-task";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";

const rangeInput = (values: unknown[][], patch: Partial<AbRangeInput> = {}): AbRangeInput => ({
  mode: "range",
  values,
  hasHeader: true,
  group: 0,
  outcome: 1,
  test: "rates",
  labels: { group: "Variant", outcome: "Converted" },
  firstRowNumber: 1,
  ...patch,
});

test("counts: the engine's result and report", () => {
  const args = { conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 };
  const out = runAbTestTask({ mode: "counts", ...args }, { confidence: 0.95 });
  expect(out.test).toBe("rates");
  expect(out.report).toEqual(abTestFromArgs(args).report);
});

test("runs through the task runner, and an input error crosses as a TaskFailure", async () => {
  const out = await inThreadRunner.run({ kind: "abtest.run", input: { mode: "counts", conversionsA: 1, visitorsA: 10, conversionsB: 2, visitorsB: 10 }, settings: { confidence: 0.95 } });
  expect(out.rates?.a.rate).toBe(0.1);
  await expect(
    inThreadRunner.run({ kind: "abtest.run", input: { mode: "counts", conversionsA: 11, visitorsA: 10, conversionsB: 2, visitorsB: 10 }, settings: { confidence: 0.95 } }),
  ).rejects.toEqual({ kind: "input", message: "conversions_a: 11 is more than visitors_a (10)", argument: "conversions_a", row: undefined });
});

test("range, rates: counts by group, blank rows skipped and counted", () => {
  const values = [["Variant", "Converted"], ["B", 1], ["A", 0], ["A", 1], ["", 1], ["B", 0], ["B", 1], ["A", ""], ["", ""], ["A", 0]];
  const out = runAbTestTask(rangeInput(values), { confidence: 0.95 });
  expect(out.groups).toEqual({ a: "A", b: "B" });
  expect(out.rates).toEqual(twoProportionTest({ conversionsA: 1, visitorsA: 3, conversionsB: 2, visitorsB: 3 }));
  expect(out.rows).toBe(6);
  expect(out.skipped).toEqual([
    { column: "Variant", count: 1, firstRows: [5] },
    { column: "Converted", count: 1, firstRows: [8] },
  ]);
  expect(out.blankRows).toBe(1);
});

test("range, means: Welch's test of each group's values", () => {
  const values = [["Group", "Value"], ["Control", 10], ["New", 12], ["Control", 11], ["New", 15], ["Control", 9], ["New", 13]];
  const out = runAbTestTask(rangeInput(values, { test: "means", labels: { group: "Group", outcome: "Value" } }), { confidence: 0.9 });
  expect(out.groups).toEqual({ a: "Control", b: "New" });
  expect(out.means).toEqual(welchTest([10, 11, 9], [12, 15, 13], 0.9, { a: "Value (Control)", b: "Value (New)" }));
});

test.each([
  [[["Variant", "Converted"], ["A", 1], ["B", 2]], "Converted, row 3: 2 is not 0 or 1: a conversion column holds 1 (converted) or 0 (not converted)"],
  [[["Variant", "Converted"], ["A", 1], ["A", 0]], "Variant: an A/B test compares exactly two groups, but this column has only one (A)"],
  [[["Variant", "Converted"], ["A", 1], ["B", 0], ["C", 1]], "Variant: an A/B test compares exactly two groups, but this column has 3 (A, B, C)"],
  [[["Variant", "Converted"], ["", ""]], "Converted: no rows with both a group and an outcome"],
])("range errors: %j", (values, message) => {
  expect(() => runAbTestTask(rangeInput(values), { confidence: 0.95 })).toThrow(new InputError(message));
});

test("a control-like name is A whatever the order; otherwise sorted", () => {
  expect(orderGroups(["B", "A"])).toEqual({ a: "A", b: "B" });
  expect(orderGroups(["Variant", "Control"])).toEqual({ a: "Control", b: "Variant" });
  expect(orderGroups(["新版", "对照组"])).toEqual({ a: "对照组", b: "新版" });
  expect(orderGroups(["Red button", "Green button"])).toEqual({ a: "Green button", b: "Red button" });
});
