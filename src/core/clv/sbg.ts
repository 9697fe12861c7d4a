// Shifted-beta-geometric (sBG) model of contract renewals (Fader & Hardie 2007, "How to project
// customer retention", Journal of Interactive Marketing 21(1), 76-90): each customer renews at the
// end of every period with a fixed probability 1 - theta, theta ~ Beta(alpha, beta) across customers.
//   P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta)
//   S(t)     = B(alpha, beta + t) / B(alpha, beta)
//   r_t      = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)
// fitted by maximum likelihood to the survivors of one cohort:
//   LL = sum_{t=1..n} (N_{t-1} - N_t) ln P(T = t) + N_n ln S(n).
import { digamma, logBeta } from "../math/gamma";
import { hyp2f1 } from "../math/hypergeometric";
import { InputError } from "../table/errors";
import { fitMaximumLikelihood } from "./mle";
import type { FitOptions, FitResult } from "./types";

export const SBG_PARAM_NAMES = ["alpha", "beta"] as const;

function checkSurvivors(survivors: ArrayLike<number>): number[] {
  const s = Array.from(survivors);
  if (s.length < 2) throw new InputError("survivors: need the cohort size and at least one later count", "survivors");
  s.forEach((v, i) => {
    if (!(Number.isFinite(v) && v >= 0)) throw new InputError(`survivors, period ${i}: must be a number >= 0 (got ${v})`, "survivors", i + 1);
    if (i > 0 && v > s[i - 1]) {
      throw new InputError(`survivors, period ${i}: ${v} is more than the ${s[i - 1]} of the period before (survivors cannot increase)`, "survivors", i + 1);
    }
  });
  if (!(s[0] > 0)) throw new InputError("survivors: the cohort (period 0) must have customers", "survivors", 1);
  return s;
}

/**
 * Fits alpha, beta to survivor counts N_0 (the cohort at the start), N_1, ..., N_n (still customers
 * after 1, ..., n periods). Counts need not be whole numbers (percentages work, but the standard
 * errors then refer to a cohort of that size).
 */
export function fitSbg(survivors: ArrayLike<number>, options?: FitOptions): FitResult {
  const s = checkSurvivors(survivors);
  const n = s.length - 1;
  const logLikelihood = (theta: Float64Array, grad?: Float64Array): number => {
    const a = theta[0];
    const b = theta[1];
    const lbab = logBeta(a, b);
    const psiAB = digamma(a + b);
    const dA0 = digamma(a) - psiAB; // d lnB(a, b) / da
    const dB0 = digamma(b) - psiAB;
    let ll = 0;
    let ga = 0;
    let gb = 0;
    for (let t = 1; t <= n; t++) {
      const lost = s[t - 1] - s[t];
      if (lost === 0) continue;
      ll += lost * (logBeta(a + 1, b + t - 1) - lbab);
      if (grad) {
        const psi = digamma(a + b + t);
        ga += lost * (digamma(a + 1) - psi - dA0);
        gb += lost * (digamma(b + t - 1) - psi - dB0);
      }
    }
    if (s[n] > 0) {
      ll += s[n] * (logBeta(a, b + n) - lbab);
      if (grad) {
        const psi = digamma(a + b + n);
        ga += s[n] * (digamma(a) - psi - dA0);
        gb += s[n] * (digamma(b + n) - psi - dB0);
      }
    }
    if (grad) {
      grad[0] = ga;
      grad[1] = gb;
    }
    return ll;
  };
  return fitMaximumLikelihood(
    { model: "sbg", label: "shifted-beta-geometric", paramNames: SBG_PARAM_NAMES, n: s[0], logLikelihood, analyticGradient: true, start: [1, 1] },
    options,
  );
}

/** P(T = t), the probability of churning at the end of period t = 1, 2, ... (Fader & Hardie 2007). */
export function sbgChurnProbability(params: readonly number[], t: number): number {
  const [a, b] = params;
  if (!(t >= 1)) return 0;
  return Math.exp(logBeta(a + 1, b + t - 1) - logBeta(a, b));
}

/** S(t), the share of the cohort still customers after t periods ; S(0) = 1. */
export function sbgSurvival(params: readonly number[], t: number): number {
  const [a, b] = params;
  if (t <= 0) return 1;
  return Math.exp(logBeta(a, b + t) - logBeta(a, b));
}

/** r_t = S(t)/S(t-1), the retention rate in period t = 1, 2, ...: rises with t (the sorting effect). */
export function sbgRetentionRate(params: readonly number[], t: number): number {
  const [a, b] = params;
  return (b + t - 1) / (a + b + t - 1);
}

/** Expected survivors N_0 S(t) for t = 0..periods. */
export function sbgProjectSurvivors(params: readonly number[], cohortSize: number, periods: number): number[] {
  return Array.from({ length: periods + 1 }, (_, t) => cohortSize * sbgSurvival(params, t));
}

function checkDiscount(d: number, alpha: number): void {
  if (!(Number.isFinite(d) && d >= 0)) throw new InputError(`discount rate: must be a number >= 0 per period (got ${d})`, "discountRate");
  if (d === 0 && alpha <= 1) {
    throw new InputError("with alpha <= 1 the expected lifetime is infinite: give a positive discount rate", "discountRate");
  }
}

/**
 * Discounted expected lifetime of a new customer, in payments (one per period, the first at once):
 * DEL = sum_{t>=0} S(t) / (1+d)^t = 2F1(1, beta; alpha + beta; 1/(1+d)) (Fader & Hardie 2010,
 * "Customer-base valuation in a contractual setting: the perils of ignoring heterogeneity",
 * Marketing Science 29(1)). Times the margin per period it is the expected CLV.
 */
export function sbgDiscountedExpectedLifetime(params: readonly number[], discountRate: number): number {
  const [a, b] = params;
  checkDiscount(discountRate, a);
  return hyp2f1(1, b, a + b, 1 / (1 + discountRate));
}

/**
 * Discounted expected residual lifetime of a customer who has made `renewals` renewals (is in period
 * n = renewals + 1), valued just before the next renewal, whose payment is not discounted:
 * DERL = sum_{t>=n} S(t)/S(n-1) / (1+d)^(t-n)
 *      = (beta + n - 1)/(alpha + beta + n - 1) 2F1(1, beta + n; alpha + beta + n; 1/(1+d))
 * (Fader & Hardie 2010, written there with the leading ratio as B(alpha, beta+n)/B(alpha, beta+n-1)).
 * Times the margin per period it is the residual value of an existing customer.
 */
export function sbgDiscountedExpectedResidualLifetime(params: readonly number[], discountRate: number, renewals: number): number {
  const [a, b] = params;
  checkDiscount(discountRate, a);
  if (!(Number.isInteger(renewals) && renewals >= 0)) throw new InputError(`renewals: must be a whole number >= 0 (got ${renewals})`, "renewals");
  const n = renewals + 1;
  return ((b + n - 1) / (a + b + n - 1)) * hyp2f1(1, b + n, a + b + n, 1 / (1 + discountRate));
}
