// Sums of exponentials kept in log space, so likelihoods of thousands of customers neither
// overflow nor underflow (the "log-sum-exp trick", e.g. Murphy 2012, Machine Learning 3.5.3).

/** ln(e^a + e^b). */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(e^a - e^b) for a >= b (-Infinity when a = b, NaN when a < b). */
export function logDiffExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  if (a < b) return NaN;
  if (a === b) return -Infinity;
  const d = b - a;
  // ln(1 - e^d): log(-expm1(d)) near 0, log1p(-exp(d)) for very negative d (Maechler 2012).
  return a + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}

/** ln(sum_i e^(v_i)), -Infinity for no values. */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  if (max === -Infinity || !Number.isFinite(max)) return max;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += Math.exp(values[i] - max);
  return max + Math.log(s);
}

/** ln(1 + e^x) without overflow (the softplus function). */
export function log1pExp(x: number): number {
  if (x > 36) return x + Math.exp(-x);
  if (x < -36) return Math.exp(x);
  return Math.log1p(Math.exp(x));
}

/** 1 / (1 + e^-x), the logistic function, without overflow. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
