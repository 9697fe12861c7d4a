import { bgFamilyLikelihood } from "../../../src/core/clv/bg-likelihood";
import { bgnbd, bgnbdLogLikelihood } from "../../../src/core/clv/bgnbd";
import { compressRepeatData } from "../../../src/core/clv/fit-data";
import { simulateCustomers } from "../../../src/core/clv/simulate";
import { InputError } from "../../../src/core/table/errors";

// Published CDNOW estimates (Fader, Hardie & Lee 2005, "Counting your customers the easy way",
// Marketing Science 24(2)): r = 0.2426, alpha = 4.4135, a = 0.7929, b = 2.4258 (weeks).
const CDNOW = [0.2426, 4.4135, 0.7929, 2.4258];

describe("BG/NBD likelihood", () => {
  test("hand-worked: r = alpha = a = b = 1", () => {
    // x = 1, t_x = 1, T = 2: L = B(1,2)/B(1,1) * 1/(1+2)^2 + B(2,1)/B(1,1) * 1/(1+1)^2 = (1/2)(1/9) + (1/2)(1/4) = 13/72
    expect(bgnbdLogLikelihood([1, 1, 1, 1], 1, 1, 2)).toBeCloseTo(Math.log(13 / 72), 14);
    // x = 0, T = 2: L = (alpha/(alpha+T))^r = 1/3 (no repeat purchase, whether alive or not)
    expect(bgnbdLogLikelihood([1, 1, 1, 1], 0, 0, 2)).toBeCloseTo(Math.log(1 / 3), 14);
    // x = 2, t_x = 3, T = 5, r = 2, alpha = 3, a = 2, b = 1:
    // Gamma(4)/Gamma(2) 3^2 = 54; B(2,3)/B(2,1) = (1/12)/(1/2) = 1/6; B(3,2)/B(2,1) = (1/12)/(1/2) = 1/6
    // L = 54 [ (1/6) 8^-4 + (1/6) 6^-4 ] = 9 (1/4096 + 1/1296)
    expect(bgnbdLogLikelihood([2, 3, 2, 1], 2, 3, 5)).toBeCloseTo(Math.log(9 * (1 / 4096 + 1 / 1296)), 13);
  });

  test("the fitting likelihood on compressed data equals the sum of single customers, with an exact gradient", () => {
    const s = simulateCustomers(400, { model: "bgnbd", params: [0.5, 3, 1.2, 2], T: (u) => 10 + 30 * u(), seed: 3 });
    const d = compressRepeatData(s);
    const ll = bgFamilyLikelihood(d, false);
    const theta = Float64Array.from([0.7, 2.5, 0.9, 3.1]);
    let single = 0;
    for (let i = 0; i < s.frequency.length; i++) single += bgnbdLogLikelihood(Array.from(theta), s.frequency[i], s.recency[i], s.T[i]);
    const grad = new Float64Array(4);
    expect(ll(theta, grad)).toBeCloseTo(single, 9);
    for (let k = 0; k < 4; k++) {
      const h = 1e-6 * theta[k];
      const up = Float64Array.from(theta);
      const dn = Float64Array.from(theta);
      up[k] += h;
      dn[k] -= h;
      expect(grad[k]).toBeCloseTo((ll(up) - ll(dn)) / (2 * h), 4);
    }
  });
});

describe("BG/NBD expectations (published values with the CDNOW estimates)", () => {
  test("E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (FHL 2005; Hardie's spreadsheet, lifetimes' tests)", () => {
    expect(bgnbd.conditionalExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  test("P(alive) for the same customer, by hand from 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))", () => {
    // a/(b+1) = 0.7929/3.4258 = 0.231450; (43.2735/34.8435)^2.2426 = 1.241939^2.2426 = 1.625658;
    // product 0.376258; P(alive) = 1/1.376258 = 0.726608
    expect(bgnbd.probabilityAlive(CDNOW, 2, 30.43, 38.86)).toBeCloseTo(0.726608, 6);
    expect(bgnbd.probabilityAlive(CDNOW, 0, 0, 38.86)).toBe(1);
  });

  test("E[X(t)] matches Hardie's spreadsheet (as tested in lifetimes, to 3 decimals)", () => {
    const sheet: [number, number][] = [
      [0.1429, 0.0078],
      [1, 0.0532],
      [3, 0.1506],
      [31.8571, 1.0405],
      [32, 1.0437],
      [78, 1.8576],
    ];
    for (const [t, v] of sheet) expect(Math.abs(bgnbd.expectedPurchases(CDNOW, t) - v)).toBeLessThan(1e-3);
    expect(bgnbd.expectedPurchases(CDNOW, 0)).toBe(0);
  });

  test("a new customer (x = 0, t_x = 0, T = 0) is expected to buy E[X(t)]", () => {
    for (const t of [1, 39, 520]) expect(bgnbd.conditionalExpectedPurchases(CDNOW, t, 0, 0, 0)).toBeCloseTo(bgnbd.expectedPurchases(CDNOW, t), 12);
  });

  test("P(X(t) = n): P(0) = (alpha/(alpha+t))^r by hand, sums to 1, mean E[X(t)] (FHL 2005 eq. 8 against eq. 9)", () => {
    const p = bgnbd.probabilityOfPurchases as (params: number[], t: number, n: number) => number;
    expect(p(CDNOW, 39, 0)).toBeCloseTo(0.574297, 6); // (4.4135/43.4135)^0.2426
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      total += p(CDNOW, 39, n);
      mean += n * p(CDNOW, 39, n);
    }
    expect(total).toBeCloseTo(1, 10);
    expect(mean).toBeCloseTo(bgnbd.expectedPurchases(CDNOW, 39), 8);
  });

  test("expectations are continuous through the removable singularity at a = 1", () => {
    const at = (a: number) => bgnbd.conditionalExpectedPurchases([0.3, 5, a, 2], 20, 3, 15, 30);
    expect(at(1)).toBeGreaterThan(Math.min(at(0.999), at(1.001)));
    expect(at(1)).toBeLessThan(Math.max(at(0.999), at(1.001)));
    expect(Math.abs(at(1) - (at(0.999) + at(1.001)) / 2)).toBeLessThan(1e-6);
  });

  test("large frequencies and long horizons stay finite (the Euler-transformed bracket)", () => {
    const e = bgnbd.conditionalExpectedPurchases(CDNOW, 520, 150, 38, 38.86);
    expect(Number.isFinite(e)).toBe(true);
    expect(e).toBeGreaterThan(bgnbd.conditionalExpectedPurchases(CDNOW, 52, 150, 38, 38.86));
  });
});

describe("BG/NBD fit", () => {
  test("recovers known parameters from 5,000 simulated customers within 3 standard errors", () => {
    const truth = [0.3, 5, 0.9, 3];
    const s = simulateCustomers(5000, { model: "bgnbd", params: truth, T: (u) => 26 + 13 * u(), seed: 7 });
    const fit = bgnbd.fit(s);
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expect(fit.n).toBe(5000);
    fit.params.forEach((v, i) => {
      const se = fit.standardErrors[i] as number;
      expect(se).toBeGreaterThan(0);
      expect(Math.abs(v - truth[i])).toBeLessThan(3 * se);
    });
  });

  test("identical rows and weights give the same fit", () => {
    const s = simulateCustomers(600, { model: "bgnbd", params: [0.4, 4, 1.1, 2.5], T: 30, seed: 5 });
    const doubled = bgnbd.fit({ frequency: s.frequency, recency: s.recency, T: s.T, weights: new Float64Array(600).fill(2) });
    const repeated = bgnbd.fit({
      frequency: [...s.frequency, ...s.frequency],
      recency: [...s.recency, ...s.recency],
      T: [...s.T, ...s.T],
    });
    doubled.params.forEach((v, i) => expect(v).toBeCloseTo(repeated.params[i], 6));
    expect(doubled.logLikelihood).toBeCloseTo(repeated.logLikelihood, 6);
  });

  test("the L2 penalty (lifetimes' penalizer_coef form) shrinks the parameters' sum of squares", () => {
    const s = simulateCustomers(1000, { model: "bgnbd", params: [0.4, 4, 1.1, 2.5], T: 30, seed: 6 });
    const norm = (p: number[]) => p.reduce((a, v) => a + v * v, 0);
    const plain = bgnbd.fit(s);
    const penalised = bgnbd.fit(s, { penalizer: 0.01 });
    expect(penalised.penalizer).toBe(0.01);
    expect(norm(penalised.params)).toBeLessThan(norm(plain.params));
    expect(penalised.logLikelihood).toBeLessThan(plain.logLikelihood);
  });

  test("reports drop-out parameters run to the edge when nobody drops out, and a fit stopped early", () => {
    // Purchases at Gamma-distributed rates, nobody ever drops out: a -> 0 and b -> infinity.
    const s = simulateCustomers(3000, { model: "pareto", params: [0.5, 5, 0.5, 1e9], T: 39, seed: 11 });
    const fit = bgnbd.fit(s);
    expect(fit.warnings.map((w) => w.kind)).toContain("at-bound");
    expect(fit.warnings.find((w) => w.kind === "at-bound")?.message).toMatch(/^(a|b) ran to the edge of the search range/);
    const early = bgnbd.fit(simulateCustomers(500, { model: "bgnbd", params: [0.4, 4, 1.1, 2.5], T: 30, seed: 2 }), { maxIterations: 2 });
    expect(early.converged).toBe(false);
    expect(early.warnings[0].kind).toBe("not-converged");
    expect(early.warnings[0].message).toMatch(/did not converge/);
  });

  test("data that cannot be fitted: InputError with a clear message", () => {
    expect(() => bgnbd.fit({ frequency: [0, 0], recency: [0, 0], T: [5, 6] })).toThrow(/no customer made a repeat purchase/);
    expect(() => bgnbd.fit({ frequency: [1, 2], recency: [3, 8], T: [5, 6] })).toThrow(InputError);
    expect(() => bgnbd.fit({ frequency: [1, 2], recency: [3, 8], T: [5, 6] })).toThrow(/customer 2: recency t_x = 8 is later than T = 6/);
    expect(() => bgnbd.fit({ frequency: [1], recency: [1], T: [5] }, { penalizer: -1 })).toThrow(/penalizer/);
  });
});

describe("extreme parameters", () => {
  test("E[Y(t)] where the transformed series cancels falls back to the direct one (mpmath, 50 digits)", () => {
    // r = 262.2, alpha = 0.001, a = 0.0276, b = 0.001, a new customer (x = t_x = T = 0), t = 0.004:
    // (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))] = 31.7440002406603426 (mpmath.hyp2f1).
    const params = [262.2073608013329, 0.001, 0.027596950203196247, 0.001];
    const e = bgnbd.conditionalExpectedPurchases(params, 0.004015675257258166, 0, 0, 0);
    expect(Math.abs(e - 31.74400024066034) / 31.744).toBeLessThan(1e-10);
  });
});
