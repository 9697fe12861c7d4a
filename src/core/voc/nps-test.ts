// Did NPS really change? The difference of two NPS from independent samples: each NPS is a mean of
// +1/0/-1 scores, so Var(NPS_B - NPS_A) = var_A / n_A + var_B / n_B (see nps.ts), with a z test
// (two-sided) and a Wald interval for the difference, in points.
import { normalCritical, normalTwoSidedP } from "../math/normal";
import { Interval } from "../math/wilson";
import { formatP, intervalDirection, signed, significanceWords } from "../experiment/verdict";
import { confidenceLabel } from "./args";
import { NpsResult } from "./nps";

export interface NpsDifference {
  a: NpsResult;
  b: NpsResult;
  /** NPS of B minus NPS of A, in points. */
  difference: number;
  /** Standard error of the difference, in points. */
  se: number;
  /** z statistic; undefined when both samples have no spread and the NPS differ (p = 0). */
  z?: number;
  /** Two-sided p-value. */
  p: number;
  /** Wald interval of the difference in points, within [-200, 200]. */
  interval: Interval;
  confidence: number;
  significant: boolean;
  verdict: string;
}

export function npsDifference(a: NpsResult, b: NpsResult, confidence = 0.95): NpsDifference {
  const difference = b.nps - a.nps;
  const se = 100 * Math.sqrt(a.variance / a.n + b.variance / b.n);
  let z: number | undefined;
  let p: number;
  if (se > 0) {
    z = difference / se;
    p = normalTwoSidedP(z);
  } else {
    z = difference === 0 ? 0 : undefined;
    p = difference === 0 ? 1 : 0;
  }
  const half = normalCritical(confidence) * se;
  const interval = { lower: Math.max(-200, difference - half), upper: Math.min(200, difference + half) };
  const significant = p < 1 - confidence;
  const level = confidenceLabel(confidence);
  const move = difference > 0 ? "rose" : difference < 0 ? "fell" : "stayed";
  const change = difference === 0 ? `at ${a.nps.toFixed(1)}` : `from ${a.nps.toFixed(1)} (A) to ${b.nps.toFixed(1)} (B)`;
  const verdict =
    `NPS ${move} ${change}: ${signed(difference, 1)} points, ${level} interval ${signed(interval.lower, 1)} to ${signed(interval.upper, 1)}, ${formatP(p)}; ` +
    significanceWords({ significant, intervalDirection: intervalDirection(interval.lower, interval.upper) }, level) +
    ".";
  return { a, b, difference, se, z, p, interval, confidence, significant, verdict };
}
