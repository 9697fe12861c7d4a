// The Wilson score interval for a proportion (E. B. Wilson 1927, "Probable inference, the law of
// succession, and statistical inference", JASA 22, 209-212; Newcombe 1998, "Two-sided confidence
// intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17,
// 857-872, method 3): the p solving |p_hat - p| = z sqrt(p (1 - p) / n). Always within [0, 1].

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson interval for successes out of n (n > 0) at critical value z. The far limit is the root of
 * the quadratic by the usual formula; the near one is the other root from their product,
 * p^2 / (1 + z^2 / n), so it has no cancellation and is exactly 0 at 0 successes (1 at n).
 */
export function wilsonInterval(successes: number, n: number, z: number): Interval {
  if (!(n > 0) || !(successes >= 0 && successes <= n) || !(z >= 0)) return { lower: NaN, upper: NaN };
  const p = successes / n;
  if (p > 0.5) {
    const c = wilsonInterval(n - successes, n, z);
    // min/max: 1 - (n - x)/n can differ from x/n in the last bit.
    return { lower: Math.min(p, 1 - c.upper), upper: Math.max(p, 1 - c.lower) };
  }
  const z2n = (z * z) / n;
  const d = 1 + z2n;
  const upper = Math.min(1, (p + z2n / 2 + z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / d);
  const lower = p === 0 ? 0 : Math.min(p, (p * p) / (d * upper));
  return { lower, upper };
}
