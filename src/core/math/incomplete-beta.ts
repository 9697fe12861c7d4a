// The regularized incomplete beta function I_x(a, b) and its complement, by the continued
// fraction of Numerical Recipes (Press et al., 3rd ed. 2007, section 6.4, eq. 6.4.5 and betacf)
// evaluated with the modified Lentz method (Lentz 1976; Thompson & Barnett 1986).
import { logBeta } from "./gamma";

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** Continued fraction for I_x(a, b) (NR eq. 6.4.5), converging fast for x < (a + 1) / (a + b + 2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) <= EPS) return h;
  }
  return h; // not reached for the a, b of the t and F distributions; the last value is the best we have
}

/**
 * [I_x(a, b), 1 - I_x(a, b)] for a, b > 0 and 0 <= x <= 1. y = 1 - x may be passed when it is known
 * more accurately than 1 - x (e.g. t^2 / (nu + t^2)). The smaller of the two is computed directly,
 * so each has full relative accuracy in its tail.
 */
export function incompleteBetaTails(x: number, a: number, b: number, y: number = 1 - x): [number, number] {
  if (!(a > 0 && b > 0) || Number.isNaN(x) || x < 0 || x > 1) return [NaN, NaN];
  if (x === 0) return [0, 1];
  if (y === 0) return [1, 0]; // x === 1 only when y, which may be given more precisely, is 0 too
  const lnX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const lnY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  // x^a y^b / B(a, b), the prefactor of both continued fractions.
  const front = Math.exp(a * lnX + b * lnY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(a, b, x)) / a;
    return [lower, 1 - lower];
  }
  const upper = (front * betaContinuedFraction(b, a, y)) / b;
  return [1 - upper, upper];
}

/** I_x(a, b), the regularized incomplete beta function. */
export function incompleteBeta(x: number, a: number, b: number): number {
  return incompleteBetaTails(x, a, b)[0];
}
