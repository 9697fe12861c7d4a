// BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an alternative to
// the Pareto/NBD model", Marketing Science 24(2), 275-284): purchases follow a Poisson process with
// rate lambda ~ Gamma(r, alpha) while alive; after each repeat purchase the customer drops out with
// probability p ~ Beta(a, b).
import { logBeta, logPochhammer } from "../math/gamma";
import { logAddExp, logistic } from "../math/logsumexp";
import { awayFromOne, bgFamilyBracket, bgFamilyProbabilityOfPurchases, BG_PARAM_NAMES, fitBgFamily } from "./bg-family";
import type { FitOptions, PurchaseModel, RepeatData } from "./types";

/** ln L(r, alpha, a, b | x, t_x, T) (FHL 2005; arranged as in Hardie's note 004, "Implementing the BG/NBD model"). */
export function bgnbdLogLikelihood(params: readonly number[], x: number, tx: number, T: number): number {
  const [r, alpha, a, b] = params;
  const common = logPochhammer(r, x) + r * Math.log(alpha);
  const alive = logBeta(a, b + x) - logBeta(a, b) - (r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const dropped = logBeta(a + 1, b + x - 1) - logBeta(a, b) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(alive, dropped);
}

/** E[X(t)] = (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))], FHL 2005 eq. 9. */
export function bgnbdExpectedPurchases(params: readonly number[], t: number): number {
  if (!(t > 0)) return 0;
  const [r, alpha, a0, b] = params;
  return awayFromOne(a0, (a) => ((a + b - 1) / (a - 1)) * bgFamilyBracket(r, alpha, a, b, 0, t, 0, 0));
}

/**
 * E[Y(t) | x, t_x, T] = (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))]
 *                       / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)), FHL 2005 eq. 10.
 */
export function bgnbdConditionalExpectedPurchases(params: readonly number[], t: number, x: number, tx: number, T: number): number {
  if (!(t > 0)) return 0;
  const [r, alpha, a0, b] = params;
  const aliveShare = bgnbdProbabilityAlive(params, x, tx, T);
  return awayFromOne(a0, (a) => ((a + b + x - 1) / (a - 1)) * bgFamilyBracket(r, alpha, a, b, 0, t, x, T)) * aliveShare;
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))
 * (Fader, Hardie & Lee 2008, "Computing P(alive) using the BG/NBD model", Hardie's note 021).
 */
export function bgnbdProbabilityAlive(params: readonly number[], x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const [r, alpha, a, b] = params;
  return logistic(-(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))));
}

export const bgnbd: PurchaseModel = {
  name: "bgnbd",
  label: "BG/NBD",
  paramNames: BG_PARAM_NAMES,
  logLikelihood: bgnbdLogLikelihood,
  fit: (data: RepeatData, options?: FitOptions) => fitBgFamily("bgnbd", "BG/NBD", data, options),
  expectedPurchases: bgnbdExpectedPurchases,
  conditionalExpectedPurchases: bgnbdConditionalExpectedPurchases,
  probabilityAlive: bgnbdProbabilityAlive,
  /** P(X(t) = n), FHL 2005 eq. 8. */
  probabilityOfPurchases: (params, t, n) => bgFamilyProbabilityOfPurchases(params, 0, t, n),
};
