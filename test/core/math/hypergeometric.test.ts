import fc from "fast-check";
import { logGamma } from "../../../src/core/math/gamma";
import { hyp2f1, hyp2f1Parts, logHyp2f1 } from "../../../src/core/math/hypergeometric";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("hyp2f1 against closed forms (Abramowitz & Stegun 15.1)", () => {
  test("15.1.3: F(1, 1; 2; z) = -ln(1 - z) / z, also where c - a - b = 0 is an integer and z is near 1", () => {
    for (const z of [1e-8, 0.3, 0.5, 0.9, 0.95, 0.999, 0.999999, 1 - 1e-12]) {
      expect(rel(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-14);
    }
    // negative z goes through Pfaff's transformation (A&S 15.3.4)
    expect(rel(hyp2f1(1, 1, 2, -5), Math.log(6) / 5)).toBeLessThan(1e-14);
  });

  test("15.1.8: F(a, b; b; z) = (1 - z)^-a, and its log where the value overflows", () => {
    expect(rel(hyp2f1(2.5, 1.3, 1.3, 0.95), 0.05 ** -2.5)).toBeLessThan(1e-14);
    expect(rel(hyp2f1(0.2426, 3.1, 3.1, 0.6), 0.4 ** -0.2426)).toBeLessThan(1e-14);
    // (0.01)^-50 = 1e100; (1e-3)^-400 = 1e1200 overflows a double but not its log
    expect(rel(logHyp2f1(50, 80, 80, 0.99), 100 * Math.LN10)).toBeLessThan(1e-13);
    expect(hyp2f1(400, 7, 7, 0.999)).toBe(Infinity);
    expect(rel(logHyp2f1(400, 7, 7, 0.999), 1200 * Math.LN10)).toBeLessThan(1e-12);
  });

  test("15.1.5 and 15.1.6: arctan and arcsin forms", () => {
    // F(1/2, 1; 3/2; -z^2) = arctan(z) / z, here z^2 = 9: z = -9 by Pfaff's transformation
    expect(rel(hyp2f1(0.5, 1, 1.5, -9), Math.atan(3) / 3)).toBeLessThan(1e-14);
    // F(1/2, 1/2; 3/2; z^2) = arcsin(z) / z
    for (const z of [0.5, 0.99, 0.99999]) expect(rel(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z)).toBeLessThan(1e-13);
  });

  test("15.1.13 and 15.1.14: c - a - b = +1/2 and -1/2 near z = 1", () => {
    // F(a, a + 1/2; 1 + 2a; z) = (1/2 + sqrt(1 - z)/2)^-2a
    for (const [a, z] of [
      [0.7, 0.97],
      [3.2, 0.9999],
    ]) {
      expect(rel(hyp2f1(a, a + 0.5, 1 + 2 * a, z), (0.5 + 0.5 * Math.sqrt(1 - z)) ** (-2 * a))).toBeLessThan(1e-13);
    }
    // F(a, a + 1/2; 2a; z) = (1 - z)^-1/2 (1/2 + sqrt(1 - z)/2)^(1 - 2a)
    for (const [a, z] of [
      [1.3, 0.995],
      [6, 0.99999],
    ]) {
      const exact = (1 - z) ** -0.5 * (0.5 + 0.5 * Math.sqrt(1 - z)) ** (1 - 2 * a);
      expect(rel(hyp2f1(a, a + 0.5, 2 * a, z), exact)).toBeLessThan(1e-13);
    }
  });

  test("15.1.20, Gauss's theorem at z = 1, and the approach to it", () => {
    const gauss = Math.exp(logGamma(2) + logGamma(1.25) - logGamma(1.5) - logGamma(1.75)); // a = 1/2, b = 1/4, c = 2
    expect(rel(hyp2f1(0.5, 0.25, 2, 1), gauss)).toBeLessThan(1e-15);
    // F(z) = F(1) - O((1 - z)^min(1, c-a-b)): within 1e-9 at 1 - z = 1e-10
    expect(rel(hyp2f1(0.5, 0.25, 2, 1 - 1e-10), gauss)).toBeLessThan(1e-9);
    expect(hyp2f1(1, 1, 2, 1)).toBe(Infinity); // c - a - b = 0: diverges
  });

  test("terminating series (a a negative integer) is the polynomial", () => {
    // F(-3, 2; 5; z) = 1 - (6/5) z + (36/60) z^2 - (144/1260) z^3; at 0.7: 1 - 0.84 + 0.294 - 0.0392 = 0.4148
    expect(hyp2f1(-3, 2, 5, 0.7)).toBeCloseTo(0.4148, 14);
    expect(hyp2f1(-3, 2, 5, 0.9999)).toBeCloseTo(1 - 1.2 * 0.9999 + 0.6 * 0.9999 ** 2 - (4 / 35) * 0.9999 ** 3, 14);
  });

  test("trivial and undefined cases", () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(hyp2f1(0, 4, 5, 0.9)).toBe(1);
    expect(Number.isNaN(hyp2f1(1, 2, -3, 0.5))).toBe(true); // c a non-positive integer
    expect(Number.isNaN(hyp2f1(1, 2, 3, 1.5))).toBe(true); // z > 1: complex in general
    expect(hyp2f1Parts(1, 2, 3, 0.5).sign).toBe(1);
  });

  test("extreme parameters beyond bounded work give NaN quickly, never a hang or a wrong number", () => {
    const t0 = Date.now();
    expect(Number.isNaN(hyp2f1(1, 1e10, 1e10 + 1.6, 1 - 1e-12))).toBe(true); // continuation would need ~1e10 steps
    expect(Number.isNaN(hyp2f1(1e10, 1e10, 1.5, 0.5))).toBe(true); // series terms peak near n ~ 1e10
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe("hyp2f1 transformations agree (the code paths check one another)", () => {
  // Positive parameters on both sides (c > a, b), the models' domain: with c - b < 0 the transformed
  // series alternates and cancels, which says nothing about the function's accuracy.
  test("Euler: F(a, b; c; z) = (1 - z)^(c-a-b) F(c-a, c-b; c; z)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (a, b, dc, z) => {
          const c = Math.max(a, b) + dc;
          const lhs = logHyp2f1(a, b, c, z);
          const rhs = (c - a - b) * Math.log1p(-z) + logHyp2f1(c - a, c - b, c, z);
          expect(Math.abs(lhs - rhs)).toBeLessThan(1e-10 * Math.max(1, Math.abs(lhs)));
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });

  test("Pfaff: F(a, b; c; z) = (1 - z)^-a F(a, c-b; c; z/(z-1)) for z in (0, 1)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.3, max: 40, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (a, b, c, z) => {
          const lhs = hyp2f1(a, b, c, z);
          const rhs = (1 - z) ** -a * hyp2f1(a, c - b, c, z / (z - 1));
          expect(rel(lhs, rhs)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });

  test("large lower parameter beyond z = 1/2 (Pareto/NBD P(X(t) = n) with n = 140): Euler agrees", () => {
    const [a, b, c, z] = [1.1595, 140.5534, 141.1595, 0.7429];
    const euler = Math.exp((c - a - b) * Math.log1p(-z)) * hyp2f1(c - a, c - b, c, z);
    expect(rel(hyp2f1(a, b, c, z), euler)).toBeLessThan(1e-12);
  });

  test("F(1, b; c; z) equals its series summed term by term (the sBG's DERL form)", () => {
    for (const [b, c, z] of [
      [1.182, 1.886, 1 / 1.1],
      [5.182, 5.886, 1 / 1.01],
    ]) {
      let term = 1;
      let sum = 1;
      for (let n = 0; n < 200000; n++) {
        term *= ((b + n) / (c + n)) * z;
        sum += term;
        if (term < 1e-18 * sum) break;
      }
      expect(rel(hyp2f1(1, b, c, z), sum)).toBeLessThan(1e-12);
    }
  });
});

describe("cancellation", () => {
  test("a series whose terms cancel to far below their size is refused (NaN), not returned with no good digits", () => {
    // 2F1(-262.97, -0.9724; -0.9714; 0.8) = -6.4047 (mpmath, 40 digits), while its alternating terms
    // reach about 1.8^263 ~ 1e67: a double sum keeps none of the result's digits.
    expect(Number.isNaN(hyp2f1(-262.97, -0.9724, -0.9714, 0.8))).toBe(true);
    // With b = c exactly, Euler's transformation ends the series at once: (1 - z)^263.5, exact.
    expect(rel(hyp2f1(-263.5, -0.97, -0.97, 0.8), Math.pow(0.2, 263.5))).toBeLessThan(1e-12);
    // With a short series the same identity is fine: (1 - 0.3)^2.5 = 0.40996...
    expect(rel(hyp2f1(-2.5, 1.5, 1.5, 0.3), Math.pow(0.7, 2.5))).toBeLessThan(1e-14);
  });
});
