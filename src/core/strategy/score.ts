// Weighted scoring: criteria normalised (min-max, z or none), weights normalised to sum |w| = 1,
// negative weights for costs and difficulty; ranks as RANK.EQ (ties share the best rank).
import { Report } from "../report";
import { asGrid, SegmentData } from "../segment/data";
import { isBlank } from "../table/blank";
import { argError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { choiceArg } from "../table/scalars";

export type Normalize = "minmax" | "z" | "none";
export const NORMALIZE_CHOICES: readonly Normalize[] = ["minmax", "z", "none"];
export const SCORE_TABLE = "scores";

export function normalizeArg(v: unknown): Normalize {
  return choiceArg("normalize", v, NORMALIZE_CHOICES, "minmax");
}

/** One weight per criterion (a row or a column); blanks are 0; they must not all be 0. */
export function weightsArg(v: unknown, d: number): number[] {
  const cells = asGrid(v).flat();
  if (cells.length !== d) throw argError("weights", `has ${cells.length} values but scores has ${d} columns; give one weight per criterion`);
  const w = cells.map((c) => {
    if (isBlank(c)) return 0;
    const n = parseNumber(c);
    if (n === undefined || Math.abs(n) > 1e100) throw argError("weights", `${describeCell(c)} is not a number`);
    return n;
  });
  if (w.every((x) => x === 0)) throw argError("weights", "are all 0; give at least one weight that is not 0");
  return w;
}

/** Ranks, 1 = highest; equal scores (to 12 significant digits) share the best rank, as RANK.EQ. */
export function rankEq(scores: readonly number[]): number[] {
  const key = scores.map((s) => Number(s.toPrecision(12)));
  const order = key.map((_, i) => i).sort((a, b) => key[b] - key[a]);
  const ranks = new Array<number>(key.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    ranks[i] = k > 0 && key[order[k - 1]] === key[i] ? ranks[order[k - 1]] : k + 1;
  }
  return ranks;
}

/**
 * Score of each row: sum over criteria of (|w_j| / sum |w|) times the normalised value, or times
 * (1 - value) under min-max and -value otherwise when w_j is negative. min-max maps each criterion
 * to 0..1 (a constant criterion to 0.5), z uses the sample standard deviation (a constant to 0).
 */
export function scoreAnalysis(data: SegmentData, weights: number[], normalize: Normalize): { scores: number[]; ranks: number[]; report: Report } {
  const { n, d, X } = data;
  const total = weights.reduce((s, w) => s + Math.abs(w), 0);
  const scale: ((x: number) => number)[] = [];
  for (let j = 0; j < d; j++) {
    const col = Array.from({ length: n }, (_, i) => X[i * d + j]);
    if (normalize === "minmax") {
      const lo = col.reduce((a, b) => Math.min(a, b), Infinity);
      const hi = col.reduce((a, b) => Math.max(a, b), -Infinity);
      scale.push(hi > lo ? (x) => (x - lo) / (hi - lo) : () => 0.5);
    } else if (normalize === "z") {
      const mean = col.reduce((a, b) => a + b / n, 0);
      const sd = n > 1 ? Math.sqrt(col.reduce((a, b) => a + ((b - mean) / 1e50) ** 2, 0) / (n - 1)) * 1e50 : 0;
      scale.push(sd > 0 && Number.isFinite(sd) ? (x) => (x - mean) / sd : () => 0);
    } else scale.push((x) => x);
  }
  const scores = Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const w = Math.abs(weights[j]) / total;
      if (w === 0) continue;
      const v = scale[j](X[i * d + j]);
      s += w * (weights[j] > 0 ? v : normalize === "minmax" ? 1 - v : -v);
    }
    return s;
  });
  const ranks = rankEq(scores);
  const header = ["Row", ...data.names, "Score", "Rank"];
  const rows = scores.map((s, i) => [data.sourceRows[i], ...Array.from({ length: d }, (_, j) => X[i * d + j]), s, ranks[i]]);
  return {
    scores,
    ranks,
    report: {
      title: "Weighted score",
      facts: [{ key: "normalize", label: "Normalisation", value: normalize, format: "text" }],
      tables: [
        { name: SCORE_TABLE, title: "Scores", header, rows, formats: ["integer", ...data.names.map(() => "number" as const), "number", "integer"] },
        {
          name: "weights",
          title: "Weights",
          header: ["Criterion", "Weight", "Normalised weight"],
          rows: data.names.map((c, j) => [c, weights[j], weights[j] / total]),
          formats: ["text", "number", "number"],
        },
      ],
      charts: [{ type: "bar", title: "Score by row", table: SCORE_TABLE, category: "Row", series: ["Score"] }],
      explanation: [
        `${n} row(s) scored on ${d} criteria, ${normalize === "none" ? "as given" : normalize === "z" ? "as z-scores" : "scaled 0 to 1 (min-max)"}; weights scaled so their sizes add up to 1, negative weights count against.`,
        "Equal scores share the best rank (as RANK.EQ).",
        ...data.notes,
      ],
    },
  };
}
