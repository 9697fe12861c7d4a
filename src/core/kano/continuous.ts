// Continuous Kano analysis: W. DuMouchel's answer scores (in Berger et al. 1993, "Kano's methods
// for understanding customer-defined quality", Center for Quality Management Journal 2(4), 3-36,
// section "Continuous analysis"). Functional: like 4, must-be 2, neutral 0, live-with -1, dislike -2;
// dysfunctional mirrored: like -2, must-be -1, neutral 0, live-with 2, dislike 4. A feature's mean
// functional and dysfunctional scores place it on the quadrant chart.
import { KanoAnswer } from "./answers";

export const FUNCTIONAL_SCORES: Record<KanoAnswer, number> = { like: 4, "must-be": 2, neutral: 0, "live-with": -1, dislike: -2 };
export const DYSFUNCTIONAL_SCORES: Record<KanoAnswer, number> = { like: -2, "must-be": -1, neutral: 0, "live-with": 2, dislike: 4 };

export interface ContinuousKano {
  /** Mean functional score, -2..4 (higher: more wanted when present). */
  functional: number;
  /** Mean dysfunctional score, -2..4 (higher: more missed when absent). */
  dysfunctional: number;
  /** Sample standard deviations (n - 1); 0 for a single answer. */
  functionalSd: number;
  dysfunctionalSd: number;
}

function meanSd(values: readonly number[]): [number, number] {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return [mean, 0];
  const ss = values.reduce((a, v) => a + (v - mean) * (v - mean), 0);
  return [mean, Math.sqrt(ss / (n - 1))];
}

/** Mean DuMouchel scores of answer pairs (at least one pair). */
export function continuousKano(functional: readonly KanoAnswer[], dysfunctional: readonly KanoAnswer[]): ContinuousKano {
  const [f, fSd] = meanSd(functional.map((a) => FUNCTIONAL_SCORES[a]));
  const [d, dSd] = meanSd(dysfunctional.map((a) => DYSFUNCTIONAL_SCORES[a]));
  return { functional: f, dysfunctional: d, functionalSd: fSd, dysfunctionalSd: dSd };
}
