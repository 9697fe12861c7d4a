// The priorities the wizard shows and writes, computed by the engine: each item's weighted score
// and rank (=CX.SCORE) and its quadrant on the 2 x 2 matrix of two axes, the score or criteria
// (=CX.MATRIX, =CX.MATRIX.SUMMARY). Pure and light, so it runs on the pane's thread.
import type { Cell } from "../../core/report";
import { findTable } from "../../core/report";
import { MATRIX_SUMMARY_TABLE, matrixAnalysis, type Normalize, scoreAnalysis, weightsArg } from "../../core/strategy";
import type { SkipCount } from "../../core/table/columns";
import type { PriorityItems } from "./priority-data";

/** An axis of the matrix: the score, or a criterion by its position among the criteria. */
export const SCORE_AXIS = -1;

export interface PrioritySettings {
  /** One per criterion; negative counts against. */
  weights: number[];
  normalize: Normalize;
  /** SCORE_AXIS or a criterion's position. */
  x: number;
  y: number;
  /** Where each axis splits low from high; undefined: its median. */
  xSplit?: number;
  ySplit?: number;
  /** Quadrant names as the chart shows them: top-left, top-right, bottom-left, bottom-right. */
  labels: string[];
}

export interface PriorityItem {
  /** Row number in the sheet. */
  row: number;
  /** Text of the item's label cell ("" when none). */
  label: string;
  /** The criteria as read. */
  values: number[];
  score: number;
  rank: number;
  x: number;
  y: number;
  /** Index into labels: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. */
  quadrant: number;
}

export interface QuadrantSummary {
  count: number;
  share: number;
  meanX: number;
  meanY: number;
}

export interface PriorityResult {
  /** Criterion names (headers or column letters). */
  names: string[];
  /** In sheet order. */
  items: PriorityItem[];
  weights: number[];
  /** Weights scaled so their sizes add up to 1 (signs kept). */
  shares: number[];
  settings: PrioritySettings;
  /** The splits used (the medians unless given). */
  xSplit: number;
  ySplit: number;
  quadrants: QuadrantSummary[];
  skipped: SkipCount[];
  blankRows: number;
}

/** Scores and places the items. Throws InputError (weights all 0, values too large). */
export function analysePriority(read: PriorityItems, settings: PrioritySettings): PriorityResult {
  const { data } = read;
  const weights = weightsArg([settings.weights], data.d);
  const total = weights.reduce((s, w) => s + Math.abs(w), 0);
  const { scores, ranks } = scoreAnalysis(data, weights, settings.normalize);
  const axis = (a: number) => (a === SCORE_AXIS ? scores : Array.from({ length: data.n }, (_, i) => data.X[i * data.d + a]));
  const xs = axis(settings.x);
  const ys = axis(settings.y);
  const matrix = matrixAnalysis(xs, ys, settings.xSplit, settings.ySplit, [settings.labels.slice(0, 2), settings.labels.slice(2, 4)]);
  const summary = findTable(matrix.report, MATRIX_SUMMARY_TABLE).rows;
  // The engine's names in quadrant order (distinct: the options step asks for distinct names).
  const names = summary.map((r) => r[0]);
  const fact = (key: string) => matrix.report.facts.find((f) => f.key === key)!.value as number;
  const num = (c: Cell) => c as number;
  return {
    names: data.names,
    items: scores.map((score, i) => ({
      row: data.sourceRows[i],
      label: read.labels[i],
      values: Array.from({ length: data.d }, (_, j) => data.X[i * data.d + j]),
      score,
      rank: ranks[i],
      x: xs[i],
      y: ys[i],
      quadrant: names.indexOf(matrix.quadrant[i]),
    })),
    weights,
    shares: weights.map((w) => w / total),
    settings,
    xSplit: fact("xSplit"),
    ySplit: fact("ySplit"),
    quadrants: summary.map((r) => ({ count: num(r[3]), share: num(r[4]), meanX: num(r[5]), meanY: num(r[6]) })),
    skipped: read.skipped,
    blankRows: read.blankRows,
  };
}

/** The items best first: by rank, then in sheet order. */
export function rankedItems(result: PriorityResult): PriorityItem[] {
  return [...result.items].sort((a, b) => a.rank - b.rank || a.row - b.row);
}
