import fc from "fast-check";
import { wilsonInterval } from "../../../src/core/math/wilson";

const Z95 = 1.959963984540054;

describe("Wilson score interval", () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Statistics in Medicine 17:857-872, Table I, method 3 (score interval, no correction).
  const published: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ];
  test.each(published)("%p/%p -> %p to %p (Newcombe 1998, Table I)", (x, n, lo, hi) => {
    const w = wilsonInterval(x, n, Z95);
    expect(w.lower).toBeCloseTo(lo, 4);
    expect(w.upper).toBeCloseTo(hi, 4);
  });

  test("exactly 0 at no successes and 1 at all", () => {
    expect(wilsonInterval(0, 7, Z95).lower).toBe(0);
    expect(wilsonInterval(7, 7, Z95).upper).toBe(1);
  });

  test("bad input gives NaN", () => {
    expect(wilsonInterval(1, 0, Z95).lower).toBeNaN();
    expect(wilsonInterval(3, 2, Z95).upper).toBeNaN();
  });

  test("properties: within [0, 1], contains the estimate, symmetric, solves the score equation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (n, f, z) => {
        const x = Math.round(f * n);
        const p = x / n;
        const w = wilsonInterval(x, n, z);
        expect(w.lower).toBeGreaterThanOrEqual(0);
        expect(w.upper).toBeLessThanOrEqual(1);
        expect(w.lower).toBeLessThanOrEqual(p);
        expect(w.upper).toBeGreaterThanOrEqual(p);
        const mirror = wilsonInterval(n - x, n, z);
        expect(Math.abs(mirror.lower - (1 - w.upper))).toBeLessThan(1e-12);
        // Each limit L solves (p - L)^2 = z^2 L (1 - L) / n.
        for (const L of [w.lower, w.upper]) {
          expect(Math.abs((p - L) ** 2 - (z * z * L * (1 - L)) / n)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
