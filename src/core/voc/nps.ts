// Net Promoter Score (Reichheld 2003, "The one number you need to grow", Harvard Business Review
// 81(12)): answers 0-10 to "How likely are you to recommend ...?"; promoters answer 9-10,
// passives 7-8, detractors 0-6; NPS = % promoters - % detractors, in points from -100 to 100.
//
// Uncertainty: NPS is 100 times the mean of a per-respondent score X = +1 (promoter), 0 (passive),
// -1 (detractor), whose variance is E[X^2] - E[X]^2 = p_P + p_D - (p_P - p_D)^2. So
// SE = 100 sqrt((p_P + p_D - (p_P - p_D)^2) / n) and the interval is NPS +- z SE (Wald). We use the
// Wald interval because it is the one NPS references quote and users can check by hand; it is
// fine from a few dozen answers. With few answers or an extreme NPS it is too narrow (zero width
// when everyone gives the same answer), so it is clipped to [-100, 100] and small samples are flagged.
import { Interval } from "../math/wilson";
import { normalCritical } from "../math/normal";

export const NPS_MAX_SCORE = 10;
export const PROMOTER_MIN = 9;
export const PASSIVE_MIN = 7;

export type NpsGroup = "Detractor" | "Passive" | "Promoter";

export function npsGroupOf(score: number): NpsGroup {
  return score >= PROMOTER_MIN ? "Promoter" : score >= PASSIVE_MIN ? "Passive" : "Detractor";
}

export interface NpsResult {
  n: number;
  /** Answers per score 0..10. */
  counts: number[];
  promoters: number;
  passives: number;
  detractors: number;
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** % promoters - % detractors, -100..100. */
  nps: number;
  /** Per-respondent variance of the +1/0/-1 score, p_P + p_D - (p_P - p_D)^2. */
  variance: number;
  /** Standard error of the NPS, in points. */
  se: number;
  /** Wald interval in points, clipped to [-100, 100]. */
  interval: Interval;
  confidence: number;
}

/** p_P + p_D - (p_P - p_D)^2: the variance of one respondent's +1/0/-1 score. */
export function npsVariance(promoterShare: number, detractorShare: number): number {
  const d = promoterShare - detractorShare;
  return Math.max(0, promoterShare + detractorShare - d * d);
}

/** NPS from the number of answers per score 0..10 (at least one answer). */
export function npsFromCounts(counts: ArrayLike<number>, confidence = 0.95): NpsResult {
  if (counts.length !== NPS_MAX_SCORE + 1) throw new Error("npsFromCounts needs 11 counts (scores 0..10)");
  const c = Array.from(counts);
  const n = c.reduce((a, b) => a + b, 0);
  if (!(n > 0)) throw new Error("npsFromCounts needs at least one answer");
  const promoters = c[9] + c[10];
  const passives = c[7] + c[8];
  const detractors = n - promoters - passives;
  const pP = promoters / n;
  const pD = detractors / n;
  const variance = npsVariance(pP, pD);
  const nps = (100 * (promoters - detractors)) / n; // whole-number arithmetic first: 60, not 60.00000000000001
  const se = 100 * Math.sqrt(variance / n);
  const half = normalCritical(confidence) * se;
  return {
    n,
    counts: c,
    promoters,
    passives,
    detractors,
    promoterShare: pP,
    passiveShare: passives / n,
    detractorShare: pD,
    nps,
    variance,
    se,
    interval: { lower: Math.max(-100, nps - half), upper: Math.min(100, nps + half) },
    confidence,
  };
}

/** Answers per score 0..10 of valid scores (whole numbers 0..10). */
export function npsCounts(scores: ArrayLike<number>): number[] {
  const counts = new Array<number>(NPS_MAX_SCORE + 1).fill(0);
  for (let i = 0; i < scores.length; i++) counts[scores[i]]++;
  return counts;
}

/** NPS of valid scores (whole numbers 0..10, at least one). */
export function npsFromScores(scores: ArrayLike<number>, confidence = 0.95): NpsResult {
  return npsFromCounts(npsCounts(scores), confidence);
}
