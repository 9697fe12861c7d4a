// Student's t distribution with nu > 0 degrees of freedom (any real nu, as Welch's test needs):
// tail probabilities through the regularized incomplete beta function,
// P(|T| > t) = I_{nu / (nu + t^2)}(nu / 2, 1 / 2) (Abramowitz & Stegun 26.7.1 with 26.5.27),
// for nu < 10^4, Hill's normalizing transformation beyond (where the continued fraction loses
// digits to cancellation), and the quantile by Hill's (1970) approximation refined by Newton steps.
import { logBeta } from "./gamma";
import { incompleteBetaTails } from "./incomplete-beta";
import { normalQuantile, normalTails } from "./normal";

/** Beyond this the t and normal tails agree to double precision for the |t| < 40 that matter. */
const NORMAL_DF = 1e300;
/** From here Hill's transformation is more accurate (relative error ~1e-13) than the continued fraction. */
const HILL_DF = 1e4;

/**
 * P(T > |t|) for large nu: G. W. Hill, "Algorithm 395: Student's t-distribution", Communications
 * of the ACM 13(10) (1970) 617-619, the asymptotic normalizing transformation of t.
 */
function hillUpperTail(t: number, df: number): number {
  const a = df - 0.5;
  const b = 48 * a * a;
  let y = a * Math.log1p((t * t) / df);
  y = (((((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b) + y + 3) / b + 1) * Math.sqrt(y);
  return normalTails(y)[1];
}

/** [P(T <= t), P(T > t)], each accurate in its own tail. */
export function studentTTails(t: number, df: number): [number, number] {
  if (Number.isNaN(t) || !(df > 0)) return [NaN, NaN];
  if (df >= NORMAL_DF) return normalTails(t);
  if (t === Infinity) return [1, 0];
  if (t === -Infinity) return [0, 1];
  if (df >= HILL_DF) {
    const far = hillUpperTail(t, df);
    return t > 0 ? [1 - far, far] : [far, 1 - far];
  }
  const t2 = t * t;
  // x = nu / (nu + t^2) and y = t^2 / (nu + t^2), each formed directly (no 1 - x cancellation).
  let x: number;
  let y: number;
  if (t2 < df) {
    const r = t2 / df;
    x = 1 / (1 + r);
    y = r / (1 + r);
  } else {
    const at = Math.abs(t);
    const r = df / at / at; // not df / t2: t^2 overflows for |t| > 1.3e154
    if (r === 0) {
      // x = nu / t^2 underflows: the leading term x^(nu/2) / ((nu/2) B(nu/2, 1/2)) of I_x is exact here.
      const far = Math.exp((df / 2) * (Math.log(df) - 2 * Math.log(at)) - Math.log(df / 2) - logBeta(df / 2, 0.5)) / 2;
      return t > 0 ? [1 - far, far] : [far, 1 - far];
    }
    x = r / (1 + r);
    y = 1 / (1 + r);
  }
  const [beyond] = incompleteBetaTails(x, df / 2, 0.5, y); // P(|T| > |t|)
  const far = beyond / 2; // P(T > |t|)
  return t > 0 ? [1 - far, far] : [far, 1 - far];
}

export function studentTCdf(t: number, df: number): number {
  return studentTTails(t, df)[0];
}

export function studentTSurvival(t: number, df: number): number {
  return studentTTails(t, df)[1];
}

/** Two-sided p-value of a t statistic: P(|T| >= |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  const p = 2 * studentTTails(-Math.abs(t), df)[0];
  return Math.min(1, p);
}

/** ln of the density of T: -((nu + 1) / 2) ln(1 + t^2 / nu) - ln(sqrt(nu) B(nu / 2, 1 / 2)) (A&S 26.7.1). */
export function studentTLogPdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  const at = Math.abs(t);
  // ln(1 + t^2 / nu), without overflowing t^2 for huge |t|
  const lnTerm = at > 1e100 ? 2 * Math.log(at) - Math.log(df) + Math.log1p(df / at / at) : Math.log1p((t * t) / df);
  return -((df + 1) / 2) * lnTerm - 0.5 * Math.log(df) - logBeta(df / 2, 0.5);
}

export function studentTPdf(t: number, df: number): number {
  return Math.exp(studentTLogPdf(t, df));
}

/**
 * Starting value for the upper-tail quantile: G. W. Hill, "Algorithm 396: Student's t-quantiles",
 * Communications of the ACM 13(10) (1970) 619-620, for the two-sided probability p2 = 2 P(T > q).
 */
function hillStart(p2: number, df: number): number {
  if (Math.abs(df - 2) < 1e-12) return Math.sqrt(2 / (p2 * (2 - p2)) - 2);
  if (Math.abs(df - 1) < 1e-12) return 1 / Math.tan((p2 * Math.PI) / 2);
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((20700 * a) / b - 98) * a - 16;
  c = c * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = (d * p2) ** (2 / df);
  if (y > 0.05 + a) {
    const x = normalQuantile(0.5 * p2);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y = ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) * ((df + 1) / (df + 2)) + 1 / y;
  }
  return Math.sqrt(df * y);
}

/**
 * The q >= 0 with P(T > q) = p, for 0 < p <= 1/2: Hill's start, then Newton steps on ln P(T > q)
 * against ln q (fast for the power-law tails of small nu as well as the normal-like tails of large
 * nu), kept inside a bracket that bisects (geometrically) whenever a step would leave it.
 */
function upperQuantile(p: number, df: number): number {
  if (p >= 0.5) return 0;
  let q = hillStart(2 * p, df);
  if (!(q > 0 && Number.isFinite(q))) q = Math.max(1, -normalQuantile(p));
  const lnP = Math.log(p);
  let lo = 0;
  let hi = Infinity;
  for (let it = 0; it < 400; it++) {
    if (!Number.isFinite(q)) return Infinity; // beyond the largest double (tiny p, nu < 1)
    const tail = studentTTails(q, df)[1];
    if (tail === p) return q;
    if (tail > p) lo = q;
    else hi = q;
    const slope = Math.exp(Math.log(q) + studentTLogPdf(q, df) - Math.log(tail)); // -d ln P(T > q) / d ln q
    let next = tail > 0 && slope > 0 ? q * Math.exp((Math.log(tail) - lnP) / slope) : NaN;
    if (!(next > lo && next < hi)) next = hi === Infinity ? 16 * q : lo === 0 ? hi / 16 : Math.sqrt(lo) * Math.sqrt(hi);
    if (Math.abs(next - q) <= 4e-16 * next) return next;
    q = next;
  }
  return q;
}

/** The t with P(T <= t) = p. -Infinity at 0, +Infinity at 1, NaN outside [0, 1]. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (df >= NORMAL_DF) return normalQuantile(p);
  return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
}

/** Two-sided critical value for a confidence level, e.g. 2.228138851986 for 0.95 and 10 df. */
export function studentTCritical(confidence: number, df: number): number {
  const alpha = 1 - confidence;
  if (Number.isNaN(alpha) || !(df > 0)) return NaN;
  if (alpha <= 0) return Infinity;
  if (alpha >= 1) return 0;
  return df >= NORMAL_DF ? -normalQuantile(alpha / 2) : upperQuantile(alpha / 2, df);
}
