// Customer satisfaction (CSAT): the share of "top-box" answers, i.e. satisfied customers, with a
// Wilson score interval (Wilson 1927; Newcombe 1998, method 3), and the mean answer with a t
// interval. Scales: 1-5, 1-7 or 10 points (0-10 or 1-10). The top box is by default the top two
// answers: 4-5 of 5, 6-7 of 7, 9-10 of 10.
import { normalCritical } from "../math/normal";
import { Interval, wilsonInterval } from "../math/wilson";
import { meanEstimate, MeanEstimate } from "./mean";

export const CSAT_SCALES = [5, 7, 10] as const;
export type CsatScale = (typeof CSAT_SCALES)[number];

/** Lowest answer of a scale: 1, or 0 on the 10-point scale (which may run 0-10 or 1-10). */
export function scaleMin(scale: number): number {
  return scale === 10 ? 0 : 1;
}

/** Lowest answer counted as satisfied by default: the top two answers. */
export function defaultTopBox(scale: CsatScale): number {
  return scale - 1;
}

export interface CsatOptions {
  scale?: CsatScale;
  /** Lowest answer counted as satisfied (default scale - 1). */
  topBox?: number;
  confidence?: number;
}

export interface CsatResult {
  n: number;
  scale: CsatScale;
  topBox: number;
  /** Answers at or above topBox. */
  satisfied: number;
  /** satisfied / n: the CSAT score. */
  share: number;
  /** Wilson interval of the share. */
  interval: Interval;
  mean: MeanEstimate;
  /** Answers per score, from scaleMin(scale) to scale. */
  counts: number[];
  confidence: number;
}

/** CSAT of valid scores (whole numbers on the scale, at least one). */
export function csat(scores: ArrayLike<number>, options: CsatOptions = {}): CsatResult {
  const scale = options.scale ?? 5;
  const topBox = options.topBox ?? defaultTopBox(scale);
  const confidence = options.confidence ?? 0.95;
  const n = scores.length;
  if (n === 0) throw new Error("csat needs at least one answer");
  const min = scaleMin(scale);
  const counts = new Array<number>(scale - min + 1).fill(0);
  let satisfied = 0;
  for (let i = 0; i < n; i++) {
    counts[scores[i] - min]++;
    if (scores[i] >= topBox) satisfied++;
  }
  return {
    n,
    scale,
    topBox,
    satisfied,
    share: satisfied / n,
    interval: wilsonInterval(satisfied, n, normalCritical(confidence)),
    mean: meanEstimate(scores, confidence, min, scale),
    counts,
    confidence,
  };
}
