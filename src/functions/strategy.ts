/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.VALUECURVE, =CX.VALUECURVE.SUMMARY, =CX.ERRC, =CX.SCORE, =CX.MATRIX and =CX.MATRIX.SUMMARY:
// thin adapters over src/core/strategy.
import { findTable } from "../core/report";
import { readSegmentRange } from "../core/segment/data";
import {
  CURVE_SUMMARY_TABLE,
  ERRC_FACTORS_TABLE,
  ERRC_GRID_TABLE,
  errcAnalysis,
  MATRIX_SUMMARY_TABLE,
  matrixAnalysis,
  normalizeArg,
  readCanvas,
  scoreAnalysis,
  toleranceArg,
  VALUECURVE_TABLE,
  valueCurveAnalysis,
  weightsArg,
} from "../core/strategy";
import { choiceArg } from "../core/table/scalars";
import { guard } from "./excel-errors";
import { alignedSpill, spill } from "./spill";

function curveOf(factors: unknown, levels: unknown, offering_names: unknown, own_offering: unknown, tolerance: unknown, importance: unknown) {
  const tol = toleranceArg(tolerance);
  return valueCurveAnalysis(readCanvas(factors, levels, offering_names, own_offering, importance), { tolerance: tol });
}

/**
 * Value curve on the strategy canvas: per factor our level, the industry average (the other offerings), the competitors' min and max, the gap and the suggested action (Eliminate, Reduce, Match, Raise, Create).
 * @customfunction VALUECURVE
 * @param factors Name of each factor (price, comfort, speed...), a column with one row per factor.
 * @param levels Level of each factor (e.g. 0-5 or 0-10, 0 = not offered), one column per offering (ours and competitors'); a header row names the offerings.
 * @param [offering_names] Names of the offerings, one per column of levels (default: the header row, else Offering 1, 2...).
 * @param [own_offering] Our offering: its name or column number (default 1, the first column).
 * @param [tolerance] A gap to the industry average this small or smaller counts as Match (default 0).
 * @param [importance] Importance of each factor from customer evidence (e.g. Kano Better, CSAT by feature), a column beside the factors; shown next to each factor.
 * @returns A table: factor, (importance), ours, industry average, competitor min, competitor max, gap, action.
 */
export function valueCurve(factors: any[][], levels: any[][], offering_names?: any[][], own_offering?: any, tolerance?: any, importance?: any[][]): any[][] {
  return guard(() => spill(findTable(curveOf(factors, levels, offering_names, own_offering, tolerance, importance).report, VALUECURVE_TABLE)));
}

/**
 * Curve-level measures of a value curve: divergence (mean absolute gap to the industry average), focus (share of factors where we are above every competitor) and the number of factors per action.
 * @customfunction VALUECURVE.SUMMARY
 * @param factors Name of each factor (price, comfort, speed...), a column with one row per factor.
 * @param levels Level of each factor (e.g. 0-5 or 0-10, 0 = not offered), one column per offering (ours and competitors'); a header row names the offerings.
 * @param [offering_names] Names of the offerings, one per column of levels (default: the header row).
 * @param [own_offering] Our offering: its name or column number (default 1, the first column).
 * @param [tolerance] A gap to the industry average this small or smaller counts as Match (default 0).
 * @param [importance] Importance of each factor from customer evidence; adds the importance-weighted gap.
 * @returns A table: measure, value.
 */
export function valueCurveSummary(factors: any[][], levels: any[][], offering_names?: any[][], own_offering?: any, tolerance?: any, importance?: any[][]): any[][] {
  return guard(() => spill(findTable(curveOf(factors, levels, offering_names, own_offering, tolerance, importance).report, CURVE_SUMMARY_TABLE)));
}

/**
 * The ERRC grid (Eliminate, Reduce, Raise, Create) from the current and a proposed value curve: the factors under each action, or the action of each factor.
 * @customfunction ERRC
 * @param factors Name of each factor, a column with one row per factor.
 * @param current_levels Current level of each factor (0 = not offered), a column as tall as factors.
 * @param new_levels Proposed level of each factor, a column as tall as factors.
 * @param [industry_levels] Industry level of each factor: a factor we add is Create only where the industry is at 0, else Raise.
 * @param [output] "grid" (default: four columns listing the factors of each action) or "factors" (each factor's levels, change and action).
 * @returns The ERRC grid, or a table per factor.
 */
export function errc(factors: any[][], current_levels: any[][], new_levels: any[][], industry_levels?: any[][], output?: any): any[][] {
  return guard(() => {
    const shape = choiceArg("output", output, ["grid", "factors"] as const, "grid");
    const r = errcAnalysis(factors, current_levels, new_levels, industry_levels);
    return spill(findTable(r.report, shape === "grid" ? ERRC_GRID_TABLE : ERRC_FACTORS_TABLE));
  });
}

/**
 * Weighted score and rank of each row (opportunities, accounts, partners) from several criteria; weights scaled to add up to 1, negative weights for costs and difficulty. The result lines up row by row with the input.
 * @customfunction SCORE
 * @param scores One row per item, one column of numbers per criterion; a header row is recognised, rows with a blank are skipped.
 * @param weights One weight per criterion (a row or a column); negative for criteria that count against (cost, difficulty).
 * @param [normalize] "minmax" (default: each criterion scaled 0 to 1), "z" (z-scores) or "none".
 * @returns Score and rank of each row; equal scores share the best rank, as RANK.EQ.
 */
export function score(scores: any[][], weights: any[][], normalize?: any): any[][] {
  return guard(() => {
    const how = normalizeArg(normalize);
    const data = readSegmentRange(scores, { label: "scores" });
    const w = weightsArg(weights, data.d);
    const r = scoreAnalysis(data, w, how);
    return alignedSpill(data.hasHeader ? ["Score", "Rank"] : undefined, r.scores.map((s, i) => [s, r.ranks[i]]), data.sourceRows);
  });
}

/**
 * Quadrant of each row on a 2 x 2 matrix (value vs. effort, importance vs. performance): x and y against their splits, the medians by default. The result lines up row by row with the input.
 * @customfunction MATRIX
 * @param x Value of each row on the horizontal axis, a column of numbers.
 * @param y Value of each row on the vertical axis, a column as tall as x.
 * @param [x_split] Where x splits low from high (default: the median of x); at or above is high.
 * @param [y_split] Where y splits low from high (default: the median of y); at or above is high.
 * @param [labels] Quadrant names as a 2 x 2 range laid out as the chart: top-left, top-right (high y), bottom-left, bottom-right.
 * @returns The quadrant of each row (a header row when the input has one).
 */
export function matrix(x: any[][], y: any[][], x_split?: any, y_split?: any, labels?: any[][]): any[][] {
  return guard(() => {
    const r = matrixAnalysis(x, y, x_split, y_split, labels);
    return alignedSpill(r.hasHeader ? ["Quadrant"] : undefined, r.quadrant.map((q) => [q]), r.sourceRows);
  });
}

/**
 * Counts of a 2 x 2 matrix: per quadrant its name, side of x and y, count, share and mean x and y.
 * @customfunction MATRIX.SUMMARY
 * @param x Value of each row on the horizontal axis, a column of numbers.
 * @param y Value of each row on the vertical axis, a column as tall as x.
 * @param [x_split] Where x splits low from high (default: the median of x); at or above is high.
 * @param [y_split] Where y splits low from high (default: the median of y); at or above is high.
 * @param [labels] Quadrant names as a 2 x 2 range laid out as the chart: top-left, top-right (high y), bottom-left, bottom-right.
 * @returns A table: quadrant, x, y, count, share, mean x, mean y.
 */
export function matrixSummary(x: any[][], y: any[][], x_split?: any, y_split?: any, labels?: any[][]): any[][] {
  return guard(() => spill(findTable(matrixAnalysis(x, y, x_split, y_split, labels).report, MATRIX_SUMMARY_TABLE)));
}
