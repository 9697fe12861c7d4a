// Maximum-likelihood fitting shared by every lifetime-value model: the optimiser works on the
// logs of the (positive) parameters, minimising the mean negative log-likelihood plus an optional
// L2 penalty; standard errors come from the numerical Hessian of the total negative
// log-likelihood at the optimum, mapped back to the natural scale by the delta method
// (se(theta) = theta se(log theta), exact at a stationary point).
import { invertSymmetricPositiveDefinite, numericalHessian } from "../math/hessian";
import { minimize, type Objective } from "../math/optimize";
import { InputError } from "../table/errors";
import type { FitOptions, FitResult, FitWarning } from "./types";

export interface LikelihoodSpec {
  /** Model key for FitResult.model, e.g. "bgnbd". */
  model: string;
  /** Display name for messages, e.g. "BG/NBD". */
  label: string;
  paramNames: readonly string[];
  /** Customers (sum of weights). */
  n: number;
  /**
   * Total (weighted) log-likelihood at the natural parameters; when `grad` is given and
   * `analyticGradient` is set, also its gradient with respect to the natural parameters.
   */
  logLikelihood(theta: Float64Array, grad?: Float64Array): number;
  analyticGradient: boolean;
  /** Data-based start values (natural scale). */
  start: readonly number[];
}

/** |log theta| beyond which a parameter counts as run to the edge of the search range (1e-5 .. 1e5). */
const EDGE = Math.log(1e5);
/** The objective is undefined beyond |log theta| = 30 (a wall the line search steps back from). */
const WALL = 30;

const fmt = (v: number) => (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : String(Number(v.toPrecision(4))));

export function fitMaximumLikelihood(spec: LikelihoodSpec, options: FitOptions = {}): FitResult {
  const k = spec.paramNames.length;
  const lambda = options.penalizer ?? 0;
  if (!(Number.isFinite(lambda) && lambda >= 0)) throw new InputError(`penalizer: must be a number >= 0 (got ${lambda})`, "penalizer");
  const start = options.initialParams ?? spec.start;
  if (start.length !== k || !start.every((v) => Number.isFinite(v) && v > 0)) {
    throw new InputError(`initial parameters: need ${k} positive numbers (${spec.paramNames.join(", ")})`, "initialParams");
  }
  const n = spec.n;
  const theta = new Float64Array(k);
  const gTheta = new Float64Array(k);
  // f(phi) = -LL(e^phi) / n + lambda sum e^(2 phi)
  const objective: Objective = (phi, grad) => {
    for (let i = 0; i < k; i++) {
      if (!(Math.abs(phi[i]) <= WALL)) return Infinity;
      theta[i] = Math.exp(phi[i]);
    }
    const wantGrad = grad !== undefined && spec.analyticGradient;
    const ll = spec.logLikelihood(theta, wantGrad ? gTheta : undefined);
    if (!Number.isFinite(ll)) return Infinity;
    let penalty = 0;
    for (let i = 0; i < k; i++) penalty += theta[i] * theta[i];
    if (wantGrad) {
      for (let i = 0; i < k; i++) {
        if (!Number.isFinite(gTheta[i])) return Infinity; // e.g. a special function undefined this far out
        grad[i] = (-gTheta[i] * theta[i]) / n + 2 * lambda * theta[i] * theta[i];
      }
    }
    return -ll / n + lambda * penalty;
  };
  const phi0 = start.map(Math.log);
  const opt = minimize(objective, phi0, {
    analyticGradient: spec.analyticGradient,
    gradientTolerance: 1e-9,
    maxIterations: options.maxIterations ?? 500,
  });
  const params = opt.x.map(Math.exp);
  const warnings: FitWarning[] = [];
  if (!Number.isFinite(opt.value)) {
    throw new InputError(`the ${spec.label} likelihood could not be evaluated on these data`);
  }
  if (!opt.converged) {
    warnings.push({
      kind: "not-converged",
      message: `The ${spec.label} fit did not converge (${opt.message}); the estimates may be off. Check the data or try other start values.`,
    });
  }
  opt.x.forEach((p, i) => {
    if (Math.abs(p) > EDGE) {
      warnings.push({
        kind: "at-bound",
        message: `${spec.paramNames[i]} ran to the edge of the search range (${fmt(params[i])}): the data do not pin it down, so treat it and the predictions that depend on it with care.`,
      });
    }
  });

  // Standard errors: Hessian of n f(phi) (the total penalised negative log-likelihood) in log space.
  const total: Objective = (phi, grad) => {
    const v = objective(phi, grad);
    if (grad) for (let i = 0; i < k; i++) grad[i] *= n;
    return v * n;
  };
  const H = numericalHessian(total, opt.x, spec.analyticGradient);
  const inv = invertSymmetricPositiveDefinite(H);
  const standardErrors: (number | undefined)[] = params.map((p, i) => {
    const v = inv?.[i][i];
    return v !== undefined && v > 0 && Number.isFinite(v) ? p * Math.sqrt(v) : undefined;
  });
  if (!inv) {
    warnings.push({
      kind: "flat",
      message: `Standard errors of the ${spec.label} fit are not available: the likelihood is flat or not at a maximum in some direction.`,
    });
  }
  theta.set(params);
  const logLikelihood = spec.logLikelihood(theta);
  return {
    model: spec.model,
    paramNames: spec.paramNames,
    params,
    standardErrors,
    logLikelihood,
    n,
    iterations: opt.iterations,
    converged: opt.converged,
    warnings,
    penalizer: lambda,
    method: opt.method,
  };
}
