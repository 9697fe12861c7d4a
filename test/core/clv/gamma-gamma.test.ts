import { fitGammaGamma, gammaGammaConditionalExpectedSpend, gammaGammaLogLikelihood } from "../../../src/core/clv/gamma-gamma";
import { simulateCustomers } from "../../../src/core/clv/simulate";
import { InputError } from "../../../src/core/table/errors";

// Published CDNOW estimates (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value", note 025): p = 6.25, q = 3.74, gamma = 15.44.
const CDNOW = [6.25, 3.74, 15.44];

describe("Gamma-Gamma formulas", () => {
  test("likelihood by hand: p = q = gamma = 1", () => {
    // x = 1: z ~ Exp(nu), nu ~ Exp(1): f(z) = int nu e^(-nu z) e^(-nu) dnu = 1/(1+z)^2; at z = 1: 1/4
    expect(gammaGammaLogLikelihood([1, 1, 1], 1, 1)).toBeCloseTo(Math.log(1 / 4), 14);
    // x = 2: the mean of two Exp(nu) is Gamma(2, 2 nu): int 4 nu^2 z e^(-nu (2z+1)) dnu = 8z/(2z+1)^3; at z = 1: 8/27
    expect(gammaGammaLogLikelihood([1, 1, 1], 2, 1)).toBeCloseTo(Math.log(8 / 27), 14);
  });

  test("conditional expected spend p (gamma + m x) / (p x + q - 1), by hand with the CDNOW estimates", () => {
    // x = 2, m = 22.35: 6.25 (15.44 + 44.70) / (12.5 + 2.74) = 375.875 / 15.24 = 24.6637
    expect(gammaGammaConditionalExpectedSpend(CDNOW, 2, 22.35)).toBeCloseTo(24.6637, 4);
    // x = 0: the population mean p gamma / (q - 1) = 96.5 / 2.74 = 35.2190
    expect(gammaGammaConditionalExpectedSpend(CDNOW, 0, 0)).toBeCloseTo(35.219, 3);
    // q <= 1 (and x = 0): infinite
    expect(gammaGammaConditionalExpectedSpend([2, 0.8, 10], 0, 0)).toBe(Infinity);
  });
});

describe("Gamma-Gamma fit", () => {
  const sim = (spend: number[], seed: number, n = 8000) =>
    simulateCustomers(n, { model: "bgnbd", params: [1, 2, 0.5, 5], T: 39, spendParams: spend, seed });

  test("recovers p, q, gamma from simulated spend within 3 standard errors, reporting the independence check", () => {
    const truth = [6, 4, 15];
    const s = sim(truth, 3);
    const fit = fitGammaGamma({ frequency: s.frequency, monetary: s.monetary });
    expect(fit.converged).toBe(true);
    fit.params.forEach((v, i) => expect(Math.abs(v - truth[i])).toBeLessThan(3 * (fit.standardErrors[i] as number)));
    let repeaters = 0;
    s.frequency.forEach((x) => (repeaters += x > 0 ? 1 : 0));
    expect(fit.n).toBe(repeaters);
    expect(fit.excluded).toEqual({ noRepeatPurchases: 8000 - repeaters, nonPositiveSpend: 0 });
    expect(Math.abs(fit.frequencySpendCorrelation)).toBeLessThan(0.05); // simulated independently
    expect(fit.populationMeanSpend).toBeCloseTo((fit.params[0] * fit.params[2]) / (fit.params[1] - 1), 12);
    expect(fit.warnings).toEqual([]);
  });

  test("refunds (mean spend <= 0) are left out and counted; q <= 1 is reported as implausible", () => {
    const s = sim([3, 0.7, 15], 5);
    const monetary = Array.from(s.monetary);
    let refunds = 0;
    for (let i = 0; i < monetary.length && refunds < 10; i++) {
      if (s.frequency[i] > 0) {
        monetary[i] = -monetary[i];
        refunds++;
      }
    }
    const fit = fitGammaGamma({ frequency: s.frequency, monetary });
    expect(fit.excluded.nonPositiveSpend).toBe(10);
    expect(fit.params[1]).toBeLessThanOrEqual(1);
    expect(fit.populationMeanSpend).toBe(Infinity);
    const kinds = fit.warnings.map((w) => w.kind);
    expect(kinds).toContain("implausible");
    expect(kinds).toContain("excluded");
    expect(fit.warnings.find((w) => w.kind === "implausible")?.message).toMatch(/^q = 0\.\d+ is at most 1: the model's expected spend/);
  });

  test("spend that rises with frequency breaks the independence assumption: reported", () => {
    const frequency = Array.from({ length: 300 }, (_, i) => 1 + (i % 10));
    const monetary = frequency.map((x, i) => 10 * x + ((i * 7919) % 13));
    const fit = fitGammaGamma({ frequency, monetary });
    expect(fit.frequencySpendCorrelation).toBeGreaterThan(0.9);
    expect(fit.warnings.find((w) => w.kind === "dependence")?.message).toMatch(/Frequency and spend are correlated \(r = 0\.9\d\)/);
  });

  test("too few usable customers: InputError saying why", () => {
    expect(() => fitGammaGamma({ frequency: [0, 2, 1, 3], monetary: [0, 10, -5, 0] })).toThrow(InputError);
    expect(() => fitGammaGamma({ frequency: [0, 2, 1, 3], monetary: [0, 10, -5, 0] })).toThrow(
      "the spend model needs at least 3 customers with a repeat purchase and positive spend (found 1; 1 without repeat purchases, 2 with zero or negative spend)",
    );
    expect(() => fitGammaGamma({ frequency: [1.5], monetary: [3] })).toThrow(/customer 1: frequency must be a whole number/);
  });
});
