/**
 * Pearson's product-moment correlation of x and y, optionally weighted (each pair counted
 * weight times); NaN when either variable is constant or there are fewer than two pairs.
 * Two passes: the means, then centred sums (numerically stable; Chan, Golub & LeVeque 1983).
 */
export function pearsonCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const n = x.length;
  if (y.length !== n || (weights && weights.length !== n)) throw new RangeError("x, y and weights must have the same length");
  let sw = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    sw += w;
    mx += w * x[i];
    my += w * y[i];
  }
  if (n < 2 || !(sw > 0)) return NaN;
  mx /= sw;
  my /= sw;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += w * dx * dx;
    syy += w * dy * dy;
    sxy += w * dx * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
