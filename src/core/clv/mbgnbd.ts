// MBG/NBD model (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison of models
// for customer base analysis", IJRM 24(3), 201-209; Wagner & Hoppe 2008, "Erratum on the MBG/NBD
// model", IJRM 25(3)): the BG/NBD with a chance to drop out also right after the first purchase, so a
// customer without repeat purchases need not be alive.
import { logBeta, logPochhammer } from "../math/gamma";
import { logAddExp, logistic } from "../math/logsumexp";
import { awayFromOne, bgFamilyBracket, bgFamilyProbabilityOfPurchases, BG_PARAM_NAMES, fitBgFamily } from "./bg-family";
import type { FitOptions, PurchaseModel, RepeatData } from "./types";

/** ln L = ln[ B(a, b+x+1)/B(a,b) NBD(alpha+T) + B(a+1, b+x)/B(a,b) NBD(alpha+t_x) ] (Batislam et al. 2007, appendix). */
export function mbgnbdLogLikelihood(params: readonly number[], x: number, tx: number, T: number): number {
  const [r, alpha, a, b] = params;
  const common = logPochhammer(r, x) + r * Math.log(alpha) - logBeta(a, b);
  const alive = logBeta(a, b + x + 1) - (r + x) * Math.log(alpha + T);
  const dropped = logBeta(a + 1, b + x) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(alive, dropped);
}

/** E[X(t)] = b/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))] (Batislam et al. 2007). */
export function mbgnbdExpectedPurchases(params: readonly number[], t: number): number {
  if (!(t > 0)) return 0;
  const [r, alpha, a0, b] = params;
  return awayFromOne(a0, (a) => (b / (a - 1)) * bgFamilyBracket(r, alpha, a, b, 1, t, 0, 0));
}

/**
 * E[Y(t) | x, t_x, T] = (a+b+x)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; z)] P(alive)
 * (Batislam et al. 2007 as corrected by Wagner & Hoppe 2008).
 */
export function mbgnbdConditionalExpectedPurchases(params: readonly number[], t: number, x: number, tx: number, T: number): number {
  if (!(t > 0)) return 0;
  const [r, alpha, a0, b] = params;
  const aliveShare = mbgnbdProbabilityAlive(params, x, tx, T);
  return awayFromOne(a0, (a) => ((a + b + x) / (a - 1)) * bgFamilyBracket(r, alpha, a, b, 1, t, x, T)) * aliveShare;
}

/** P(alive | x, t_x, T) = 1 / (1 + a/(b+x) ((alpha+T)/(alpha+t_x))^(r+x)) (Batislam et al. 2007, appendix eq. 5). */
export function mbgnbdProbabilityAlive(params: readonly number[], x: number, tx: number, T: number): number {
  const [r, alpha, a, b] = params;
  return logistic(-(Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))));
}

export const mbgnbd: PurchaseModel = {
  name: "mbgnbd",
  label: "MBG/NBD",
  paramNames: BG_PARAM_NAMES,
  logLikelihood: mbgnbdLogLikelihood,
  fit: (data: RepeatData, options?: FitOptions) => fitBgFamily("mbgnbd", "MBG/NBD", data, options),
  expectedPurchases: mbgnbdExpectedPurchases,
  conditionalExpectedPurchases: mbgnbdConditionalExpectedPurchases,
  probabilityAlive: mbgnbdProbabilityAlive,
  probabilityOfPurchases: (params, t, n) => bgFamilyProbabilityOfPurchases(params, 1, t, n),
};
