import fc from "fast-check";
import { normalCdf, normalCritical, normalPdf, normalQuantile, normalSurvival, normalTails, normalTwoSidedP, normalUpperQuantile } from "../../../src/core/math/normal";

/** |actual - expected| <= rel |expected| (relative accuracy, what tail probabilities need). */
function expectRel(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe("normal CDF (Cody / TOMS 715)", () => {
  // Reference values: Phi(-5) = 2.866515718791939e-7 as quoted in the issue; the others are the
  // standard table values (Abramowitz & Stegun tables 26.1 and 26.2 give their leading digits),
  // here to 16 digits as computed with mpmath at 40 digits.
  const table: [number, number][] = [
    [-0.3, 0.3820885778110474],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795],
    [-1, 0.15865525393145705],
    [-2, 0.02275013194817921],
    [-3, 0.0013498980316300946],
    [-5, 2.866515718791939e-7],
    [-6, 9.86587645037698e-10],
    [-8, 6.220960574271784e-16],
    [-10, 7.619853024160525e-24],
    [-20, 2.7536241186062337e-89],
    [-37, 5.725571222524577e-300],
  ];
  test.each(table)("Phi(%p) = %p to 1e-14 relative", (x, p) => {
    expectRel(normalCdf(x), p, 1e-14);
    expectRel(normalSurvival(-x), p, 1e-14); // the upper tail is as accurate as the lower
  });

  test("the upper tail keeps its digits where 1 - Phi(x) would round to 0", () => {
    expectRel(normalSurvival(10), 7.619853024160525e-24, 1e-14);
    expect(1 - normalCdf(10)).toBe(0); // what a naive complement gives
  });

  test("edges: 0, infinities, NaN and underflow", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalTails(Infinity)).toEqual([1, 0]);
    expect(normalTails(-Infinity)).toEqual([0, 1]);
    expect(normalTails(NaN).every(Number.isNaN)).toBe(true);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  test("the density at 0 and 1", () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalPdf(1)).toBeCloseTo(0.24197072451914337, 15);
  });

  test("two-sided p-value: z = 1.959963984540054 gives 0.05", () => {
    expectRel(normalTwoSidedP(1.959963984540054), 0.05, 1e-14);
    expectRel(normalTwoSidedP(-1.959963984540054), 0.05, 1e-14);
    expect(normalTwoSidedP(0)).toBe(1);
  });

  test("properties: tails add to 1, symmetric, increasing", () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 37, noNaN: true }), fc.double({ min: -37, max: 37, noNaN: true }), (x, y) => {
        const [lo, up] = normalTails(x);
        expect(Math.abs(lo + up - 1)).toBeLessThanOrEqual(2e-16);
        expect(normalTails(-x)).toEqual([up, lo]);
        if (x < y) expect(normalCdf(x)).toBeLessThanOrEqual(normalCdf(y));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("normal quantile (Wichura AS 241)", () => {
  // z_0.975 = 1.959963984540054 (issue); the others to 16 digits from mpmath at 40 digits
  // (table values 1.645, 2.576, 3.090, 0.6745 in every statistics book).
  const table: [number, number][] = [
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514726],
    [0.995, 2.575829303548901],
    [0.999, 3.0902323061678136],
    [0.25, -0.6744897501960817],
    [0.001, -3.0902323061678136],
    [1e-10, -6.361340902404057],
    [1e-20, -9.262340089798407],
    [1e-100, -21.273453560965326],
    [1e-300, -37.0470962993612],
  ];
  test.each(table)("z(%p) = %p to 1e-15 relative", (p, z) => {
    expectRel(normalQuantile(p), z, 1e-15);
  });

  test("edges", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });

  test("critical values of confidence levels", () => {
    expectRel(normalCritical(0.95), 1.959963984540054, 1e-15);
    expectRel(normalCritical(0.9), 1.6448536269514726, 1e-15);
    expectRel(normalUpperQuantile(1e-20), 9.262340089798407, 1e-15);
  });

  // Relative errors in z grow by |z|^2 in Phi(z) (d ln Phi / d ln z ~ z^2 in the tail): allow 2e-15 z^2.
  test("property: the quantile inverts the CDF to 2e-15 max(1, z^2) relative, from 1e-300 to 1 - 1e-12", () => {
    const p = fc.oneof(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 1 - 1e-12, noNaN: true }), fc.double({ min: 1e-300, max: 1e-5, noNaN: true }));
    fc.assert(
      fc.property(p, (prob) => {
        const z = normalQuantile(prob);
        expect(Number.isFinite(z)).toBe(true);
        const tol = 2e-15 * Math.max(1, z * z);
        if (prob <= 0.5) expectRel(normalCdf(z), prob, tol);
        else expectRel(normalSurvival(z), 1 - prob, tol);
      }),
      { numRuns: 2000 },
    );
  });
});
