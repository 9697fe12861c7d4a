import { mbgnbd, mbgnbdLogLikelihood } from "../../../src/core/clv/mbgnbd";
import { bgFamilyLikelihood } from "../../../src/core/clv/bg-likelihood";
import { compressRepeatData } from "../../../src/core/clv/fit-data";
import { simulateCustomers } from "../../../src/core/clv/simulate";

// MBG/NBD CDNOW estimates (BTYDplus, as tested in lifetimes): r = 0.525, alpha = 6.183, a = 0.891, b = 1.614.
const CDNOW = [0.525, 6.183, 0.891, 1.614];

describe("MBG/NBD", () => {
  test("hand-worked likelihood: r = alpha = a = b = 1", () => {
    // x = 1, t_x = 1, T = 2: B(1,3)/B(1,1) 3^-2 + B(2,2)/B(1,1) 2^-2 = (1/3)(1/9) + (1/6)(1/4) = 17/216
    expect(mbgnbdLogLikelihood([1, 1, 1, 1], 1, 1, 2)).toBeCloseTo(Math.log(17 / 216), 14);
    // x = 0, T = 2: alive and silent B(1,2) 3^-1 = 1/6, or dropped at time 0 with probability a/(a+b) = 1/2
    expect(mbgnbdLogLikelihood([1, 1, 1, 1], 0, 0, 2)).toBeCloseTo(Math.log(2 / 3), 14);
  });

  test("P(alive) of a customer without repeat purchases is below 1: (1/6) / (2/3) = 1/4 in the case above", () => {
    expect(mbgnbd.probabilityAlive([1, 1, 1, 1], 0, 0, 2)).toBeCloseTo(0.25, 14);
  });

  test("the fitting likelihood matches single customers and its gradient", () => {
    const s = simulateCustomers(300, { model: "mbgnbd", params: [0.5, 3, 1.2, 2], T: 25, seed: 4 });
    const ll = bgFamilyLikelihood(compressRepeatData(s), true);
    const theta = Float64Array.from([0.6, 2.5, 1.1, 2.4]);
    let single = 0;
    for (let i = 0; i < 300; i++) single += mbgnbdLogLikelihood(Array.from(theta), s.frequency[i], s.recency[i], s.T[i]);
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

  test("P(X(t) = n) sums to 1 with mean E[X(t)]; a new customer's conditional expectation is E[X(t)]", () => {
    const p = mbgnbd.probabilityOfPurchases as (params: number[], t: number, n: number) => number;
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      total += p(CDNOW, 39, n);
      mean += n * p(CDNOW, 39, n);
    }
    expect(total).toBeCloseTo(1, 10);
    expect(mean).toBeCloseTo(mbgnbd.expectedPurchases(CDNOW, 39), 8);
    expect(mbgnbd.conditionalExpectedPurchases(CDNOW, 39, 0, 0, 0)).toBeCloseTo(mbgnbd.expectedPurchases(CDNOW, 39), 12);
    // lifetimes' test: with CDNOW's MBG/NBD fit, E[Y(39) | 2, 30.43, 38.86] is within 0.05 of the BG/NBD's 1.226
    expect(Math.abs(mbgnbd.conditionalExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.05);
  });

  test("recovers known parameters from 5,000 simulated customers within 3 standard errors", () => {
    const truth = [0.3, 5, 0.9, 3];
    const fit = mbgnbd.fit(simulateCustomers(5000, { model: "mbgnbd", params: truth, T: (u) => 26 + 13 * u(), seed: 7 }));
    expect(fit.converged).toBe(true);
    fit.params.forEach((v, i) => expect(Math.abs(v - truth[i])).toBeLessThan(3 * (fit.standardErrors[i] as number)));
  });
});
