// Pareto/NBD model (Schmittlein, Morrison & Colombo 1987, "Counting your customers: who are they
// and what will they do next?", Management Science 33(1)): purchases at rate lambda ~ Gamma(r, alpha)
// while alive, an exponential lifetime with rate mu ~ Gamma(s, beta).
//
// Likelihood (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model and related
// expressions", Hardie's note 009, eqs. 18-20):
//   L = Gamma(r+x) alpha^r beta^s / Gamma(r) [ (alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0 ],
//   A0 = F(t_x) - F(T), with for alpha >= beta
//        F(tau) = 2F1(r+s+x, s+1; r+s+x+1; (alpha-beta)/(alpha+tau)) / (alpha+tau)^(r+s+x)
//   and for alpha < beta the same with r+x for s+1 and beta for alpha (the two hypergeometric branches).
// Euler's transformation 2F1(a, b; a+1; z) = (1-z)^(1-b) 2F1(1, a+1-b; a+1; z) (A&S 15.3.3) turns
// these into F(tau) = H(tau) (alpha+tau)^-(r+x) (beta+tau)^-s with H = 2F1(1, r+x; r+s+x+1; z) for
// alpha >= beta, and F(tau) = K(tau) (alpha+tau)^-(r+x-1) (beta+tau)^-(s+1) with
// K = 2F1(1, s+1; r+s+x+1; z) for alpha < beta: series whose term ratios stay below z, summed with
// their derivatives in r, s and z, which gives the gradient analytically. Everything is in logs.
import { digammaDifference, logBeta, logGamma, logPochhammer } from "../math/gamma";
import { hyp2f1 } from "../math/hypergeometric";
import { logAddExp, logDiffExp } from "../math/logsumexp";
import { purchaseFitData } from "./bg-family";
import { distinctValues, type CompressedRepeatData } from "./fit-data";
import { fitMaximumLikelihood } from "./mle";
import type { FitOptions, FitResult, PurchaseModel, RepeatData } from "./types";

export const PARETO_PARAM_NAMES = ["r", "alpha", "s", "beta"] as const;

/** Scratch for paretoTerm: ln F(tau) and its partial derivatives in (r, alpha, s, beta). */
interface Term {
  l: number;
  dr: number;
  dAlpha: number;
  ds: number;
  dBeta: number;
}

/**
 * 2F1(1, p; q; z) for 0 <= z < 1, p < q, and its partials in p, q and z (summed with the series up to
 * z = 3/4, where 130 terms reach 1e-16; beyond, 2F1 by continuation and central differences in p, q).
 */
function hypOne(p: number, q: number, z: number, out: { v: number; dp: number; dq: number; dz: number }): void {
  if (z > 0.75) {
    const v = hyp2f1(1, p, q, z);
    const hp = 1e-6 * Math.max(1, p);
    const hq = 1e-6 * Math.max(1, q);
    out.v = v;
    out.dp = (hyp2f1(1, p + hp, q, z) - hyp2f1(1, p - hp, q, z)) / (2 * hp);
    out.dq = (hyp2f1(1, p, q + hq, z) - hyp2f1(1, p, q - hq, z)) / (2 * hq);
    out.dz = (p / q) * hyp2f1(2, p + 1, q + 1, z); // A&S 15.2.1
    return;
  }
  let h = 1;
  let H = 1;
  let Hp = 0;
  let Hq = 0;
  let Hz = 0; // sum n h_n
  let dlp = 0; // d ln h_n / dp
  let dlq = 0;
  for (let n = 0; n < 100000; n++) {
    dlp += 1 / (p + n);
    dlq -= 1 / (q + n);
    h *= ((p + n) / (q + n)) * z;
    H += h;
    Hp += h * dlp;
    Hq += h * dlq;
    Hz += (n + 1) * h;
    // Later ratios are below z: bound the tails of H and of the weighted sums.
    if (h * (n + 2 + Math.abs(dlp) + Math.abs(dlq)) <= 1e-17 * (1 - z) * (1 - z) * H) break;
  }
  out.v = H;
  out.dp = Hp;
  out.dq = Hq;
  out.dz = z > 0 ? Hz / z : p / q;
}

const hypScratch = { v: 0, dp: 0, dq: 0, dz: 0 };

/** ln F(tau) (see the header) and, when grad, its partials. */
function paretoTerm(r: number, alpha: number, s: number, beta: number, x: number, tau: number, grad: boolean, out: Term): void {
  const lA = Math.log(alpha + tau);
  const lB = Math.log(beta + tau);
  const q = r + s + x + 1;
  if (alpha >= beta) {
    const z = (alpha - beta) / (alpha + tau);
    hypOne(r + x, q, z, hypScratch);
    const { v, dp, dq, dz } = hypScratch;
    out.l = Math.log(v) - (r + x) * lA - s * lB;
    if (grad) {
      out.dr = (dp + dq) / v - lA;
      out.ds = dq / v - lB;
      out.dAlpha = ((dz / v) * (beta + tau)) / ((alpha + tau) * (alpha + tau)) - (r + x) / (alpha + tau);
      out.dBeta = -(dz / v) / (alpha + tau) - s / (beta + tau);
    }
  } else {
    const z = (beta - alpha) / (beta + tau);
    hypOne(s + 1, q, z, hypScratch);
    const { v, dp, dq, dz } = hypScratch;
    out.l = Math.log(v) - (r + x - 1) * lA - (s + 1) * lB;
    if (grad) {
      out.dr = dq / v - lA;
      out.ds = (dp + dq) / v - lB;
      out.dAlpha = -(dz / v) / (beta + tau) - (r + x - 1) / (alpha + tau);
      out.dBeta = ((dz / v) * (alpha + tau)) / ((beta + tau) * (beta + tau)) - (s + 1) / (beta + tau);
    }
  }
}

const t1: Term = { l: 0, dr: 0, dAlpha: 0, ds: 0, dBeta: 0 };
const t2: Term = { l: 0, dr: 0, dAlpha: 0, ds: 0, dBeta: 0 };

/**
 * The two parts of one customer's likelihood after the common factor Gamma(r+x) alpha^r beta^s / Gamma(r):
 * B = ln[(alpha+T)^-(r+x) (beta+T)^-s] (alive at T) and C = ln[s/(r+s+x) A0] (dropped out in (t_x, T]).
 * With grad, adds the gradient of ln(e^B + e^C) to `g` times `w` and returns ln(e^B + e^C).
 */
function paretoParts(p: readonly number[] | Float64Array, x: number, tx: number, T: number, g?: Float64Array, w = 1): { B: number; C: number } {
  const r = p[0];
  const alpha = p[1];
  const s = p[2];
  const beta = p[3];
  const B = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const wantGrad = g !== undefined;
  let C = -Infinity;
  if (tx < T) {
    paretoTerm(r, alpha, s, beta, x, tx, wantGrad, t1);
    paretoTerm(r, alpha, s, beta, x, T, wantGrad, t2);
    if (t2.l < t1.l) C = Math.log(s) - Math.log(r + s + x) + logDiffExp(t1.l, t2.l);
  }
  if (wantGrad) {
    const total = logAddExp(B, C);
    const pB = Math.exp(B - total);
    const pC = 1 - pB;
    g[0] += w * (pB * -Math.log(alpha + T) - pC / (r + s + x));
    g[1] += w * ((pB * -(r + x)) / (alpha + T));
    g[2] += w * (pB * -Math.log(beta + T) + pC * (1 / s - 1 / (r + s + x)));
    g[3] += w * ((pB * -s) / (beta + T));
    if (C > -Infinity) {
      // d ln(e^l1 - e^l2) weighted by pC = omega (dl1 - q dl2), omega = pC / (1 - q), q = e^(l2 - l1)
      const q = Math.exp(t2.l - t1.l);
      const omega = Math.exp(Math.log(s) - Math.log(r + s + x) + t1.l - total);
      g[0] += w * omega * (t1.dr - q * t2.dr);
      g[1] += w * omega * (t1.dAlpha - q * t2.dAlpha);
      g[2] += w * omega * (t1.ds - q * t2.ds);
      g[3] += w * omega * (t1.dBeta - q * t2.dBeta);
    }
  }
  return { B, C };
}

/** ln L(r, alpha, s, beta | x, t_x, T) (note 009 eq. 18). */
export function paretoLogLikelihood(params: readonly number[], x: number, tx: number, T: number): number {
  const [r, alpha, s, beta] = params;
  const { B, C } = paretoParts(params, x, tx, T);
  return logPochhammer(r, x) + r * Math.log(alpha) + s * Math.log(beta) + logAddExp(B, C);
}

/** The total log-likelihood of compressed data and its gradient in (r, alpha, s, beta). */
export function paretoLikelihood(d: CompressedRepeatData): (theta: Float64Array, grad?: Float64Array) => number {
  const xs = distinctValues(d.frequency, d.weights);
  const rows = d.frequency.length;
  return (theta, grad) => {
    const r = theta[0];
    const alpha = theta[1];
    const s = theta[2];
    const beta = theta[3];
    const n = d.customers;
    let ll = n * (r * Math.log(alpha) + s * Math.log(beta));
    if (grad) {
      grad[0] = n * Math.log(alpha);
      grad[1] = (n * r) / alpha;
      grad[2] = n * Math.log(beta);
      grad[3] = (n * s) / beta;
    }
    for (let j = 0; j < xs.values.length; j++) {
      ll += xs.weight[j] * logPochhammer(r, xs.values[j]);
      if (grad) grad[0] += xs.weight[j] * digammaDifference(r, xs.values[j]);
    }
    for (let i = 0; i < rows; i++) {
      const { B, C } = paretoParts(theta, d.frequency[i], d.recency[i], d.T[i], grad, d.weights[i]);
      ll += d.weights[i] * logAddExp(B, C);
    }
    return ll;
  };
}

/** Start values: r = s = 1, alpha = beta = sum T / sum x (so the start's purchase rate r/alpha matches the data). */
function paretoStart(d: CompressedRepeatData): number[] {
  let sx = 0;
  let sT = 0;
  for (let i = 0; i < d.T.length; i++) {
    sx += d.weights[i] * d.frequency[i];
    sT += d.weights[i] * d.T[i];
  }
  const scale = Math.max(sT / sx, 1e-3);
  return [1, scale, 1, scale];
}

export function fitPareto(data: RepeatData, options?: FitOptions): FitResult {
  const d = purchaseFitData(data);
  return fitMaximumLikelihood(
    {
      model: "pareto",
      label: "Pareto/NBD",
      paramNames: PARETO_PARAM_NAMES,
      n: d.customers,
      logLikelihood: paretoLikelihood(d),
      analyticGradient: true,
      start: paretoStart(d),
    },
    options,
  );
}

/** (1 - e^(-u L)) / u, with its limit L at u = 0. */
function oneMinusPowerOver(u: number, L: number): number {
  return Math.abs(u * L) < 1e-12 ? L : -Math.expm1(-u * L) / u;
}

/** E[X(t)] = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)] (note 009 eq. 27; its limit at s = 1). */
export function paretoExpectedPurchases(params: readonly number[], t: number): number {
  if (!(t > 0)) return 0;
  const [r, alpha, s, beta] = params;
  return ((r * beta) / alpha) * oneMinusPowerOver(s - 1, Math.log1p(t / beta));
}

/** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (alpha+T)^(r+x) (beta+T)^s A0) (note 009 eqs. 36-37). */
export function paretoProbabilityAlive(params: readonly number[], x: number, tx: number, T: number): number {
  const { B, C } = paretoParts(params, x, tx, T);
  return Math.exp(B - logAddExp(B, C));
}

/**
 * E[Y(t) | x, t_x, T] = P(alive) (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)]
 * (note 009 eq. 41).
 */
export function paretoConditionalExpectedPurchases(params: readonly number[], t: number, x: number, tx: number, T: number): number {
  if (!(t > 0)) return 0;
  const [r, alpha, s, beta] = params;
  const alive = paretoProbabilityAlive(params, x, tx, T);
  return ((alive * (r + x) * (beta + T)) / (alpha + T)) * oneMinusPowerOver(s - 1, Math.log1p(t / (beta + T)));
}

/**
 * P(X(t) = n) (Fader, Hardie & Lee 2006, "Deriving an expression for P(X(t) = x) under the Pareto/NBD
 * model", Hardie's note 012; as in BTYD's pnbd.pmf):
 *   Gamma(r+n)/(Gamma(r) n!) (alpha/(alpha+t))^r (t/(alpha+t))^n (beta/(beta+t))^s
 *   + alpha^r beta^s B(r+n, s+1)/B(r, s) [B1 - sum_{i=0..n} (r+s)_i / i! t^i B2(i)],
 * B1 = 2F1(r+s, s+1; r+s+n+1; (alpha-beta)/alpha) / alpha^(r+s) and
 * B2(i) = 2F1(r+s+i, s+1; r+s+n+1; (alpha-beta)/(alpha+t)) / (alpha+t)^(r+s+i) for alpha >= beta;
 * for alpha < beta, r+n for s+1 and beta for alpha.
 */
export function paretoProbabilityOfPurchases(params: readonly number[], t: number, n: number): number {
  const [r, alpha, s, beta] = params;
  if (!(Number.isInteger(n) && n >= 0)) return 0;
  if (!(t > 0)) return n === 0 ? 1 : 0;
  const first = Math.exp(
    logPochhammer(r, n) - logGamma(n + 1) + r * Math.log(alpha / (alpha + t)) + (n > 0 ? n * Math.log(t / (alpha + t)) : 0) + s * Math.log(beta / (beta + t)),
  );
  const big = Math.max(alpha, beta);
  const second = alpha >= beta ? s + 1 : r + n;
  const z0 = Math.abs(alpha - beta) / big;
  const zt = Math.abs(alpha - beta) / (big + t);
  const c = r + s + n + 1;
  // Scale both sides by big^(r+s): B1 and the B2 sum are then O(1).
  const b1 = hyp2f1(r + s, second, c, z0);
  let sum = 0;
  let coef = 0; // ln[(r+s)_i / i! t^i (big/(big+t))^(r+s) / (big+t)^i]
  for (let i = 0; i <= n; i++) {
    if (i > 0) coef += Math.log((r + s + i - 1) / i) + Math.log(t / (big + t));
    sum += Math.exp(coef + (r + s) * Math.log(big / (big + t))) * hyp2f1(r + s + i, second, c, zt);
  }
  const scale = r * Math.log(alpha) + s * Math.log(beta) - (r + s) * Math.log(big) + logBeta(r + n, s + 1) - logBeta(r, s);
  return first + Math.exp(scale) * Math.max(b1 - sum, 0);
}

export const pareto: PurchaseModel = {
  name: "pareto",
  label: "Pareto/NBD",
  paramNames: PARETO_PARAM_NAMES,
  logLikelihood: paretoLogLikelihood,
  fit: fitPareto,
  expectedPurchases: paretoExpectedPurchases,
  conditionalExpectedPurchases: paretoConditionalExpectedPurchases,
  probabilityAlive: paretoProbabilityAlive,
  probabilityOfPurchases: paretoProbabilityOfPurchases,
};
