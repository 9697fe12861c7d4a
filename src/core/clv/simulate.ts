// Seeded simulation of customer summaries from the models' own stories (as lifetimes' generate_data),
// for parameter-recovery tests, benchmarks and demo data.
import { mulberry32 } from "../math/random";
import { sampleBeta, sampleExponential, sampleGamma, type Uniform } from "../math/sample";
import type { PurchaseModelName } from "./types";

export interface SimulatedSummary {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** Mean repeat-transaction value (0 when x = 0), when spend parameters were given. */
  monetary: Float64Array;
}

export interface SimulationOptions {
  model: PurchaseModelName;
  /** Purchase-model parameters in the model's paramNames order. */
  params: readonly number[];
  /** Each customer's observation length T, or a function drawing it. */
  T: number | ((rand: Uniform) => number);
  /** Gamma-Gamma p, q, gamma for transaction values (omit for no spend). */
  spendParams?: readonly number[];
  /**
   * Round purchase times down to multiples of this step (e.g. 1/7 for days in a summary in weeks),
   * merging purchases in the same step as summaries of daily data do. Default: continuous time.
   */
  timeStep?: number;
  seed?: number;
}

/**
 * Simulates n customers. BG/NBD: rate lambda ~ Gamma(r, alpha), drop-out p ~ Beta(a, b) after each
 * repeat purchase; MBG/NBD: also at time 0; Pareto/NBD: lifetime ~ Exponential(mu), mu ~ Gamma(s, beta).
 * Spend: nu ~ Gamma(q, gamma), each repeat transaction ~ Gamma(p, nu).
 */
export function simulateCustomers(n: number, options: SimulationOptions): SimulatedSummary {
  const rand = mulberry32(options.seed ?? 1);
  const { model, params } = options;
  const step = options.timeStep;
  const out: SimulatedSummary = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const T = typeof options.T === "number" ? options.T : options.T(rand);
    const lambda = sampleGamma(rand, params[0], params[1]);
    let deathTime = Infinity;
    let p = 0;
    if (model === "pareto") deathTime = sampleExponential(rand, sampleGamma(rand, params[2], params[3]));
    else p = sampleBeta(rand, params[2], params[3]);
    let alive = !(model === "mbgnbd" && rand() < p);
    let t = 0;
    let x = 0;
    let last = 0;
    let lastStep = 0;
    while (alive) {
      t += sampleExponential(rand, lambda);
      if (t > T || t > deathTime) break;
      const s = step ? Math.floor(t / step) * step : t;
      if (step && s === lastStep) {
        // same day as the previous purchase: merged (no new repeat purchase, no drop-out chance)
        continue;
      }
      x++;
      last = s;
      lastStep = s;
      if (model !== "pareto" && rand() < p) alive = false;
    }
    out.frequency[i] = x;
    out.recency[i] = x > 0 ? last : 0;
    out.T[i] = T;
    if (options.spendParams && x > 0) {
      const [sp, sq, sg] = options.spendParams;
      const nu = sampleGamma(rand, sq, sg);
      let sum = 0;
      for (let j = 0; j < x; j++) sum += sampleGamma(rand, sp, nu);
      out.monetary[i] = sum / x;
    }
  }
  return out;
}
