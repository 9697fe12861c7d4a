// The standard normal distribution: density, lower and upper tail probabilities accurate to full
// double precision far into the tails, and the quantile function.

const SQRT_32 = Math.sqrt(32);
const INV_SQRT_2PI = 0.3989422804014327; // 1 / sqrt(2 pi)
const SIXTEEN = 16;

// W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics of
// Computation 23 (1969) 631-637, in the form of his ANORM (ACM TOMS Algorithm 715, 1993), as used
// by R's pnorm: three rational approximations on |x| <= 0.67, <= sqrt(32) and beyond. The published
// 20-digit coefficients are written as the doubles they round to.
const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745];
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const C = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002, 2494.5375852903726,
  6848.190450536283, 11602.65143764735, 9842.714838383978, 1.0765576773720192e-8,
];
const D = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761, 18615.571640885097,
  34900.95272114598, 38912.00328609327, 19685.429676859992,
];
const P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 0.000029112874951168793, 0.023073441764940174];
const Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 0.00007297515550839662];

/** exp(-x^2 / 2) without the rounding error of squaring x: x is split at a multiple of 1/16 (Cody). */
function gaussianFactor(x: number): number {
  const xsq = Math.trunc(x * SIXTEEN) / SIXTEEN;
  const del = (x - xsq) * (x + xsq);
  return Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5);
}

/** Both tails at x: [P(Z <= x), P(Z > x)], each with full relative accuracy (Cody 1969 / TOMS 715). */
export function normalTails(x: number): [number, number] {
  if (Number.isNaN(x)) return [NaN, NaN];
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    let xnum = 0;
    let xden = 0;
    if (y > 1.1102230246251565e-16) {
      const xsq = x * x;
      xnum = A[4] * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + A[i]) * xsq;
        xden = (xden + B[i]) * xsq;
      }
    }
    const temp = (x * (xnum + A[3])) / (xden + B[3]);
    return [0.5 + temp, 0.5 - temp];
  }
  let small: number; // the tail on the far side of the mean: P(Z > |x|)
  if (y <= SQRT_32) {
    let xnum = C[8] * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]) * y;
      xden = (xden + D[i]) * y;
    }
    small = gaussianFactor(y) * ((xnum + C[7]) / (xden + D[7]));
  } else if (y < 37.5193) {
    const xsq = 1 / (x * x);
    let xnum = P[5] * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + P[i]) * xsq;
      xden = (xden + Q[i]) * xsq;
    }
    const temp = (xsq * (xnum + P[4])) / (xden + Q[4]);
    small = gaussianFactor(y) * ((INV_SQRT_2PI - temp) / y);
  } else {
    small = 0; // below the smallest double
  }
  return x > 0 ? [1 - small, small] : [small, 1 - small];
}

/** Phi(x) = P(Z <= x). */
export function normalCdf(x: number): number {
  return normalTails(x)[0];
}

/** 1 - Phi(x) = P(Z > x), accurate where Phi(x) rounds to 1. */
export function normalSurvival(x: number): number {
  return normalTails(x)[1];
}

export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** Two-sided p-value of a z statistic: P(|Z| >= |z|). */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, 2 * normalSurvival(Math.abs(z)));
}

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution", Applied
// Statistics 37 (1988) 477-484, PPND16: relative accuracy about 1e-16 (coefficients as doubles).
const SPLIT1 = 0.425;
const SPLIT2 = 5;
const CONST1 = 0.180625;
const CONST2 = 1.6;
const AQ = [3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227];
const BQ = [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854];
const CQ = [1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414];
const DQ = [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9];
const EQ = [6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7];
const FQ = [1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15];

function poly(c: readonly number[], x: number): number {
  let v = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) v = v * x + c[i];
  return v;
}

/** The z with Phi(z) = p (Wichura's AS 241). -Infinity at 0, +Infinity at 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= SPLIT1) {
    const r = CONST1 - q * q;
    return (q * poly(AQ, r)) / poly(BQ, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= SPLIT2) {
    r -= CONST2;
    z = poly(CQ, r) / poly(DQ, r);
  } else {
    r -= SPLIT2;
    z = poly(EQ, r) / poly(FQ, r);
  }
  return q < 0 ? -z : z;
}

/** The z with P(Z > z) = p, accurate for tiny p (no 1 - p rounding). */
export function normalUpperQuantile(p: number): number {
  return -normalQuantile(p);
}

/** Two-sided critical value for a confidence level, e.g. 1.959963984540054 for 0.95. */
export function normalCritical(confidence: number): number {
  return normalUpperQuantile((1 - confidence) / 2);
}
