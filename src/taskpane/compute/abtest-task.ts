// The A/B test task the pane sends off the UI thread: plain data in, plain data out. Either four
// counts (as =CX.ABTEST takes them) or a range with one row per visitor: a group column (A/B) and
// an outcome column, 0/1 for a conversion (two-proportion test) or a number such as the order
// value (Welch's t test, as =CX.ABTEST.MEANS).
import { abTestFromArgs, abTestReport, meansReport, twoProportionTest, type TwoProportionResult, welchTest, type WelchResult } from "../../core/experiment";
import type { Report } from "../../core/report";
import { type ColumnRef, readColumns, type SkipCount } from "../../core/table/columns";
import { cellError, InputError } from "../../core/table/errors";
import { describeSkips } from "../../core/table/notes";

export interface AbCountsInput {
  mode: "counts";
  conversionsA: unknown;
  visitorsA: unknown;
  conversionsB: unknown;
  visitorsB: unknown;
}

/** Which test a range is read for: conversion rates (a 0/1 column) or means (a number column). */
export type AbTestKind = "rates" | "means";

export interface AbRangeInput {
  mode: "range";
  values: unknown[][];
  hasHeader: boolean;
  /** Column indexes (0-based in the range) of the group (A/B) and the outcome. */
  group: number;
  outcome: number;
  test: AbTestKind;
  /** Column labels used in messages (the headers, else the column letters). */
  labels: { group: string; outcome: string };
  /** Row number of values[0] in the sheet (1-based), so messages point at sheet rows. */
  firstRowNumber: number;
}

export type AbTestInput = AbCountsInput | AbRangeInput;

export interface AbTestSettings {
  /** Confidence level of the intervals and the test, as a fraction (0.95). */
  confidence: number;
}

export interface AbTestOutput {
  test: AbTestKind;
  /** The engine's report (English), as =CX.ABTEST or =CX.ABTEST.MEANS would spill it. */
  report: Report;
  rates?: TwoProportionResult;
  means?: WelchResult;
  /** Range mode: the group names taken as A (control) and B (variant). */
  groups?: { a: string; b: string };
  /** Range mode: rows read, rows skipped because a cell was blank, empty rows. */
  rows?: number;
  skipped?: SkipCount[];
  blankRows?: number;
}

/** Group names that mean "the control": these are A whatever their order. */
const CONTROL_NAMES = new Set(["a", "control", "baseline", "original", "old", "current", "champion", "对照", "对照组", "控制组", "原版", "旧版"]);

/** The two groups as A (control) and B (variant): a control-like name first, else in sorted order. */
export function orderGroups(names: readonly string[]): { a: string; b: string } {
  const [x, y] = [...names].sort((p, q) => p.localeCompare(q, "en"));
  if (CONTROL_NAMES.has(y.toLowerCase()) && !CONTROL_NAMES.has(x.toLowerCase())) return { a: y, b: x };
  return { a: x, b: y };
}

function readRange(input: AbRangeInput) {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  return readColumns(
    { group: ref(input.group), outcome: ref(input.outcome) },
    { group: { kind: "category", label: input.labels.group }, outcome: { kind: "number", label: input.labels.outcome } },
    { header: input.hasHeader, firstRowNumber: input.firstRowNumber },
  );
}

function runRange(input: AbRangeInput, confidence: number): AbTestOutput {
  if (input.group === input.outcome) throw new InputError(`${input.labels.group}: the group and the outcome must be different columns`, input.labels.group);
  const read = readRange(input);
  if (read.length === 0) throw new InputError(`${input.labels.outcome}: no rows with both a group and an outcome`, input.labels.outcome);
  const names = [...new Set(read.columns.group)];
  if (names.length !== 2) {
    const list = names.slice(0, 5).join(", ") + (names.length > 5 ? ", ..." : "");
    throw new InputError(
      `${input.labels.group}: an A/B test compares exactly two groups, but this column has ${names.length === 1 ? "only one" : names.length} (${list})`,
      input.labels.group,
    );
  }
  const groups = orderGroups(names);
  const { group, outcome } = read.columns;
  const notes = describeSkips(read);
  const common = { groups, rows: read.length, skipped: read.skipped, blankRows: read.blankRows };
  if (input.test === "rates") {
    const counts = { conversionsA: 0, visitorsA: 0, conversionsB: 0, visitorsB: 0 };
    for (let i = 0; i < read.length; i++) {
      const v = outcome[i];
      if (v !== 0 && v !== 1) throw cellError(input.labels.outcome, read.sourceRows[i], `${v} is not 0 or 1: a conversion column holds 1 (converted) or 0 (not converted)`);
      if (group[i] === groups.a) {
        counts.visitorsA++;
        counts.conversionsA += v;
      } else {
        counts.visitorsB++;
        counts.conversionsB += v;
      }
    }
    const rates = twoProportionTest(counts, confidence);
    const report = abTestReport(rates);
    return { test: "rates", report: { ...report, explanation: [...report.explanation, ...notes] }, rates, ...common };
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < read.length; i++) (group[i] === groups.a ? a : b).push(outcome[i]);
  const label = (g: string) => `${input.labels.outcome} (${g})`;
  const means = welchTest(a, b, confidence, { a: label(groups.a), b: label(groups.b) });
  return { test: "means", report: meansReport(means, notes), means, ...common };
}

/** Runs the A/B test; InputError for counts or cells that cannot be tested. */
export function runAbTestTask(input: AbTestInput, settings: AbTestSettings): AbTestOutput {
  if (input.mode === "range") return runRange(input, settings.confidence);
  const { result, report } = abTestFromArgs(input, settings.confidence);
  return { test: "rates", report, rates: result };
}
