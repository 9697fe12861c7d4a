// The Kano task the pane sends off the UI thread: plain data in, plain data out. The survey's
// columns are picked pair by pair (functional, dysfunctional, optional importance) from the range
// the user chose, checked cell by cell with the column's own name in messages, and handed to the
// engine (src/core/kano) as the grids =CX.KANO gets.
import { answerHint, kanoAnalysis, type KanoFeatureResult, kanoReport, type KanoScale, parseKanoAnswer, readKano } from "../../core/kano";
import type { Report } from "../../core/report";
import { isEmptyCell } from "../../core/table/blank";
import { describeCell, InputError } from "../../core/table/errors";

/** One feature: the columns (0-based in the range) of its two questions and of its importance rating (-1: none). */
export interface KanoPair {
  name: string;
  functional: number;
  dysfunctional: number;
  importance: number;
}

export interface KanoInput {
  values: unknown[][];
  hasHeader: boolean;
  pairs: KanoPair[];
  /** Name of each column of the range for messages (its header, else its letter). */
  columnNames: string[];
  /** Row number of values[0] in the sheet (1-based), so messages and the respondents table use sheet rows. */
  firstRowNumber: number;
}

export interface KanoSettings {
  /** Points of the answer scale for numeric codes. */
  scale: KanoScale;
  /** Use the pairs' importance columns (when they have one). */
  useImportance: boolean;
  /** Keep the table of each respondent's categories. */
  respondents: boolean;
}

export interface KanoOutput {
  report: Report;
  features: KanoFeatureResult[];
  respondents: number;
  scale: KanoScale;
}

/** A cell that is not a Kano answer: where it is, for the pane's message. */
export interface BadAnswer {
  column: string;
  /** Sheet row (1-based). */
  row: number;
  value: string;
}

/** The first answer cell of the pairs that is neither blank nor a Kano answer. */
export function firstBadAnswer(input: KanoInput, scale: KanoScale): BadAnswer | undefined {
  const start = input.hasHeader ? 1 : 0;
  for (let i = start; i < input.values.length; i++) {
    const row = input.values[i] ?? [];
    for (const pair of input.pairs) {
      for (const col of [pair.functional, pair.dysfunctional]) {
        const v = row[col];
        if (!isEmptyCell(v) && parseKanoAnswer(v, scale) === undefined) {
          return { column: input.columnNames[col] ?? `#${col + 1}`, row: input.firstRowNumber + i, value: describeCell(v) };
        }
      }
    }
  }
  return undefined;
}

/**
 * The grids the engine reads: one column per feature, with blank rows in front so that row k of a
 * grid is row k of the sheet (the engine's messages and the respondents table then name sheet rows).
 */
export function kanoGrids(input: KanoInput, useImportance: boolean): { functional: unknown[][]; dysfunctional: unknown[][]; importance?: unknown[][] } {
  const start = input.hasHeader ? 1 : 0;
  const padding = Math.max(0, input.firstRowNumber + start - 1);
  const body = input.values.slice(start);
  const grid = (pick: (p: KanoPair) => number): unknown[][] => [
    ...Array.from({ length: padding }, () => input.pairs.map(() => null)),
    ...body.map((row) => input.pairs.map((p) => (pick(p) >= 0 ? (row[pick(p)] ?? null) : null))),
  ];
  const withImportance = useImportance && input.pairs.some((p) => p.importance >= 0);
  return {
    functional: grid((p) => p.functional),
    dysfunctional: grid((p) => p.dysfunctional),
    importance: withImportance ? grid((p) => p.importance) : undefined,
  };
}

export function runKanoTask(input: KanoInput, settings: KanoSettings): KanoOutput {
  if (input.pairs.length === 0) throw new InputError("no question pairs: choose the functional and the dysfunctional column of at least one feature");
  const bad = firstBadAnswer(input, settings.scale);
  if (bad) throw new InputError(`${bad.column}, row ${bad.row}: ${bad.value} is not a Kano answer: ${answerHint(settings.scale)}`, bad.column, bad.row);
  const grids = kanoGrids(input, settings.useImportance);
  const data = readKano(
    { ...grids, featureNames: [input.pairs.map((p) => p.name)] },
    { scale: settings.scale, labels: { functional: "functional", dysfunctional: "dysfunctional", featureNames: "feature names", importance: "importance" } },
  );
  const result = kanoAnalysis(data);
  const report = kanoReport(result);
  return {
    report: settings.respondents ? report : { ...report, tables: report.tables.filter((t) => t.name !== "respondents") },
    features: result.features,
    respondents: result.respondentRows.length,
    scale: result.scale,
  };
}
