// Sample size per arm to detect a difference between two proportions with a two-sided test at
// level alpha with the given power (normal approximation without continuity correction; Fleiss,
// Levin & Paik 2003, "Statistical Methods for Rates and Proportions", 3rd ed., chapter 4; the n that
// R's power.prop.test solves for):
// n = [z_{1-alpha/2} sqrt(2 pbar qbar) + z_{1-beta} sqrt(p1 q1 + p2 q2)]^2 / (p2 - p1)^2, pbar = (p1 + p2) / 2.
// Worked example (R's ?power.prop.test): p1 = 0.50, p2 = 0.75, power 0.90, alpha 0.05:
// z = 1.959964, 1.281552; sqrt(2 * 0.625 * 0.375) = 0.684653; sqrt(0.25 + 0.1875) = 0.661438;
// n = (1.959964 * 0.684653 + 1.281552 * 0.661438)^2 / 0.0625 = 2.189564^2 / 0.0625 = 76.71 -> 77 per arm.
import { normalCdf, normalQuantile } from "../math/normal";

export interface SampleSizeInput {
  /** Conversion rate of the control, 0 < p1 < 1. */
  baseRate: number;
  /** Smallest difference worth detecting: absolute (p2 - p1), or relative (p2 = p1 (1 + effect)). */
  effect: number;
  relative?: boolean;
  /** Probability of detecting the effect when it is real (default 0.8). */
  power?: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
}

export interface SampleSizeResult {
  p1: number;
  p2: number;
  power: number;
  alpha: number;
  /** The formula's n before rounding up. */
  exact: number;
  /** Visitors needed in each arm (n rounded up). */
  perArm: number;
  total: number;
}

/** n per arm (unrounded) for rates p1, p2. */
export function twoProportionSampleSize(p1: number, p2: number, power = 0.8, alpha = 0.05): number {
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const pbar = (p1 + p2) / 2;
  const num = za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (num * num) / ((p2 - p1) * (p2 - p1));
}

/** Power of the two-sided test with n per arm (the far rejection region neglected, as in R's power.prop.test). */
export function twoProportionPower(n: number, p1: number, p2: number, alpha = 0.05): number {
  const za = normalQuantile(1 - alpha / 2);
  const pbar = (p1 + p2) / 2;
  return normalCdf((Math.sqrt(n) * Math.abs(p2 - p1) - za * Math.sqrt(2 * pbar * (1 - pbar))) / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)));
}

/** Sample size per arm for input already checked (see sampleSizeArgs). */
export function sampleSize(input: SampleSizeInput): SampleSizeResult {
  const power = input.power ?? 0.8;
  const alpha = input.alpha ?? 0.05;
  const p1 = input.baseRate;
  const p2 = input.relative ? p1 * (1 + input.effect) : p1 + input.effect;
  const exact = twoProportionSampleSize(p1, p2, power, alpha);
  // Guard against 76.0000000001 from rounding: an n within 1e-9 of a whole number is that number.
  const near = Math.round(exact);
  const perArm = Math.abs(exact - near) < 1e-9 * Math.max(1, near) ? near : Math.ceil(exact);
  return { p1, p2, power, alpha, exact, perArm, total: 2 * perArm };
}
