// Log-gamma, log-beta, digamma and the rising-factorial helpers the lifetime-value likelihoods
// are built from. Pure double-precision code, no tables to load.

const LN_SQRT_2PI = 0.9189385332046727; // ln(sqrt(2 pi))
/** Euler-Mascheroni constant (A&S 6.1.3). */
export const EULER_GAMMA = 0.5772156649015329;

// Stirling series coefficients B_2k / (2k (2k - 1)), k = 1..8 (A&S 6.1.40).
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
// Digamma asymptotic coefficients B_2k / (2k), k = 1..8 (A&S 6.3.18).
const DIGAMMA_ASYMPTOTIC = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12, -3617 / 8160];

/** zeta(k) - 1 for k = 2..40: sum to n = 99, Euler-Maclaurin tail from n = 100 (DLMF 25.2.9). */
const ZETA_MINUS_ONE: Float64Array = (() => {
  const out = new Float64Array(41);
  const N = 100;
  for (let k = 2; k <= 40; k++) {
    let s = 0;
    for (let n = 99; n >= 2; n--) s += n ** -k; // smallest first
    const nk = N ** -k;
    const tail =
      (N * nk) / (k - 1) +
      nk / 2 +
      (k * nk) / (12 * N) -
      (k * (k + 1) * (k + 2) * nk) / (720 * N ** 3) +
      (k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * nk) / (30240 * N ** 5);
    out[k] = s + tail;
  }
  return out;
})();

/** Stirling's series correction: lnGamma(x) - [(x - 1/2) ln x - x + ln sqrt(2 pi)], for x >= 12. */
function stirlingCorrection(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  let sum = 0;
  let p = inv;
  for (let k = 0; k < STIRLING.length; k++) {
    const term = STIRLING[k] * p;
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
    p *= inv2;
  }
  return sum;
}

/**
 * ln Gamma(1 + e) for |e| <= 1/2 from the Taylor series about 1 (A&S 6.1.33), split as
 * -gamma e + (e - ln(1 + e)) + sum_k (-1)^k (zeta(k) - 1) e^k / k so the sum converges like (e/2)^k:
 * accurate to a few ulps relative even beside the zero at x = 1.
 */
function logGamma1p(e: number): number {
  let sum = 0;
  let p = e * e;
  for (let k = 2; k <= 40; k++) {
    const term = ((k % 2 === 0 ? 1 : -1) * ZETA_MINUS_ONE[k] * p) / k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    p *= e;
  }
  return -EULER_GAMMA * e + (e - Math.log1p(e)) + sum;
}

/**
 * ln |Gamma(x)|. Relative error ~1e-15 for x > 0 including beside the zeros at 1 and 2 (Taylor
 * series there), Stirling's series with 8 terms from x = 12 (A&S 6.1.40/6.1.41), the recurrence
 * Gamma(x + 1) = x Gamma(x) in between, and the reflection formula for x < 0 (A&S 6.1.17).
 * Infinity at 0 and the negative integers.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0) {
    if (Number.isInteger(x)) return Infinity;
    // |Gamma(x)| = pi / (|sin(pi x)| Gamma(1 - x))
    return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
  }
  if (x < 0.5) return logGamma1p(x) - Math.log(x); // Gamma(x) = Gamma(1 + x) / x
  if (x <= 1.5) return logGamma1p(x - 1);
  if (x <= 2.5) return logGamma1p(x - 2) + Math.log1p(x - 2); // Gamma(x) = (x - 1) Gamma(x - 1)
  if (x < 12) {
    // Down to (1.5, 2.5]: lnGamma(x) = lnGamma(x - k) + ln((x - 1)(x - 2)...(x - k)), all terms positive.
    let prod = 1;
    let y = x;
    while (y > 2.5) {
      y -= 1;
      prod *= y;
    }
    return logGamma1p(y - 2) + Math.log1p(y - 2) + Math.log(prod);
  }
  return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
}

/** Sign of Gamma(x): +1 for x > 0, alternating between the poles for x < 0 (NaN at the poles). */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x) || Number.isNaN(x)) return NaN;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** sin(pi x) with exact zeros at the integers. */
function sinPi(x: number): number {
  const r = x - 2 * Math.floor(x / 2); // [0, 2)
  if (r === 0 || r === 1) return 0;
  return Math.sin(Math.PI * r);
}

/** Gamma(x) (overflows to Infinity from x ~ 171.6). */
export function gamma(x: number): number {
  return gammaSign(x) * Math.exp(logGamma(x));
}

/**
 * ln Gamma(x + a) - ln Gamma(x) for x >= 12, x + a >= 12, without the cancellation of the two large
 * logs: the (x - 1/2) ln x terms are combined through log1p (as R's lbeta and Boost do).
 */
function logGammaDifferenceLarge(x: number, a: number): number {
  return (x - 0.5) * Math.log1p(a / x) + a * Math.log(x + a) - a + stirlingCorrection(x + a) - stirlingCorrection(x);
}

/** ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b), a, b > 0, without cancellation for large arguments. */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) return a === 0 || b === 0 ? Infinity : NaN;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi < 12) return logGamma(lo) + logGamma(hi) - logGamma(lo + hi);
  // ln Gamma(hi) - ln Gamma(hi + lo) = -logGammaDifferenceLarge(hi, lo)
  return logGamma(lo) - logGammaDifferenceLarge(hi, lo);
}

/**
 * ln of the rising factorial (a)_n = Gamma(a + n) / Gamma(a), a > 0, n >= 0: a sum of logs for whole
 * n up to 64 (exact to rounding whatever the size of a), else the Stirling difference or ln Gammas.
 */
export function logPochhammer(a: number, n: number): number {
  if (n === 0) return 0;
  if (Number.isInteger(n) && n > 0 && n <= 64) {
    let s = 0;
    let prod = 1;
    for (let j = 0; j < n; j++) {
      prod *= a + j;
      if (prod > 1e280) {
        s += Math.log(prod);
        prod = 1;
      }
    }
    return s + Math.log(prod);
  }
  if (a >= 12 && a + n >= 12) return logGammaDifferenceLarge(a, n);
  return logGamma(a + n) - logGamma(a);
}

/**
 * Digamma psi(x) = d/dx ln Gamma(x): recurrence psi(x) = psi(x + 1) - 1/x up to x >= 10, then the
 * asymptotic series (A&S 6.3.5, 6.3.18); reflection psi(1 - x) - pi cot(pi x) for x < 0 (A&S 6.3.7).
 */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.floor(x)));
  }
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  let sum = 0;
  let p = inv2;
  for (let k = 0; k < DIGAMMA_ASYMPTOTIC.length; k++) {
    sum += DIGAMMA_ASYMPTOTIC[k] * p;
    p *= inv2;
  }
  return shift + Math.log(x) - 0.5 / x - sum;
}

/** psi(a + n) - psi(a), a > 0: the exact sum of 1/(a + j) for whole n up to 64, else a difference of digammas. */
export function digammaDifference(a: number, n: number): number {
  if (n === 0) return 0;
  if (Number.isInteger(n) && n > 0 && n <= 64) {
    let s = 0;
    for (let j = n - 1; j >= 0; j--) s += 1 / (a + j);
    return s;
  }
  return digamma(a + n) - digamma(a);
}
