// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves for
// customer base analysis", JMR 42(4), 415-430; Fader & Hardie 2013, "The Gamma-Gamma model of
// monetary value", Hardie's note 025): a customer's transaction values are Gamma(p, nu), nu ~ Gamma(q, gamma)
// across customers. Fitted on the mean repeat-transaction value m of customers with x > 0 repeat
// transactions; it assumes spend and frequency are independent, which fitGammaGamma checks.
import { pearsonCorrelation } from "../math/correlation";
import { digamma, logGamma } from "../math/gamma";
import { InputError } from "../table/errors";
import { distinctValues } from "./fit-data";
import { fitMaximumLikelihood } from "./mle";
import type { FitOptions, FitResult, FitWarning } from "./types";

export const GAMMA_GAMMA_PARAM_NAMES = ["p", "q", "gamma"] as const;

/** Repeat frequency and mean repeat-transaction value per customer (a CustomerSummary fits). */
export interface SpendData {
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  weights?: ArrayLike<number>;
}

export interface GammaGammaFit extends FitResult {
  /** Customers left out: no repeat purchase (x = 0), or mean repeat spend <= 0 (refunds, free orders). */
  excluded: { noRepeatPurchases: number; nonPositiveSpend: number };
  /** Pearson correlation of frequency and mean spend over the fitted customers (the independence check). */
  frequencySpendCorrelation: number;
  /** E[M] = p gamma / (q - 1), Infinity when q <= 1. */
  populationMeanSpend: number;
}

/** |correlation| above which the independence assumption is reported as doubtful (a "moderate" correlation). */
export const CORRELATION_WARNING = 0.3;

/** ln L(p, q, gamma | x, m) (note 025 eq. 1a). */
export function gammaGammaLogLikelihood(params: readonly number[], x: number, m: number): number {
  const [p, q, g] = params;
  const px = p * x;
  return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(g) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(g + m * x);
}

/**
 * E[M | x, m] = (q-1)/(p x + q - 1) p gamma/(q-1) + p x/(p x + q - 1) m = p (gamma + m x) / (p x + q - 1)
 * (note 025 eq. 5): a weighted mean of the population mean and the customer's own mean. For x = 0
 * this is the population mean p gamma / (q - 1). Infinity when p x + q <= 1.
 */
export function gammaGammaConditionalExpectedSpend(params: readonly number[], x: number, m: number): number {
  const [p, q, g] = params;
  const den = p * x + q - 1;
  if (den <= 0) return Infinity;
  return (p * (g + (x > 0 ? m * x : 0))) / den;
}

/**
 * Fits p, q, gamma on the customers with x > 0 and m > 0; the others are counted in `excluded`.
 * Throws InputError when fewer than 3 customers remain or the arrays disagree; warns when q <= 1
 * (the expected spend is infinite), when spend and frequency are correlated, and on the generic
 * fit problems (see mle.ts).
 */
export function fitGammaGamma(data: SpendData, options: FitOptions = {}): GammaGammaFit {
  const { frequency, monetary } = data;
  const n = frequency.length;
  if (monetary.length !== n || (data.weights && data.weights.length !== n)) {
    throw new InputError(`frequency and monetary must have the same length (got ${n} and ${monetary.length})`);
  }
  const fx: number[] = [];
  const fm: number[] = [];
  const fw: number[] = [];
  let noRepeat = 0;
  let nonPositive = 0;
  for (let i = 0; i < n; i++) {
    const x = frequency[i];
    const m = monetary[i];
    const w = data.weights ? data.weights[i] : 1;
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new InputError(`customer ${i + 1}: frequency must be a whole number >= 0 (got ${x})`, "frequency", i + 1);
    }
    if (!Number.isFinite(m)) throw new InputError(`customer ${i + 1}: monetary value must be a number (got ${m})`, "monetary", i + 1);
    if (!(Number.isFinite(w) && w >= 0)) throw new InputError(`customer ${i + 1}: weight must be a number >= 0 (got ${w})`, "weights", i + 1);
    if (w === 0) continue;
    if (x === 0) noRepeat += w;
    else if (!(m > 0)) nonPositive += w;
    else {
      fx.push(x);
      fm.push(m);
      fw.push(w);
    }
  }
  let customers = 0;
  for (const w of fw) customers += w;
  if (customers < 3) {
    throw new InputError(
      `the spend model needs at least 3 customers with a repeat purchase and positive spend (found ${customers}; ${noRepeat} without repeat purchases, ${nonPositive} with zero or negative spend)`,
    );
  }
  const xs = distinctValues(fx, fw);
  const rows = fx.length;
  const logM = fm.map(Math.log);
  let sumWm = 0;
  let sumWlogM = 0;
  for (let i = 0; i < rows; i++) {
    sumWm += fw[i] * fm[i];
    sumWlogM += fw[i] * fx[i] * logM[i];
  }
  // ln L summed over customers: the terms in ln m alone (sumWlogM) and in x alone (per distinct x)
  // are gathered once; each row then costs one log, ln(gamma + m x).
  const logLikelihood = (theta: Float64Array, grad?: Float64Array): number => {
    const p = theta[0];
    const q = theta[1];
    const g = theta[2];
    let ll = customers * (q * Math.log(g) - logGamma(q)) + p * sumWlogM;
    let gp = sumWlogM;
    let gq = customers * (Math.log(g) - digamma(q));
    let gg = (customers * q) / g;
    for (let j = 0; j < xs.values.length; j++) {
      const x = xs.values[j];
      const W = xs.weight[j];
      const px = p * x;
      ll += W * (logGamma(px + q) - logGamma(px) + px * Math.log(x));
      if (grad) {
        const dq = digamma(px + q);
        gp += W * x * (dq - digamma(px) + Math.log(x));
        gq += W * dq;
      }
    }
    for (let i = 0; i < rows; i++) {
      const w = fw[i];
      const x = fx[i];
      const gm = g + fm[i] * x;
      const lgm = Math.log(gm);
      ll -= w * (logM[i] + (p * x + q) * lgm);
      if (grad) {
        gp -= w * x * lgm;
        gq -= w * lgm;
        gg -= (w * (p * x + q)) / gm;
      }
    }
    if (grad) {
      grad[0] = gp;
      grad[1] = gq;
      grad[2] = gg;
    }
    return ll;
  };
  // Start: p = 1, q = 2, gamma = mean spend, so the start's mean p gamma / (q - 1) matches the data;
  // a scale-free start such as (1, 1, 1) can send BFGS to a ridge where p grows without bound.
  const fit = fitMaximumLikelihood(
    {
      model: "gamma-gamma",
      label: "Gamma-Gamma",
      paramNames: GAMMA_GAMMA_PARAM_NAMES,
      n: customers,
      logLikelihood,
      analyticGradient: true,
      start: [1, 2, sumWm / customers],
    },
    options,
  );
  const [p, q, g] = fit.params;
  const correlation = pearsonCorrelation(fx, fm, fw);
  const warnings: FitWarning[] = [...fit.warnings];
  if (q <= 1) {
    warnings.push({
      kind: "implausible",
      message: `q = ${q.toPrecision(3)} is at most 1: the model's expected spend p gamma / (q - 1) is infinite, so its spend predictions are unusable. Check the spend values for outliers.`,
    });
  }
  if (Math.abs(correlation) > CORRELATION_WARNING) {
    warnings.push({
      kind: "dependence",
      message: `Frequency and spend are correlated (r = ${correlation.toFixed(2)}): the Gamma-Gamma model assumes they are independent, so its spend predictions may be biased.`,
    });
  }
  if (nonPositive > 0) {
    warnings.push({
      kind: "excluded",
      message: `${nonPositive} customer${nonPositive === 1 ? "" : "s"} with zero or negative mean repeat spend (refunds) left out of the spend model.`,
    });
  }
  return {
    ...fit,
    warnings,
    excluded: { noRepeatPurchases: noRepeat, nonPositiveSpend: nonPositive },
    frequencySpendCorrelation: correlation,
    populationMeanSpend: q > 1 ? (p * g) / (q - 1) : Infinity,
  };
}
