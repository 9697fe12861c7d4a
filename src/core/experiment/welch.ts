// Welch's t test for a difference of two means with unequal variances (B. L. Welch 1947, "The
// generalization of 'Student's' problem when several different population variances are
// involved", Biometrika 34, 28-35), with the Welch-Satterthwaite degrees of freedom
// (F. E. Satterthwaite 1946, Biometrics Bulletin 2, 110-114):
// t = (mean_B - mean_A) / sqrt(s_A^2/n_A + s_B^2/n_B),
// df = (s_A^2/n_A + s_B^2/n_B)^2 / ((s_A^2/n_A)^2/(n_A - 1) + (s_B^2/n_B)^2/(n_B - 1)).
// The same as R's t.test(var.equal = FALSE).
import { moments, Moments } from "../math/moments";
import { studentTCritical, studentTTwoSidedP } from "../math/student-t";
import { Interval } from "../math/wilson";
import { InputError } from "../table/errors";
import { confidenceLabel, DEFAULT_CONFIDENCE } from "../voc/args";
import { formatP, intervalDirection, signed, signedPercent, significanceWords } from "./verdict";

export interface WelchResult {
  a: Moments;
  b: Moments;
  /** mean B - mean A. */
  difference: number;
  /** (mean B - mean A) / |mean A|; undefined when mean A is 0 (or so near 0 that the ratio overflows). */
  relativeLift?: number;
  se: number;
  df: number;
  t: number;
  /** Two-sided p-value. */
  p: number;
  interval: Interval;
  confidence: number;
  significant: boolean;
  verdict: string;
}

/** Significant digits for the verdict's numbers: enough to tell the means apart. */
function fmt(x: number): string {
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toPrecision(4);
  return String(Number(x.toPrecision(4)));
}

export function welchTest(valuesA: ArrayLike<number>, valuesB: ArrayLike<number>, confidence = DEFAULT_CONFIDENCE, labels = { a: "values_a", b: "values_b" }): WelchResult {
  const a = moments(valuesA);
  const b = moments(valuesB);
  if (a.n < 2) throw new InputError(`${labels.a}: needs at least 2 values for a t test (got ${a.n})`, labels.a);
  if (b.n < 2) throw new InputError(`${labels.b}: needs at least 2 values for a t test (got ${b.n})`, labels.b);
  // Standard errors of each mean; the sum of squares is formed after scaling, so it cannot overflow.
  const ea = a.sd / Math.sqrt(a.n);
  const eb = b.sd / Math.sqrt(b.n);
  const se = Math.hypot(ea, eb);
  const difference = b.mean - a.mean;
  if (!Number.isFinite(difference) || !Number.isFinite(se)) {
    throw new InputError(`${labels.a}, ${labels.b}: the values are too large to compare (rescale them, e.g. to thousands)`, labels.a);
  }
  if (se === 0) {
    throw new InputError(`${labels.a}, ${labels.b}: every value within each group is the same, so there is no variation to test against`, labels.a);
  }
  const m = Math.max(ea, eb);
  const ua = (ea / m) ** 2;
  const ub = (eb / m) ** 2;
  const df = (ua + ub) ** 2 / (ua ** 2 / (a.n - 1) + ub ** 2 / (b.n - 1));
  const t = difference / se;
  const p = studentTTwoSidedP(t, df);
  const half = studentTCritical(confidence, df) * se;
  const interval = { lower: difference - half, upper: difference + half };
  if (!Number.isFinite(interval.lower) || !Number.isFinite(interval.upper)) {
    throw new InputError(`${labels.a}, ${labels.b}: the values are too large to compare (rescale them, e.g. to thousands)`, labels.a);
  }
  const significant = p < 1 - confidence;
  const lift = difference / Math.abs(a.mean);
  const relativeLift = a.mean !== 0 && Number.isFinite(lift) ? lift : undefined;
  const level = confidenceLabel(confidence);
  const dir = intervalDirection(interval.lower, interval.upper);
  const winner = significant && dir !== "none" ? (difference > 0 ? ": B's mean is higher" : ": B's mean is lower") : "";
  const rel = relativeLift === undefined ? "" : ` (${signedPercent(relativeLift)} relative)`;
  const verdict =
    `Mean of B ${fmt(b.mean)} against ${fmt(a.mean)} for A: ${difference >= 0 ? "+" : ""}${fmt(difference)}${rel}, ` +
    `${level} interval ${fmt(interval.lower)} to ${fmt(interval.upper)}, t = ${signed(t, 2)} on ${df.toFixed(1)} df, ${formatP(p)}; ` +
    `${significanceWords({ significant, intervalDirection: dir }, level)}${winner}.`;
  return { a, b, difference, relativeLift, se, df, t, p, interval, confidence, significant, verdict };
}
