// Numerical Hessians and the inverse of a symmetric positive-definite matrix: standard errors of a
// maximum-likelihood fit are the square roots of the diagonal of the inverse Hessian of the
// negative log-likelihood (the observed information; e.g. Pawitan 2001, In All Likelihood, 2.5).
import type { Objective } from "./optimize";

/**
 * Hessian of f at x by central differences, symmetrised: of the analytic gradient when the
 * objective fills one (error O(h^2), h_i = 1e-5 max(1, |x_i|)), else second differences of f
 * (h_i = 1e-4 max(1, |x_i|)).
 */
export function numericalHessian(f: Objective, x: ArrayLike<number>, analyticGradient: boolean): number[][] {
  const n = x.length;
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const y = Float64Array.from(x);
  if (analyticGradient) {
    const gp = new Float64Array(n);
    const gm = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const h = 1e-5 * Math.max(1, Math.abs(x[i]));
      y[i] = x[i] + h;
      f(y, gp);
      y[i] = x[i] - h;
      f(y, gm);
      y[i] = x[i];
      for (let j = 0; j < n; j++) H[i][j] = (gp[j] - gm[j]) / (2 * h);
    }
  } else {
    const f0 = f(y);
    const h = Array.from(x, (v) => 1e-4 * Math.max(1, Math.abs(v)));
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        if (i === j) {
          y[i] = x[i] + h[i];
          const fp = f(y);
          y[i] = x[i] - h[i];
          const fm = f(y);
          y[i] = x[i];
          H[i][i] = (fp - 2 * f0 + fm) / (h[i] * h[i]);
        } else {
          const corner = (si: number, sj: number) => {
            y[i] = x[i] + si * h[i];
            y[j] = x[j] + sj * h[j];
            const v = f(y);
            y[i] = x[i];
            y[j] = x[j];
            return v;
          };
          H[i][j] = (corner(1, 1) - corner(1, -1) - corner(-1, 1) + corner(-1, -1)) / (4 * h[i] * h[j]);
          H[j][i] = H[i][j];
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const m = (H[i][j] + H[j][i]) / 2;
      H[i][j] = m;
      H[j][i] = m;
    }
  }
  return H;
}

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky factorisation (Golub & Van Loan 2013,
 * Matrix Computations, Algorithm 4.2.1); undefined when the matrix is not positive definite
 * (a pivot is not positive or non-finite).
 */
export function invertSymmetricPositiveDefinite(A: readonly (readonly number[])[]): number[][] | undefined {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = A[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] * L[j][k];
    if (!(d > 0) || !Number.isFinite(d)) return undefined;
    const ljj = Math.sqrt(d);
    L[j][j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = s / ljj;
    }
  }
  // inv(A) = inv(L)' inv(L)
  const Linv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    Linv[i][i] = 1 / L[i][i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= L[i][k] * Linv[k][j];
      Linv[i][j] = s / L[i][i];
    }
  }
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += Linv[k][i] * Linv[k][j];
      inv[i][j] = s;
      inv[j][i] = s;
    }
  }
  return inv;
}
