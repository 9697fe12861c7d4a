// What BG/NBD and MBG/NBD share: the fit, the hypergeometric bracket of the expectations, and the
// negative binomial pieces of P(X(t) = n). k = 0 is BG/NBD, k = 1 MBG/NBD (see bg-likelihood.ts).
import { logBeta, logGamma, logPochhammer } from "../math/gamma";
import { hyp2f1, hyp2f1Parts } from "../math/hypergeometric";
import { InputError } from "../table/errors";
import { bgFamilyLikelihood } from "./bg-likelihood";
import { compressRepeatData, type CompressedRepeatData } from "./fit-data";
import { fitMaximumLikelihood } from "./mle";
import type { FitOptions, FitResult, RepeatData } from "./types";

export const BG_PARAM_NAMES = ["r", "alpha", "a", "b"] as const;

/** Checks and compresses the data; throws InputError when no purchase model can be fitted to it. */
export function purchaseFitData(data: RepeatData): CompressedRepeatData {
  const d = compressRepeatData(data);
  if (d.repeatCustomers === 0) {
    throw new InputError("no customer made a repeat purchase (every frequency is 0): a purchase model needs some repeat buyers to be fitted");
  }
  let maxT = 0;
  for (let i = 0; i < d.T.length; i++) maxT = Math.max(maxT, d.T[i]);
  if (maxT === 0) throw new InputError("every customer has T = 0: the calibration period has no length");
  return d;
}

/**
 * Start values: r = 1 with alpha = sum T / sum x, so the start's mean purchase rate r/alpha matches
 * the data (this makes the start independent of the time unit), and a = b = 1 (uniform drop-out).
 */
export function bgFamilyStart(d: CompressedRepeatData): number[] {
  let sx = 0;
  let sT = 0;
  for (let i = 0; i < d.T.length; i++) {
    sx += d.weights[i] * d.frequency[i];
    sT += d.weights[i] * d.T[i];
  }
  return [1, Math.max(sT / sx, 1e-3), 1, 1];
}

export function fitBgFamily(model: "bgnbd" | "mbgnbd", label: string, data: RepeatData, options?: FitOptions): FitResult {
  const d = purchaseFitData(data);
  return fitMaximumLikelihood(
    {
      model,
      label,
      paramNames: BG_PARAM_NAMES,
      n: d.customers,
      logLikelihood: bgFamilyLikelihood(d, model === "mbgnbd"),
      analyticGradient: true,
      start: bgFamilyStart(d),
    },
    options,
  );
}

/**
 * f(a) with the removable singularity at a = 1 of the (.)/(a - 1) expectations smoothed over:
 * within 1e-6 of 1 the mean of f(1 - 1e-6) and f(1 + 1e-6) (error O(1e-12) plus rounding O(1e-10)).
 */
export function awayFromOne(a: number, f: (a: number) => number): number {
  const h = 1e-6;
  if (Math.abs(a - 1) >= h) return f(a);
  return (f(1 - h) + f(1 + h)) / 2;
}

/**
 * 1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x+k; a+b+x-1+k; z) with z = t/(alpha+T+t), computed
 * after Euler's transformation (A&S 15.3.3) as 1 - (1-z)^(a-1) 2F1(a+b-1+k-r, a-1; a+b+x-1+k; z):
 * the transformed series has small upper parameters and a large lower one, so it converges fast
 * however large x is (FHL 2005 eq. 10; lifetimes switches to the same form when the first overflows).
 */
export function bgFamilyBracket(r: number, alpha: number, a: number, b: number, k: number, t: number, x: number, T: number): number {
  const z = t / (alpha + T + t);
  const oneMinusZ = (alpha + T) / (alpha + T + t);
  const F = hyp2f1(a + b - 1 + k - r, a - 1, a + b + x - 1 + k, z);
  if (Number.isFinite(F)) return 1 - Math.exp((a - 1) * Math.log(oneMinusZ)) * F;
  // The transformed series cancelled (a far below 1 with r large): the untransformed form, in logs.
  const direct = hyp2f1Parts(r + x, b + x + k, a + b + x - 1 + k, z);
  return 1 - direct.sign * Math.exp((r + x) * Math.log(oneMinusZ) + direct.log);
}

/** ln of the negative binomial probability Gamma(r+j)/(Gamma(r) j!) (1-p)^r p^j, p = t/(alpha+t). */
function logNegBin(r: number, alpha: number, t: number, j: number): number {
  return logPochhammer(r, j) - logGamma(j + 1) + r * Math.log(alpha / (alpha + t)) + (j === 0 ? 0 : j * Math.log(t / (alpha + t)));
}

/**
 * P(NB >= n) for the NBD count of a customer who stays alive through (0, t]: 1 - sum_{j<n} NB(j), or
 * the upper sum when the lower one is most of the mass (no cancellation); terms by the recurrence
 * NB(j+1) = NB(j) (r+j)/(j+1) p, p = t/(alpha+t).
 */
function negBinTail(r: number, alpha: number, t: number, n: number): number {
  const lnP = Math.log(t / (alpha + t));
  let lnTerm = r * Math.log(alpha / (alpha + t)); // ln NB(0)
  let lower = 0;
  for (let j = 0; j < n; j++) {
    lower += Math.exp(lnTerm);
    lnTerm += Math.log((r + j) / (j + 1)) + lnP;
  }
  if (lower < 0.5) return 1 - lower;
  // lnTerm is now ln NB(n)
  let upper = 0;
  for (let j = n; j < n + 1_000_000; j++) {
    const term = Math.exp(lnTerm);
    upper += term;
    if (term <= 1e-17 * upper && j > (r * t) / alpha) break;
    lnTerm += Math.log((r + j) / (j + 1)) + lnP;
  }
  return upper;
}

/**
 * P(X(t) = n) (FHL 2005 eq. 8 for k = 0; lifetimes' MBG/NBD analogue for k = 1):
 * B(a, b+n+k)/B(a, b) NB(n) + [n > 0 or k = 1] B(a+1, b+n-1+k)/B(a, b) P(NB >= n).
 */
export function bgFamilyProbabilityOfPurchases(params: readonly number[], k: number, t: number, n: number): number {
  const [r, alpha, a, b] = params;
  if (!(Number.isInteger(n) && n >= 0)) return 0;
  if (t <= 0) return n === 0 ? 1 : 0;
  const lbab = logBeta(a, b);
  let p = Math.exp(logBeta(a, b + n + k) - lbab + logNegBin(r, alpha, t, n));
  if (n > 0 || k === 1) p += Math.exp(logBeta(a + 1, b + n - 1 + k) - lbab) * negBinTail(r, alpha, t, n);
  return p;
}
