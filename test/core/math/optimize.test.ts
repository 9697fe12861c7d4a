import { invertSymmetricPositiveDefinite, numericalHessian } from "../../../src/core/math/hessian";
import { centralGradient, minimize, minimizeBfgs, minimizeNelderMead, type Objective } from "../../../src/core/math/optimize";

// Rosenbrock's function, minimum 0 at (1, 1) (Nocedal & Wright 2006, eq. 2.22), with its gradient.
const rosenbrock: Objective = (x, g) => {
  const [a, b] = [x[0], x[1]];
  if (g) {
    g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
    g[1] = 200 * (b - a * a);
  }
  return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
};

describe("minimisers", () => {
  test("BFGS finds Rosenbrock's minimum from (-1.2, 1) with the analytic gradient", () => {
    const r = minimizeBfgs(rosenbrock, [-1.2, 1], { analyticGradient: true });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
    expect(r.iterations).toBeLessThan(60);
  });

  test("BFGS with central-difference gradients gets there too", () => {
    const r = minimizeBfgs((x) => rosenbrock(x), [-1.2, 1], { gradientTolerance: 1e-7 });
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
  });

  test("Nelder-Mead finds the minimum of a 4-d quadratic without derivatives", () => {
    const center = [1, -2, 3, 0.5];
    const f: Objective = (x) => x.reduce((s, v, i) => s + (i + 1) * (v - center[i]) ** 2, 0);
    const r = minimizeNelderMead(f, [0, 0, 0, 0]);
    expect(r.converged).toBe(true);
    r.x.forEach((v, i) => expect(v).toBeCloseTo(center[i], 4));
  });

  test("minimize falls back to Nelder-Mead when BFGS cannot start, then polishes with BFGS", () => {
    // Undefined (Infinity) at the start point x = 0: BFGS gives up, the simplex (step 0.5) finds the
    // defined region x > 0.2, and BFGS finishes at the minimum x = 2.
    const f: Objective = (x) => (x[0] > 0.2 ? (x[0] - 2) ** 2 : Infinity);
    const r = minimize(f, [0]);
    expect(r.x[0]).toBeCloseTo(2, 6);
    expect(r.converged).toBe(true);
    expect(r.method).toBe("nelder-mead+bfgs");
  });

  test("line searches step back from where the objective is undefined", () => {
    // ln-barrier: f = x - ln(x) has its minimum 1 at x = 1 and is Infinity for x <= 0.
    const f: Objective = (x, g) => {
      if (g) g[0] = 1 - 1 / x[0];
      return x[0] > 0 ? x[0] - Math.log(x[0]) : Infinity;
    };
    const r = minimizeBfgs(f, [8], { analyticGradient: true });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 8);
  });

  test("centralGradient is the gradient", () => {
    const g = centralGradient((x) => rosenbrock(x), Float64Array.from([0.5, 0.7]));
    const exact = new Float64Array(2);
    rosenbrock(Float64Array.from([0.5, 0.7]), exact);
    expect(g[0]).toBeCloseTo(exact[0], 6);
    expect(g[1]).toBeCloseTo(exact[1], 6);
  });
});

describe("Hessian and its inverse", () => {
  // f = 2x^2 + xy + 1.5y^2 has Hessian [[4, 1], [1, 3]], whose inverse is [[3, -1], [-1, 4]] / 11.
  const quad: Objective = (x, g) => {
    if (g) {
      g[0] = 4 * x[0] + x[1];
      g[1] = x[0] + 3 * x[1];
    }
    return 2 * x[0] ** 2 + x[0] * x[1] + 1.5 * x[1] ** 2;
  };

  test("numericalHessian from gradients and from values", () => {
    for (const analytic of [true, false]) {
      const H = numericalHessian(quad, [0.3, -0.2], analytic);
      expect(H[0][0]).toBeCloseTo(4, 6);
      expect(H[0][1]).toBeCloseTo(1, 6);
      expect(H[1][0]).toBeCloseTo(1, 6);
      expect(H[1][1]).toBeCloseTo(3, 6);
    }
  });

  test("invertSymmetricPositiveDefinite inverts, and refuses matrices that are not positive definite", () => {
    const inv = invertSymmetricPositiveDefinite([
      [4, 1],
      [1, 3],
    ]) as number[][];
    expect(inv[0][0]).toBeCloseTo(3 / 11, 14);
    expect(inv[0][1]).toBeCloseTo(-1 / 11, 14);
    expect(inv[1][1]).toBeCloseTo(4 / 11, 14);
    expect(
      invertSymmetricPositiveDefinite([
        [1, 2],
        [2, 1],
      ]),
    ).toBeUndefined(); // eigenvalues 3 and -1
    // 3x3 check: A inv(A) = I
    const A = [
      [6, 2, 1],
      [2, 5, 2],
      [1, 2, 4],
    ];
    const B = invertSymmetricPositiveDefinite(A) as number[][];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(A[i].reduce((s, v, k) => s + v * B[k][j], 0)).toBeCloseTo(i === j ? 1 : 0, 13);
  });
});
