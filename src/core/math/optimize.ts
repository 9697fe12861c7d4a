// Unconstrained minimisation for maximum-likelihood fits: BFGS with a strong-Wolfe line search
// (Nocedal & Wright 2006, Numerical Optimization, Algorithms 6.1, 3.5 and 3.6) on analytic or
// central-difference gradients, and the Nelder-Mead simplex with adaptive coefficients (Nelder &
// Mead 1965; Gao & Han 2012) as a derivative-free fallback; minimize() chains them.

/**
 * The function to minimise at x. When `grad` is given and the objective has an analytic gradient
 * it fills it in; objectives without one ignore it (see ObjectiveOptions.analyticGradient).
 * Return Infinity (or NaN) where the function is undefined: line searches step back from there.
 */
export type Objective = (x: Float64Array, grad?: Float64Array) => number;

export interface MinimizeOptions {
  /** The objective fills `grad` (default false: central differences). */
  analyticGradient?: boolean;
  /** Stop when every gradient component is at most this (default 1e-9). */
  gradientTolerance?: number;
  /** BFGS iterations (default 500); Nelder-Mead uses 400 x dimension evaluations. */
  maxIterations?: number;
  /** Nelder-Mead: initial simplex step per coordinate (default 0.5). */
  simplexStep?: number;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  /** Gradient at x (analytic or central differences). */
  gradient: number[];
  iterations: number;
  evaluations: number;
  converged: boolean;
  method: "bfgs" | "nelder-mead" | "nelder-mead+bfgs";
  /** Why it stopped, in plain words. */
  message: string;
}

function maxAbs(v: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Central-difference gradient with steps h_i = 1e-6 max(1, |x_i|) (error O(h^2)). */
export function centralGradient(f: Objective, x: Float64Array, out: Float64Array = new Float64Array(x.length)): Float64Array {
  const y = Float64Array.from(x);
  for (let i = 0; i < x.length; i++) {
    const h = 1e-6 * Math.max(1, Math.abs(x[i]));
    y[i] = x[i] + h;
    const fp = f(y);
    y[i] = x[i] - h;
    const fm = f(y);
    y[i] = x[i];
    out[i] = (fp - fm) / (2 * h);
  }
  return out;
}

/** Counts evaluations and supplies gradients (analytic or central differences). */
class Evaluator {
  evaluations = 0;
  constructor(
    private readonly f: Objective,
    private readonly analytic: boolean,
  ) {}

  value(x: Float64Array): number {
    this.evaluations++;
    const v = this.f(x);
    return Number.isNaN(v) ? Infinity : v;
  }

  valueAndGradient(x: Float64Array, grad: Float64Array): number {
    if (this.analytic) {
      this.evaluations++;
      const v = this.f(x, grad);
      return Number.isNaN(v) ? Infinity : v;
    }
    const v = this.value(x);
    if (Number.isFinite(v)) {
      centralGradient((y) => this.value(y), x, grad);
    }
    return v;
  }
}

/**
 * Line search for a step satisfying the strong Wolfe conditions with c1 = 1e-4, c2 = 0.9
 * (Nocedal & Wright Algorithm 3.5, zoom by safeguarded cubic interpolation, Algorithm 3.6).
 * Returns the step (0 when none was found) with the point, value and gradient there.
 */
function wolfeLineSearch(
  ev: Evaluator,
  x: Float64Array<ArrayBuffer>,
  f0: number,
  g0: Float64Array<ArrayBuffer>,
  p: Float64Array,
  alpha1: number,
): { alpha: number; x: Float64Array<ArrayBuffer>; f: number; g: Float64Array<ArrayBuffer> } {
  const c1 = 1e-4;
  const c2 = 0.9;
  const n = x.length;
  const d0 = dot(g0, p);
  const xt = new Float64Array(n);
  const gt = new Float64Array(n);
  const at = (alpha: number) => {
    for (let i = 0; i < n; i++) xt[i] = x[i] + alpha * p[i];
    const f = ev.valueAndGradient(xt, gt);
    return { f, d: Number.isFinite(f) ? dot(gt, p) : NaN };
  };
  const done = (alpha: number, f: number) => ({ alpha, x: Float64Array.from(xt), f, g: Float64Array.from(gt) });

  let aPrev = 0;
  let fPrev = f0;
  let dPrev = d0;
  let alpha = alpha1;
  for (let i = 0; i < 40; i++) {
    const { f, d } = at(alpha);
    if (!Number.isFinite(f) || f > f0 + c1 * alpha * d0 || (i > 0 && f >= fPrev)) {
      return zoom(aPrev, fPrev, dPrev, alpha, f, d);
    }
    if (Math.abs(d) <= -c2 * d0) return done(alpha, f);
    if (d >= 0) return zoom(alpha, f, d, aPrev, fPrev, dPrev);
    aPrev = alpha;
    fPrev = f;
    dPrev = d;
    alpha *= 2;
  }
  return { alpha: 0, x, f: f0, g: g0 };

  function zoom(aLo: number, fLo: number, dLo: number, aHi: number, fHi: number, dHi: number) {
    for (let j = 0; j < 60; j++) {
      let a: number;
      const width = aHi - aLo;
      if (Number.isFinite(fHi) && Number.isFinite(dHi)) {
        // Minimiser of the cubic through (aLo, fLo, dLo) and (aHi, fHi, dHi) (N&W eq. 3.59).
        const d1 = dLo + dHi - (3 * (fLo - fHi)) / (aLo - aHi);
        const disc = d1 * d1 - dLo * dHi;
        const d2 = Math.sign(aHi - aLo) * Math.sqrt(Math.max(disc, 0));
        a = aHi - (aHi - aLo) * ((dHi + d2 - d1) / (dHi - dLo + 2 * d2));
        const lo = Math.min(aLo, aHi) + 0.1 * Math.abs(width);
        const hi = Math.max(aLo, aHi) - 0.1 * Math.abs(width);
        if (!(disc >= 0) || !Number.isFinite(a) || a < lo || a > hi) a = aLo + width / 2;
      } else {
        a = aLo + width / 2;
      }
      const { f, d } = at(a);
      if (!Number.isFinite(f) || f > f0 + c1 * a * d0 || f >= fLo) {
        aHi = a;
        fHi = f;
        dHi = d;
      } else {
        if (Math.abs(d) <= -c2 * d0) return done(a, f);
        if (d * (aHi - aLo) >= 0) {
          aHi = aLo;
          fHi = fLo;
          dHi = dLo;
        }
        aLo = a;
        fLo = f;
        dLo = d;
      }
      if (Math.abs(aHi - aLo) <= 1e-14 * Math.max(1, Math.abs(aLo))) break;
    }
    // No Wolfe point: accept the best decreasing point found, if any.
    if (aLo > 0 && fLo < f0) {
      at(aLo);
      return done(aLo, fLo);
    }
    return { alpha: 0, x, f: f0, g: g0 };
  }
}

/** BFGS on the inverse Hessian approximation, started from the identity scaled after the first step. */
export function minimizeBfgs(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const gtol = options.gradientTolerance ?? 1e-9;
  const maxIter = options.maxIterations ?? 500;
  const ev = new Evaluator(f, options.analyticGradient ?? false);
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = ev.valueAndGradient(x, g);
  const result = (iterations: number, converged: boolean, message: string): MinimizeResult => ({
    x: Array.from(x),
    value: fx,
    gradient: Array.from(g),
    iterations,
    evaluations: ev.evaluations,
    converged,
    method: "bfgs",
    message,
  });
  if (!Number.isFinite(fx)) return result(0, false, "the objective is not finite at the start point");

  // H: inverse Hessian approximation, row-major.
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);
  let flatSteps = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    if (maxAbs(g) <= gtol) return result(iter, true, "gradient below tolerance");
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= H[i * n + j] * g[j];
      p[i] = v;
    }
    if (dot(p, g) >= 0) {
      // Not a descent direction (rounding in H): restart from steepest descent.
      H.fill(0);
      for (let i = 0; i < n; i++) {
        H[i * n + i] = 1;
        p[i] = -g[i];
      }
    }
    // First step: at most a unit move in the largest coordinate.
    const alpha1 = iter === 0 ? Math.min(1, 1 / Math.max(maxAbs(p), 1e-300)) : 1;
    const ls = wolfeLineSearch(ev, x, fx, g, p, alpha1);
    if (ls.alpha === 0) {
      const small = maxAbs(g) <= Math.sqrt(gtol);
      return result(iter, small, small ? "no further decrease possible (gradient near tolerance)" : "line search failed");
    }
    for (let i = 0; i < n; i++) {
      s[i] = ls.x[i] - x[i];
      y[i] = ls.g[i] - g[i];
    }
    const decrease = fx - ls.f;
    x = ls.x;
    g = ls.g;
    fx = ls.f;
    flatSteps = decrease <= 1e-16 * Math.max(1, Math.abs(fx)) ? flatSteps + 1 : 0;
    if (flatSteps >= 3) {
      const small = maxAbs(g) <= Math.sqrt(gtol);
      return result(iter + 1, small, small ? "no further decrease possible (gradient near tolerance)" : "no progress");
    }
    const sy = dot(s, y);
    if (sy <= 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) continue; // skip update: curvature condition failed
    if (iter === 0) {
      // Scale the initial matrix (N&W eq. 6.20).
      const scale = sy / dot(y, y);
      for (let i = 0; i < n; i++) H[i * n + i] = scale;
    }
    // H <- (I - rho s y') H (I - rho y s') + rho s s'
    const rho = 1 / sy;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v += H[i * n + j] * y[j];
      Hy[i] = v;
    }
    const yHy = dot(y, Hy);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        H[i * n + j] += -rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
      }
    }
  }
  return result(maxIter, maxAbs(g) <= gtol, "iteration limit reached");
}

/** Nelder-Mead simplex with the dimension-adaptive coefficients of Gao & Han (2012). */
export function minimizeNelderMead(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const maxEval = (options.maxIterations ?? 400) * n;
  const step = options.simplexStep ?? 0.5;
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  let evaluations = 0;
  const value = (x: Float64Array) => {
    evaluations++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  const pts: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(x0);
    p[i] += step;
    pts.push(p);
  }
  let vals = pts.map(value);
  let iterations = 0;
  let converged = false;
  const centroid = new Float64Array(n);
  const along = (t: number) => {
    const worst = pts[n];
    const p = new Float64Array(n);
    for (let i = 0; i < n; i++) p[i] = centroid[i] + t * (centroid[i] - worst[i]);
    return p;
  };
  while (evaluations < maxEval) {
    iterations++;
    const order = vals.map((_, i) => i).sort((a, b) => vals[a] - vals[b]);
    const sortedPts = order.map((i) => pts[i]);
    vals = order.map((i) => vals[i]);
    for (let i = 0; i <= n; i++) pts[i] = sortedPts[i];
    let spread = 0;
    let size = 0;
    for (let i = 1; i <= n; i++) {
      spread = Math.max(spread, Math.abs(vals[i] - vals[0]));
      for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(pts[i][j] - pts[0][j]));
    }
    if (Number.isFinite(vals[0]) && spread <= 1e-12 * Math.max(1, Math.abs(vals[0])) && size <= 1e-9) {
      converged = true;
      break;
    }
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += pts[i][j] / n;
    const xr = along(alpha);
    const fr = value(xr);
    if (fr < vals[0]) {
      const xe = along(alpha * beta);
      const fe = value(xe);
      if (fe < fr) {
        pts[n] = xe;
        vals[n] = fe;
      } else {
        pts[n] = xr;
        vals[n] = fr;
      }
    } else if (fr < vals[n - 1]) {
      pts[n] = xr;
      vals[n] = fr;
    } else {
      const outside = fr < vals[n];
      const xc = along(outside ? alpha * gamma : -gamma);
      const fc = value(xc);
      if (fc < (outside ? fr : vals[n])) {
        pts[n] = xc;
        vals[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++) pts[i][j] = pts[0][j] + delta * (pts[i][j] - pts[0][j]);
          vals[i] = value(pts[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (vals[i] < vals[best]) best = i;
  const xb = pts[best];
  const grad = options.analyticGradient ? new Float64Array(n) : centralGradient(value, xb);
  if (options.analyticGradient) f(xb, grad);
  return {
    x: Array.from(xb),
    value: vals[best],
    gradient: Array.from(grad),
    iterations,
    evaluations,
    converged,
    method: "nelder-mead",
    message: converged ? "simplex collapsed" : "evaluation limit reached",
  };
}

/**
 * BFGS from x0; when it fails (non-finite objective, failed line search, iteration limit), Nelder-Mead
 * from the better of x0 and the BFGS point, then BFGS again from the simplex's best point.
 */
export function minimize(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const first = minimizeBfgs(f, x0, options);
  if (first.converged) return first;
  const start = Number.isFinite(first.value) ? first.x : Array.from(x0);
  const nm = minimizeNelderMead(f, start, options);
  const polish = minimizeBfgs(f, nm.x, options);
  const best = [first, nm, polish].reduce((a, b) => (b.value < a.value || (b.value === a.value && b.converged) ? b : a));
  return {
    ...best,
    iterations: first.iterations + nm.iterations + polish.iterations,
    evaluations: first.evaluations + nm.evaluations + polish.evaluations,
    converged: best === polish ? polish.converged : best.converged,
    method: best === first ? "bfgs" : best === nm ? "nelder-mead" : "nelder-mead+bfgs",
  };
}
