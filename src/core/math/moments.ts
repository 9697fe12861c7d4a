// Mean and sample standard deviation by the two-pass algorithm (Chan, Golub & LeVeque 1983,
// "Algorithms for computing the sample variance", The American Statistician 37(3) 242-247), with
// values scaled by a power of two when they are so large or small that squares would overflow or
// underflow: finite for any finite input.

export interface Moments {
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n - 1); 0 when n < 2. */
  sd: number;
}

export function moments(values: ArrayLike<number>): Moments {
  const n = values.length;
  if (n === 0) return { n: 0, mean: NaN, sd: NaN };
  let maxAbs = 0;
  for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(values[i]));
  if (maxAbs === 0) return { n, mean: 0, sd: 0 };
  // Power-of-two scale: dividing by it is exact, so ordinary data is not perturbed at all.
  const scale = maxAbs > 1e150 || maxAbs < 1e-150 ? 2 ** Math.min(1023, Math.floor(Math.log2(maxAbs))) : 1; // log2(MAX_VALUE) rounds to 1024
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] / scale;
  const mean = sum / n;
  if (n < 2) return { n, mean: mean * scale, sd: 0 };
  let ss = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] / scale - mean;
    ss += d * d;
    comp += d;
  }
  // Corrected two-pass: subtract the rounding error left in the mean (Chan, Golub & LeVeque eq. 1.7).
  const variance = Math.max(0, (ss - (comp * comp) / n) / (n - 1));
  return { n, mean: mean * scale, sd: Math.sqrt(variance) * scale };
}
