import { mulberry32 } from "../../../src/core/math/random";
import { sampleBeta, sampleExponential, sampleGamma, sampleGeometric, sampleNormal, samplePoisson } from "../../../src/core/math/sample";

const N = 100_000;

/** Sample mean and variance of n draws. */
function moments(draw: () => number, n = N): { mean: number; variance: number } {
  let s = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const v = draw();
    s += v;
    ss += v * v;
  }
  const mean = s / n;
  return { mean, variance: (ss - n * mean * mean) / (n - 1) };
}

/** The sample mean is within 5 standard errors sqrt(var / N) of the mean; the variance within 5%. */
function expectMoments(draw: () => number, mean: number, variance: number): void {
  const m = moments(draw);
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
  expect(Math.abs(m.variance / variance - 1)).toBeLessThan(0.05);
}

describe("seeded samplers match their distributions' means and variances", () => {
  test("normal: 0 and 1", () => {
    const r = mulberry32(1);
    expectMoments(() => sampleNormal(r), 0, 1);
  });
  test("gamma(shape k, rate b): k/b and k/b^2, for k < 1 and k > 1", () => {
    const r = mulberry32(2);
    expectMoments(() => sampleGamma(r, 0.3, 2), 0.15, 0.075);
    expectMoments(() => sampleGamma(r, 5, 0.5), 10, 20);
  });
  test("beta(a, b): a/(a+b) and ab/((a+b)^2 (a+b+1))", () => {
    const r = mulberry32(3);
    expectMoments(() => sampleBeta(r, 0.8, 2.4), 0.25, (0.8 * 2.4) / (3.2 * 3.2 * 4.2));
  });
  test("Poisson: mean = variance, by multiplication (3.5) and by PTRS (100)", () => {
    const r = mulberry32(4);
    expectMoments(() => samplePoisson(r, 3.5), 3.5, 3.5);
    expectMoments(() => samplePoisson(r, 100), 100, 100);
    expect(samplePoisson(r, 0)).toBe(0);
  });
  test("exponential(rate): 1/rate and 1/rate^2", () => {
    const r = mulberry32(5);
    expectMoments(() => sampleExponential(r, 2), 0.5, 0.25);
  });
  test("geometric(p) on 1, 2, ...: 1/p and (1-p)/p^2", () => {
    const r = mulberry32(6);
    expectMoments(() => sampleGeometric(r, 0.2), 5, 20);
    expect(sampleGeometric(r, 1)).toBe(1);
  });
  test("the same seed gives the same draws; bad parameters are refused", () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    expect(Array.from({ length: 5 }, () => sampleGamma(a, 0.7, 1))).toEqual(Array.from({ length: 5 }, () => sampleGamma(b, 0.7, 1)));
    expect(() => sampleGamma(a, 0, 1)).toThrow(RangeError);
    expect(() => samplePoisson(a, -1)).toThrow(RangeError);
    expect(() => sampleGeometric(a, 0)).toThrow(RangeError);
  });
});
