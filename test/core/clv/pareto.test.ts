import { compressRepeatData } from "../../../src/core/clv/fit-data";
import { pareto, paretoLikelihood, paretoLogLikelihood } from "../../../src/core/clv/pareto";
import { simulateCustomers } from "../../../src/core/clv/simulate";

// Published CDNOW estimates (Fader, Hardie & Lee 2005; BTYD vignette): r = 0.5534, alpha = 10.5764, s = 0.6061, beta = 11.6699.
const CDNOW = [0.5534, 10.5764, 0.6061, 11.6699];

describe("Pareto/NBD likelihood, both hypergeometric branches", () => {
  // L = Gamma(r+x) alpha^r beta^s / Gamma(r) [ (alpha+T)^-(r+x) (beta+T)^-s + s int_{t_x}^{T} (alpha+u)^-(r+x) (beta+u)^-(s+1) du ]
  test("alpha = beta = 1, r = s = 1, x = 1, t_x = 1, T = 2: 1/27 + int_1^2 (1+u)^-4 du = 1/27 + (1/8 - 1/27)/3 = 43/648", () => {
    expect(paretoLogLikelihood([1, 1, 1, 1], 1, 1, 2)).toBeCloseTo(Math.log(43 / 648), 13);
  });

  test("alpha > beta: r = 1, alpha = 2, s = 1, beta = 1, x = 0, T = 1: 2 [1/6 + ln(3/4) + 1/2] (partial fractions)", () => {
    expect(paretoLogLikelihood([1, 2, 1, 1], 0, 0, 1)).toBeCloseTo(Math.log(4 / 3 + 2 * Math.log(0.75)), 13);
  });

  test("alpha < beta: r = 1, alpha = 1, s = 1, beta = 2, x = 0, T = 1: 2 [1/6 + ln(4/3) - 1/6] = 2 ln(4/3)", () => {
    expect(paretoLogLikelihood([1, 1, 1, 2], 0, 0, 1)).toBeCloseTo(Math.log(2 * Math.log(4 / 3)), 13);
    // P(alive) = (alive term) / L = (1/6) / ln(4/3)
    expect(pareto.probabilityAlive([1, 1, 1, 2], 0, 0, 1)).toBeCloseTo(1 / 6 / Math.log(4 / 3), 13);
  });

  test("continuous across alpha = beta, where the branch changes", () => {
    const at = (alpha: number) => paretoLogLikelihood([0.55, alpha, 0.6, 11.67], 3, 20, 38);
    expect(at(11.67 - 1e-9)).toBeCloseTo(at(11.67), 9);
    expect(at(11.67 + 1e-9)).toBeCloseTo(at(11.67), 9);
  });

  test("the fitting likelihood matches single customers, with an exact gradient in both branches", () => {
    const s = simulateCustomers(60, { model: "pareto", params: [0.6, 10, 0.6, 12], T: (u) => 20 + 19 * u(), seed: 9 });
    const ll = paretoLikelihood(compressRepeatData(s));
    for (const theta of [Float64Array.from([0.5, 9, 0.7, 14]), Float64Array.from([0.5, 14, 0.7, 3])]) {
      let single = 0;
      for (let i = 0; i < 60; i++) single += paretoLogLikelihood(Array.from(theta), s.frequency[i], s.recency[i], s.T[i]);
      const grad = new Float64Array(4);
      expect(ll(theta, grad)).toBeCloseTo(single, 8);
      for (let k = 0; k < 4; k++) {
        const h = 1e-6 * theta[k];
        const up = Float64Array.from(theta);
        const dn = Float64Array.from(theta);
        up[k] += h;
        dn[k] -= h;
        expect(grad[k]).toBeCloseTo((ll(up) - ll(dn)) / (2 * h), 4);
      }
    }
  });
});

describe("Pareto/NBD expectations", () => {
  test("P(X(t) = n) sums to 1 with mean E[X(t)], for alpha < beta and alpha > beta", () => {
    for (const params of [CDNOW, [0.5534, 14, 0.6061, 5]]) {
      const p = pareto.probabilityOfPurchases as (q: number[], t: number, n: number) => number;
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 120; n++) {
        const pn = p(params, 20, n);
        total += pn;
        mean += n * pn;
      }
      expect(total).toBeCloseTo(1, 6);
      expect(mean).toBeCloseTo(pareto.expectedPurchases(params, 20), 4);
    }
  });

  test("E[X(t)] = r beta/(alpha (s-1)) [1 - (beta/(beta+t))^(s-1)] and its limit r beta/alpha ln(1 + t/beta) at s = 1", () => {
    // CDNOW, t = 39: 0.5534 * 11.6699 / (10.5764 * -0.3939) * (1 - (11.6699/50.6699)^-0.3939)
    const [r, a, s, b] = CDNOW;
    expect(pareto.expectedPurchases(CDNOW, 39)).toBeCloseTo(((r * b) / (a * (s - 1))) * (1 - (b / (b + 39)) ** (s - 1)), 13);
    expect(pareto.expectedPurchases([r, a, 1, b], 39)).toBeCloseTo(((r * b) / a) * Math.log1p(39 / b), 13);
  });

  test("a new customer's conditional expectation is E[X(t)]; the holdout expectation of the FHL customer", () => {
    expect(pareto.conditionalExpectedPurchases(CDNOW, 39, 0, 0, 0)).toBeCloseTo(pareto.expectedPurchases(CDNOW, 39), 12);
    // 0.8691443357 from the hypergeometric form of note 009 (eqs. 19-20) evaluated with mpmath at 30 digits
    const p = pareto.probabilityAlive(CDNOW, 2, 30.43, 38.86);
    expect(p).toBeCloseTo(0.8691443357, 9);
    // E[Y(39) | ...] = P(alive) (r+x)(beta+T)/((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)]
    const [r, a, s, b] = CDNOW;
    const expected = ((p * (r + 2) * (b + 38.86)) / ((a + 38.86) * (s - 1))) * (1 - ((b + 38.86) / (b + 38.86 + 39)) ** (s - 1));
    expect(pareto.conditionalExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86)).toBeCloseTo(expected, 12);
  });
});

describe("Pareto/NBD fit", () => {
  test("recovers known parameters from 5,000 simulated customers (daily data) within 3 standard errors", () => {
    const truth = [0.6, 10, 0.6, 12];
    // purchase times on whole days (weeks / 7), first purchases over 12 weeks: rows compress as real summaries do
    const fit = pareto.fit(simulateCustomers(5000, { model: "pareto", params: truth, T: (u) => (273 - Math.floor(84 * u())) / 7, timeStep: 1 / 7, seed: 7 }));
    expect(fit.converged).toBe(true);
    expect(fit.paramNames).toEqual(["r", "alpha", "s", "beta"]);
    fit.params.forEach((v, i) => expect(Math.abs(v - truth[i])).toBeLessThan(3 * (fit.standardErrors[i] as number)));
  });
});
