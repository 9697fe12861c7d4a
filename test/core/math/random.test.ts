import { mulberry32 } from "../../../src/core/math/random";
import { quantileSorted } from "../../../src/core/math/quantile";

test("mulberry32 is reproducible, in [0, 1), and roughly uniform", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 10000 }, () => a());
  expect(Array.from({ length: 10000 }, () => b())).toEqual(xs);
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...xs)).toBeLessThan(1);
  // mean of U(0,1) is 1/2 with standard error 1/sqrt(12 * 10000) = 0.0029
  expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.015);
  expect(mulberry32(43)()).not.toBe(xs[0]);
});

test("quantileSorted matches Excel's PERCENTILE.INC", () => {
  // PERCENTILE.INC({1,2,3,4,10}, 0.3): h = 4 * 0.3 = 1.2 -> 2 + 0.2 * (3 - 2) = 2.2
  expect(quantileSorted([1, 2, 3, 4, 10], 0.3)).toBeCloseTo(2.2, 12);
  expect(quantileSorted([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12); // h = 3.6 -> 4 + 0.6 * 6
  expect(quantileSorted([5], 0.5)).toBe(5);
  expect(quantileSorted([1e308, 1.7e308], 0.5)).toBeCloseTo(1.35e308, -300);
  expect(() => quantileSorted([], 0.5)).toThrow();
});
