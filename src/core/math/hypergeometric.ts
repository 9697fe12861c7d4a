// Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and real z <= 1, the special
// function of the BG/NBD, MBG/NBD, Pareto/NBD and shifted-beta-geometric models.
//
//   z in [0, 0.9]: the defining power series (A&S 15.1.1), or after Euler's transformation
//                  F(a, b; c; z) = (1 - z)^(c-a-b) F(c-a, c-b; c; z) (A&S 15.3.3) when that series
//                  decays faster (a + b > c) without introducing sign changes;
//   z in (0.9, 1): the series again when it converges within 5,000 terms (large c); where it
//                  converges slowly, analytic continuation along the real axis: F and F' at 0.9
//                  from the series, then Taylor steps of the hypergeometric differential equation
//                  z(1-z) w'' + [c - (a+b+1) z] w' - ab w = 0 (A&S 15.5.1). Each step is at most half
//                  the distance to the singular point z = 1 (the local series converges like 2^-k)
//                  and short enough that the other local solutions, z^(1-c) and (1-z)^(c-a-b), cannot
//                  swamp the sum with rounding error; works alike when c - a - b is an integer;
//   z = 1:         Gauss's theorem F = Gamma(c) Gamma(c-a-b) / (Gamma(c-a) Gamma(c-b)) (A&S 15.1.20);
//   z < 0:         Pfaff's transformation F = (1 - z)^-a F(a, c-b; c; z/(z-1)) (A&S 15.3.4).
// Values are carried as mantissa x e^scale, so the log is available where F itself overflows.
// Where neither route finishes in bounded work (extreme parameters, e.g. a + b - c ~ 1e10) the
// result is NaN rather than a wrong number or a hang.
import { gammaSign, logGamma } from "./gamma";

const EPS = 1e-16;
const MAX_TERMS = 1_000_000;
const CANCELLATION_LIMIT = 1e8;
const BIG = 1e250;
const LOG_BIG = Math.log(BIG);

/** F = v e^scale and F' = d e^scale; converged false when the series ran out of terms. */
interface Scaled {
  v: number;
  d: number;
  scale: number;
  converged: boolean;
}

/** Series use up to z = 0.9 (about 350 terms for moderate parameters), and beyond within this budget. */
const SERIES_LIMIT = 0.9;
const SERIES_BUDGET_NEAR_ONE = 5000;
/** Continuation steps allowed (extreme parameters, c ~ 1e8, would need more): beyond, the value is NaN, never a hang. */
const MAX_STEPS = 20000;

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/** The power series sum_n (a)_n (b)_n / ((c)_n n!) z^n and its derivative, with rescaling. */
function powerSeries(a: number, b: number, c: number, z: number, withDerivative: boolean, maxTerms = MAX_TERMS): Scaled {
  let term = 1;
  let sum = 1;
  let dsum = 0; // sum_n n t_n; F' = dsum / z
  let scale = 0;
  let peak = 1; // largest |term|, in the current scale: a sum far below it has cancelled away its digits
  let converged = false;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    if (term === 0) {
      converged = true; // a or b a non-positive integer: a polynomial
      break;
    }
    sum += term;
    dsum += (n + 1) * term;
    peak = Math.max(peak, Math.abs(term));
    if (Math.abs(sum) > BIG || Math.abs(term) > BIG || Math.abs(dsum) > BIG) {
      sum /= BIG;
      term /= BIG;
      dsum /= BIG;
      peak /= BIG;
      scale += LOG_BIG;
    }
    // Tail bound: once every factor is positive, (a+k)/(c+k) and (b+k)/(k+1) move monotonically
    // toward 1, so each later ratio is at most rho = |z| max(., 1) max(., 1) (best of the two
    // pairings) and the tail is at most |term| rho / (1 - rho).
    if (n >= 1 && n > -a && n > -b && n > -c) {
      const m = n + 1;
      const pairA = Math.max((a + m) / (c + m), 1) * Math.max((b + m) / (m + 1), 1);
      const pairB = Math.max((a + m) / (m + 1), 1) * Math.max((b + m) / (c + m), 1);
      const rho = Math.abs(z) * Math.min(pairA, pairB);
      if (rho < 1) {
        const t = Math.abs(term);
        const tail = (t * rho) / (1 - rho);
        const dtail = t * ((m * rho) / (1 - rho) + rho / ((1 - rho) * (1 - rho)));
        if (tail <= EPS * Math.abs(sum) && (!withDerivative || dtail <= EPS * Math.abs(dsum))) {
          converged = true;
          break;
        }
      }
    }
  }
  // Terms of mixed sign that cancel to below 1e-8 of the largest leave fewer than 8 good digits
  // (e.g. 2F1(-263, -0.97; -0.97; 0.8) = 0.2^263 from terms near 1e66): not a value to return.
  if (converged && peak > CANCELLATION_LIMIT * Math.abs(sum)) converged = false;
  return { v: sum, d: z === 0 ? (a * b) / c : dsum / z, scale, converged };
}

/** F and F' at 0 < z < 1 by the series, directly or after Euler's transformation. */
function seriesValue(a: number, b: number, c: number, z: number, maxTerms = MAX_TERMS): Scaled {
  const s = c - a - b;
  const terminatesDirectly = isNonPositiveInteger(a) || isNonPositiveInteger(b);
  const terminatesEuler = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b);
  const euler = !terminatesDirectly && (terminatesEuler || (s < 0 && c - a >= 0 && c - b >= 0));
  if (!euler) return powerSeries(a, b, c, z, true, maxTerms);
  const g = powerSeries(c - a, c - b, c, z, true, maxTerms);
  // F = (1-z)^s G  =>  F' = (1-z)^s [G' - s G / (1-z)]
  return { v: g.v, d: g.d - (s * g.v) / (1 - z), scale: g.scale + s * Math.log1p(-z), converged: g.converged };
}

/** Continue (F, F') from z0 to z1 (0 < z0 < z1 < 1) by Taylor steps of the differential equation. */
function continueToward(a: number, b: number, c: number, start: Scaled, z0: number, z1: number): Scaled {
  let v = start.v;
  let d = start.d;
  let scale = start.scale;
  const ab = a * b;
  const q1 = -(a + b + 1);
  let z = z0;
  let steps = 0;
  while (z < z1) {
    if (++steps > MAX_STEPS) return { v: NaN, d: NaN, scale: 0, converged: false };
    // Step limits: half the distance to z = 1; and (1 + h/z)^|c-1| <= e^2, (1 - h/(1-z))^-|c-a-b| <= e^2
    // roughly, so the Taylor terms of z^(1-c) and (1-z)^(c-a-b) stay near the size of F.
    const room = 1 - z;
    const limit = Math.min(0.5 * room, (2 * z) / Math.max(1, Math.abs(c - 1)), (2 * room) / Math.max(1, Math.abs(c - a - b)));
    const last = z1 - z <= 1.2 * limit;
    // The step actually taken: the new point must be exactly z + h, or F' ~ 1/(1-z) turns the
    // rounding of z + h into a relative error growing like 1e-16 / (1 - z).
    const zNext = last ? z1 : z + limit;
    const h = zNext - z;
    const p0 = z * (1 - z);
    const p1 = 1 - 2 * z;
    const q0 = c - (a + b + 1) * z;
    // v_k = u_k h^k, the Taylor terms of w(z + h).
    let vk = v;
    let vk1 = d * h;
    let sum = vk + vk1;
    let dsum = vk1 / h;
    for (let k = 0; k < MAX_TERMS; k++) {
      const vk2 = -(((p1 * k + q0) * (k + 1) * vk1 * h + (-k * (k - 1) + q1 * k - ab) * vk * h * h) / (p0 * (k + 2) * (k + 1)));
      sum += vk2;
      dsum += ((k + 2) * vk2) / h;
      vk = vk1;
      vk1 = vk2;
      if (k >= 2) {
        const small = Math.abs(vk) + Math.abs(vk1);
        if (small <= EPS * Math.abs(sum) && (small * (k + 3)) / h <= EPS * Math.abs(dsum)) break;
      }
      if (!Number.isFinite(sum)) break;
    }
    v = sum;
    d = dsum;
    z = zNext;
    const m = Math.max(Math.abs(v), Math.abs(d) * (1 - z));
    if (m > 1e100 || (m < 1e-100 && m > 0)) {
      v /= m;
      d /= m;
      scale += Math.log(m);
    }
  }
  return { v, d, scale, converged: Number.isFinite(v) };
}

/** 2F1 as sign and log of the absolute value (log = -Infinity when F = 0). */
export function hyp2f1Parts(a: number, b: number, c: number, z: number): { sign: number; log: number } {
  if ([a, b, c, z].some(Number.isNaN) || z > 1) return { sign: NaN, log: NaN };
  const terminates = isNonPositiveInteger(a) || isNonPositiveInteger(b);
  if (isNonPositiveInteger(c)) {
    // Defined only when the series stops before the zero denominator.
    const stop = Math.max(isNonPositiveInteger(a) ? a : -Infinity, isNonPositiveInteger(b) ? b : -Infinity);
    if (!(stop > c)) return { sign: NaN, log: NaN };
  }
  if (z === 0 || a === 0 || b === 0) return { sign: 1, log: 0 };
  // A series that ran out of terms, or a continuation that ran out of steps (extreme parameters):
  // NaN, so callers (a likelihood during a line search) see "undefined here" rather than a wrong value.
  const fromScaled = (s: Scaled) => (s.converged ? { sign: Math.sign(s.v), log: Math.log(Math.abs(s.v)) + s.scale } : { sign: NaN, log: NaN });
  if (terminates) return fromScaled(powerSeries(a, b, c, z, false));
  if (z < 0) {
    // Pfaff: F(a, b; c; z) = (1 - z)^-a F(a, c - b; c; z / (z - 1))
    const inner = hyp2f1Parts(a, c - b, c, z / (z - 1));
    return { sign: inner.sign, log: inner.log - a * Math.log1p(-z) };
  }
  if (z === 1) {
    const s = c - a - b;
    if (s <= 0) return { sign: 1, log: Infinity };
    if (isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b)) return { sign: 0, log: -Infinity };
    const sign = gammaSign(c) * gammaSign(s) * gammaSign(c - a) * gammaSign(c - b);
    return { sign, log: logGamma(c) + logGamma(s) - logGamma(c - a) - logGamma(c - b) };
  }
  if (z <= SERIES_LIMIT) return fromScaled(seriesValue(a, b, c, z));
  const direct = seriesValue(a, b, c, z, SERIES_BUDGET_NEAR_ONE);
  if (direct.converged) return fromScaled(direct);
  const start = seriesValue(a, b, c, SERIES_LIMIT);
  if (!start.converged) return { sign: NaN, log: NaN };
  return fromScaled(continueToward(a, b, c, start, SERIES_LIMIT, z));
}

/** ln |2F1(a, b; c; z)|: finite where F itself would overflow (e.g. large parameters near z = 1). */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  return hyp2f1Parts(a, b, c, z).log;
}

/** Gauss hypergeometric function 2F1(a, b; c; z) for real z <= 1 (NaN outside, Infinity where it diverges). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const p = hyp2f1Parts(a, b, c, z);
  return p.sign === 0 ? 0 : p.sign * Math.exp(p.log);
}
