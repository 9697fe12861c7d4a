import {
  fitSbg,
  sbgChurnProbability,
  sbgDiscountedExpectedLifetime,
  sbgDiscountedExpectedResidualLifetime,
  sbgProjectSurvivors,
  sbgRetentionRate,
  sbgSurvival,
} from "../../../src/core/clv/sbg";

// Fader & Hardie (2007), "How to project customer retention", Journal of Interactive Marketing 21(1):
// survivors of 1,000 customers over years 0-12 (Berry & Linoff's data); the model is fitted to years 0-7.
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];

describe("shifted-beta-geometric model", () => {
  test("reproduces the published fits on years 0-7: regular alpha = 0.704, beta = 1.182; high end alpha = 0.668, beta = 3.806", () => {
    const regular = fitSbg(REGULAR.slice(0, 8));
    expect(regular.converged).toBe(true);
    expect(regular.params[0]).toBeCloseTo(0.704, 3);
    expect(regular.params[1]).toBeCloseTo(1.182, 3);
    expect(regular.n).toBe(1000);
    const high = fitSbg(HIGH_END.slice(0, 8));
    expect(high.params[0]).toBeCloseTo(0.668, 3);
    expect(high.params[1]).toBeCloseTo(3.806, 3);
    expect(high.standardErrors.every((s) => s !== undefined && s > 0)).toBe(true);
  });

  test("the projection of years 8-12 stays within 5% of what happened (the paper's point)", () => {
    for (const data of [REGULAR, HIGH_END]) {
      const fit = fitSbg(data.slice(0, 8));
      const projected = sbgProjectSurvivors(fit.params, 1000, 12);
      for (let t = 8; t <= 12; t++) expect(Math.abs(projected[t] / data[t] - 1)).toBeLessThan(0.05);
    }
  });

  test("survival, churn and retention agree: S(t-1) - S(t) = P(T = t), r_t = S(t)/S(t-1), and retention rises", () => {
    const p = [0.704, 1.182];
    // P(T = 1) = B(alpha+1, beta)/B(alpha, beta) = alpha/(alpha+beta)
    expect(sbgChurnProbability(p, 1)).toBeCloseTo(0.704 / 1.886, 14);
    for (let t = 1; t <= 10; t++) {
      expect(sbgSurvival(p, t - 1) - sbgSurvival(p, t)).toBeCloseTo(sbgChurnProbability(p, t), 14);
      expect(sbgRetentionRate(p, t)).toBeCloseTo(sbgSurvival(p, t) / sbgSurvival(p, t - 1), 14);
      if (t > 1) expect(sbgRetentionRate(p, t)).toBeGreaterThan(sbgRetentionRate(p, t - 1));
    }
    expect(sbgSurvival(p, 0)).toBe(1);
  });

  test("DEL = 2F1(1, beta; alpha+beta; 1/(1+d)): with alpha = beta = 1, S(t) = 1/(t+1) and DEL = -ln(1-z)/z = 1.1 ln 11", () => {
    expect(sbgDiscountedExpectedLifetime([1, 1], 0.1)).toBeCloseTo(1.1 * Math.log(11), 13);
  });

  test("DERL (Fader & Hardie 2010) equals the sum of S(t)/S(n-1) / (1+d)^(t-n) over t >= n, and DEL = 1 + DERL(0)/(1+d)", () => {
    const p = [0.704, 1.182];
    for (const renewals of [0, 4]) {
      const n = renewals + 1;
      let sum = 0;
      for (let t = n; t < n + 5000; t++) sum += sbgSurvival(p, t) / sbgSurvival(p, n - 1) / 1.1 ** (t - n);
      expect(sbgDiscountedExpectedResidualLifetime(p, 0.1, renewals)).toBeCloseTo(sum, 10);
    }
    expect(sbgDiscountedExpectedLifetime(p, 0.1)).toBeCloseTo(1 + sbgDiscountedExpectedResidualLifetime(p, 0.1, 0) / 1.1, 12);
  });

  test("input checks", () => {
    expect(() => fitSbg([1000])).toThrow(/at least one later count/);
    expect(() => fitSbg([1000, 600, 700])).toThrow("survivors, period 2: 700 is more than the 600 of the period before (survivors cannot increase)");
    expect(() => fitSbg([0, 0])).toThrow(/the cohort \(period 0\) must have customers/);
    expect(() => sbgDiscountedExpectedLifetime([0.7, 1.2], 0)).toThrow(/alpha <= 1 the expected lifetime is infinite/);
    expect(() => sbgDiscountedExpectedResidualLifetime([0.7, 1.2], 0.1, 1.5)).toThrow(/renewals/);
  });
});
