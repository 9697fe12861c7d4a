/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.KANO and =CX.KANO.CLASS: thin adapters over src/core/kano.
import { kanoClassGrid, kanoFromRanges } from "../core/kano";
import { Cell, findTable } from "../core/report";
import { isBlank } from "../core/table/blank";
import { guard } from "./excel-errors";
import { spill } from "./spill";

/** An optional range left out or given as blank cells only (e.g. a reference to an empty cell). */
function omitted(range: unknown): boolean {
  if (!Array.isArray(range)) return isBlank(range);
  return range.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row)));
}

/**
 * Kano analysis of a survey: for each feature, the respondents' categories (A, O, M, I, R, Q), the feature's category, its strength, Fong's test, and the Better and Worse coefficients.
 * @customfunction KANO
 * @param functional Answers to "if the product has the feature": one row per respondent, one column per feature (codes 1-5 or labels such as I like it).
 * @param dysfunctional Answers to "if the product does not have the feature", in the same rows and columns as functional.
 * @param [feature_names] One name per feature (a row or a column). Default: the header row of functional, else Feature 1, Feature 2, ...
 * @returns A table: feature, respondents, category, counts of A, O, M, I, R, Q, category strength, total strength, Fong, Better, Worse, functional and dysfunctional scores.
 */
export function kano(functional: any[][], dysfunctional: any[][], feature_names?: any[][]): any[][] {
  return guard(() => {
    const featureNames = omitted(feature_names) ? undefined : feature_names;
    return spill(findTable(kanoFromRanges({ functional, dysfunctional, featureNames }).report, "features"));
  });
}

/**
 * Kano category of single answers: A (attractive), O (one-dimensional), M (must-be), I (indifferent), R (reverse) or Q (questionable). Ranges give a range of the same shape.
 * @customfunction KANO.CLASS
 * @param functional_answer Answer to the functional question: a code 1-5 (1 = I like it ... 5 = I dislike it) or the label, or a range of them.
 * @param dysfunctional_answer Answer to the dysfunctional question, or a range of the same shape as functional_answer (or a single cell).
 * @returns The category of each pair of answers (blank where an answer is blank; "Kano category" above a header row).
 */
export function kanoClass(functional_answer: any[][], dysfunctional_answer: any[][]): any[][] {
  return guard(() => withoutTrailingBlankRows(kanoClassGrid(functional_answer, dysfunctional_answer)));
}

/** Rows after the last one with a category are left off (whole-column references such as A:A); one row is kept. */
function withoutTrailingBlankRows(grid: Cell[][]): Cell[][] {
  let end = grid.length;
  while (end > 1 && grid[end - 1].every((c) => c === "")) end--;
  return end === grid.length ? grid : grid.slice(0, end);
}
