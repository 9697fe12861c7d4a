import { pearsonCorrelation } from "../../../src/core/math/correlation";
import { log1pExp, logAddExp, logDiffExp, logistic, logSumExp } from "../../../src/core/math/logsumexp";

describe("log-space sums", () => {
  test("logAddExp and logSumExp neither overflow nor underflow", () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logSumExp([-1000, -1000, -1000])).toBeCloseTo(-1000 + Math.log(3), 12);
    expect(logSumExp([Math.log(1), Math.log(2), Math.log(3)])).toBeCloseTo(Math.log(6), 14);
    expect(logSumExp([])).toBe(-Infinity);
  });
  test("logDiffExp(a, b) = ln(e^a - e^b)", () => {
    expect(logDiffExp(Math.log(3), Math.log(2))).toBeCloseTo(0, 14);
    expect(logDiffExp(0, -1e-20)).toBeCloseTo(Math.log(1e-20), 10); // ln(1 - e^-1e-20) = ln(1e-20)
    expect(logDiffExp(2, 2)).toBe(-Infinity);
    expect(Number.isNaN(logDiffExp(1, 2))).toBe(true);
  });
  test("log1pExp and logistic at the extremes", () => {
    expect(log1pExp(800)).toBe(800);
    expect(log1pExp(-800)).toBe(0);
    expect(log1pExp(0)).toBeCloseTo(Math.LN2, 15);
    expect(logistic(0)).toBe(0.5);
    expect(logistic(-800)).toBe(0);
    expect(logistic(800)).toBe(1);
  });
});

describe("pearsonCorrelation", () => {
  test("a hand-worked case: x = 1..5, y = 2, 4, 5, 4, 5 gives 6 / sqrt(10 * 6) = 0.7746", () => {
    expect(pearsonCorrelation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 14);
  });
  test("weights count pairs; lines give +-1; constants give NaN", () => {
    expect(pearsonCorrelation([1, 2, 3], [2, 4, 5], [2, 1, 1])).toBeCloseTo(pearsonCorrelation([1, 1, 2, 3], [2, 2, 4, 5]), 14);
    expect(pearsonCorrelation([1, 2, 3], [-3, -6, -9])).toBeCloseTo(-1, 14);
    expect(Number.isNaN(pearsonCorrelation([1, 1, 1], [1, 2, 3]))).toBe(true);
    expect(Number.isNaN(pearsonCorrelation([1], [2]))).toBe(true);
  });
});
