// A/B test of conversion rates: rates with Wilson intervals, the difference B - A with Newcombe's
// hybrid score interval, relative lift, and the two-proportion z test with the pooled standard
// error, z = (p_B - p_A) / sqrt(p (1 - p) (1/n_A + 1/n_B)) with p = (x_A + x_B) / (n_A + n_B):
// z^2 is Pearson's chi-square of the 2x2 table, so the p-value is that of R's
// prop.test(correct = FALSE).
import { normalCritical, normalTwoSidedP } from "../math/normal";
import { Interval, wilsonInterval } from "../math/wilson";
import { confidenceLabel, DEFAULT_CONFIDENCE } from "../voc/args";
import { newcombeInterval } from "./newcombe";
import { formatP, intervalDirection, signed, signedPercent, signedPoints, significanceWords } from "./verdict";

export interface TwoProportionInput {
  conversionsA: number;
  visitorsA: number;
  conversionsB: number;
  visitorsB: number;
}

export interface ArmRate {
  conversions: number;
  visitors: number;
  rate: number;
  /** Wilson interval of the rate. */
  interval: Interval;
}

export interface TwoProportionResult {
  a: ArmRate;
  b: ArmRate;
  /** rate B - rate A (absolute lift, as a proportion). */
  difference: number;
  /** (rate B - rate A) / rate A; undefined when A converted nobody. */
  relativeLift?: number;
  /** Newcombe (method 10) interval of the difference. */
  interval: Interval;
  /** Pooled two-proportion z statistic. */
  z: number;
  /** Two-sided p-value of the z test. */
  p: number;
  confidence: number;
  significant: boolean;
  verdict: string;
}

function arm(conversions: number, visitors: number, z: number): ArmRate {
  return { conversions, visitors, rate: conversions / visitors, interval: wilsonInterval(conversions, visitors, z) };
}

/** Pooled z statistic of x_B/n_B - x_A/n_A; 0 when nobody or everybody converted in both arms. */
export function pooledZ(xa: number, na: number, xb: number, nb: number): number {
  const pooled = (xa + xb) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  return se > 0 ? (xb / nb - xa / na) / se : 0;
}

/** Compares the conversion rates of A (control) and B (variant). Counts must be valid (see abTestArgs). */
export function twoProportionTest(input: TwoProportionInput, confidence = DEFAULT_CONFIDENCE): TwoProportionResult {
  const zc = normalCritical(confidence);
  const a = arm(input.conversionsA, input.visitorsA, zc);
  const b = arm(input.conversionsB, input.visitorsB, zc);
  const difference = b.rate - a.rate;
  const interval = newcombeInterval(b.conversions, b.visitors, a.conversions, a.visitors, zc);
  const z = pooledZ(a.conversions, a.visitors, b.conversions, b.visitors);
  const p = normalTwoSidedP(z);
  const significant = p < 1 - confidence;
  const relativeLift = a.rate > 0 ? difference / a.rate : undefined;
  const level = confidenceLabel(confidence);
  const dir = intervalDirection(interval.lower, interval.upper);
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const rel = relativeLift === undefined ? "A converted nobody, so no relative lift" : `${signedPercent(relativeLift)} relative`;
  const conclusion = significanceWords({ significant, intervalDirection: dir }, level);
  const winner = significant && dir !== "none" ? (difference > 0 ? ": B is better" : ": B is worse") : "";
  const verdict =
    `B converts at ${pct(b.rate)} against ${pct(a.rate)} for A: ${signedPoints(difference, 2)} (${rel}), ` +
    `${level} interval ${signed(interval.lower * 100, 2)} to ${signedPoints(interval.upper, 2)}, ${formatP(p)}; ${conclusion}${winner}.`;
  return { a, b, difference, relativeLift, interval, z, p, confidence, significant, verdict };
}
