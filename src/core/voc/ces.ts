// Customer Effort Score (CES). Two forms are in use:
// - 7 points (CES 2.0; Dixon, Toman & DeLisi 2013, "The Effortless Experience"): "The company made it easy for me to handle my issue",
//   1 = strongly disagree ... 7 = strongly agree. Higher is better; reported as the mean and the
//   share agreeing (5-7), with a Wilson interval.
// - 5 points (the original CES, Dixon, Freeman & Toman 2010, "Stop trying to delight your
//   customers", Harvard Business Review 88(7/8)): "How much effort did you personally have to put
//   forth?", 1 = very low ... 5 = very high effort. Lower is better; reported as the mean effort.
import { normalCritical } from "../math/normal";
import { Interval, wilsonInterval } from "../math/wilson";
import { meanEstimate, MeanEstimate } from "./mean";

export const CES_SCALES = [7, 5] as const;
export type CesScale = (typeof CES_SCALES)[number];

/** On the 7-point scale, answers from here up agree that it was easy. */
export const CES_AGREE_MIN = 5;

export interface CesResult {
  n: number;
  scale: CesScale;
  /** Mean answer: ease (7-point, higher is easier) or effort (5-point, lower is easier). */
  mean: MeanEstimate;
  /** 7-point scale: answers 5-7 and their share with a Wilson interval. */
  agree?: number;
  agreeShare?: number;
  agreeInterval?: Interval;
  /** Answers per score 1..scale. */
  counts: number[];
  confidence: number;
}

/** CES of valid scores (whole numbers 1..scale, at least one). */
export function ces(scores: ArrayLike<number>, options: { scale?: CesScale; confidence?: number } = {}): CesResult {
  const scale = options.scale ?? 7;
  const confidence = options.confidence ?? 0.95;
  const n = scores.length;
  if (n === 0) throw new Error("ces needs at least one answer");
  const counts = new Array<number>(scale).fill(0);
  for (let i = 0; i < n; i++) counts[scores[i] - 1]++;
  const out: CesResult = { n, scale, mean: meanEstimate(scores, confidence, 1, scale), counts, confidence };
  if (scale === 7) {
    const agree = counts.slice(CES_AGREE_MIN - 1).reduce((a, b) => a + b, 0);
    out.agree = agree;
    out.agreeShare = agree / n;
    out.agreeInterval = wilsonInterval(agree, n, normalCritical(confidence));
  }
  return out;
}
