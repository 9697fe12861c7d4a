// Seeded samplers for simulations (parameter-recovery tests, benchmarks, demo data), all driven by
// a uniform generator such as mulberry32 from ./random.
import { logGamma } from "./gamma";

/** A uniform generator on [0, 1). */
export type Uniform = () => number;

/** A uniform draw on (0, 1): never 0, so logs and powers stay finite. */
function open01(rand: Uniform): number {
  let u = rand();
  while (u === 0) u = rand();
  return u;
}

/** Standard normal by the Marsaglia polar method (Marsaglia & Bray 1964). */
export function sampleNormal(rand: Uniform): number {
  for (;;) {
    const u = 2 * rand() - 1;
    const v = 2 * rand() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Exponential with the given rate (mean 1/rate), by inversion. */
export function sampleExponential(rand: Uniform, rate: number): number {
  return -Math.log(open01(rand)) / rate;
}

/**
 * Gamma with shape k and rate (mean k/rate) by Marsaglia & Tsang (2000), "A simple method for
 * generating gamma variables", ACM TOMS 26(3); shapes below 1 through G(k) = G(k + 1) U^(1/k).
 */
export function sampleGamma(rand: Uniform, shape: number, rate = 1): number {
  if (!(shape > 0) || !(rate > 0)) throw new RangeError("gamma shape and rate must be positive");
  if (shape < 1) {
    // Work in logs: U^(1/k) underflows for small k.
    const logU = Math.log(open01(rand)) / shape;
    return Math.exp(Math.log(sampleGamma(rand, shape + 1, 1)) + logU) / rate;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = open01(rand);
    if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) (e.g. Devroye 1986, IX.4.1). */
export function sampleBeta(rand: Uniform, a: number, b: number): number {
  const x = sampleGamma(rand, a);
  const y = sampleGamma(rand, b);
  return x / (x + y);
}

/**
 * Poisson with the given mean: multiplication of uniforms (Knuth, TAOCP vol. 2, 3.4.1) below 30,
 * the transformed rejection method PTRS of Hormann (1993), "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12, above.
 */
export function samplePoisson(rand: Uniform, mean: number): number {
  if (!(mean >= 0)) throw new RangeError("Poisson mean must be non-negative");
  if (mean === 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = rand();
    while (p > limit) {
      k++;
      p *= rand();
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rand() - 0.5;
    const v = open01(rand);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logGamma(k + 1)) return k;
  }
}

/** Number of Bernoulli(p) trials up to and including the first success (support 1, 2, ...), by inversion. */
export function sampleGeometric(rand: Uniform, p: number): number {
  if (!(p > 0 && p <= 1)) throw new RangeError("geometric p must be in (0, 1]");
  if (p === 1) return 1;
  return Math.max(1, Math.ceil(Math.log(open01(rand)) / Math.log1p(-p)));
}
