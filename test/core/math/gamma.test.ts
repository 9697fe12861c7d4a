import fc from "fast-check";
import { digamma, digammaDifference, EULER_GAMMA, gamma, gammaSign, logBeta, logGamma, logPochhammer } from "../../../src/core/math/gamma";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
/** ln(n!) by summing logs: an independent exact-to-rounding reference. */
const logFactorial = (n: number) => {
  let s = 0;
  for (let k = 2; k <= n; k++) s += Math.log(k);
  return s;
};

describe("logGamma", () => {
  test("matches closed forms (A&S 6.1.8, 6.1.12, 6.1.15) and A&S table values", () => {
    expect(rel(logGamma(0.5), 0.5 * Math.log(Math.PI))).toBeLessThan(1e-15); // Gamma(1/2) = sqrt(pi)
    expect(rel(logGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2))).toBeLessThan(2e-15); // Gamma(3/2) = sqrt(pi)/2
    expect(rel(logGamma(1 / 3), Math.log(2.678938534707748))).toBeLessThan(1e-15); // A&S 6.1, Gamma(1/3)
    expect(rel(gamma(0.25), 3.625609908221908)).toBeLessThan(1e-15); // A&S 6.1, Gamma(1/4)
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(rel(logGamma(11), Math.log(3628800))).toBeLessThan(1e-15); // 10!
    expect(rel(logGamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)))).toBeLessThan(1e-15); // Gamma(-1/2) = -2 sqrt(pi)
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-3)).toBe(Infinity);
  });

  test("is accurate to ~1e-15 relative beside its zeros at 1 and 2 (A&S 6.1.33: lnGamma(1+e) = -gamma e + zeta(2) e^2/2 - ...)", () => {
    const series = (e: number) => -EULER_GAMMA * e + ((Math.PI * Math.PI) / 12) * e * e - (1.2020569031595942 / 3) * e ** 3;
    const e1 = 1 + 1e-6 - 1; // the e that 1 + e actually represents
    expect(rel(logGamma(1 + e1), series(e1))).toBeLessThan(1e-14);
    // lnGamma(2 + e) = lnGamma(1 + e) + ln(1 + e)
    const e2 = 2 + 1e-6 - 2;
    expect(rel(logGamma(2 + e2), series(e2) + Math.log1p(e2))).toBeLessThan(1e-14);
  });

  test("is accurate for large arguments: ln(n!) for n = 170, 10000", () => {
    expect(rel(logGamma(171), logFactorial(170))).toBeLessThan(1e-14);
    expect(rel(logGamma(10001), logFactorial(10000))).toBeLessThan(1e-13);
  });

  test("satisfies the recurrence and Legendre's duplication formula (A&S 6.1.15, 6.1.18)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (x) => {
        // lnGamma(x + 1) - lnGamma(x) = ln x
        expect(Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(logGamma(x + 1))));
        // lnGamma(2x) = (2x - 1) ln 2 + lnGamma(x) + lnGamma(x + 1/2) - ln sqrt(pi)
        const rhs = (2 * x - 1) * Math.LN2 + logGamma(x) + logGamma(x + 0.5) - 0.5 * Math.log(Math.PI);
        expect(Math.abs(logGamma(2 * x) - rhs)).toBeLessThan(1e-13 * Math.max(1, Math.abs(rhs), (2 * x - 1) * Math.LN2));
      }),
      { seed: 20240601 },
    );
  });
});

describe("logBeta and logPochhammer", () => {
  test("closed forms: B(1/2, 1/2) = pi, B(a, 1) = 1/a, B(n+1, n+1) = (n!)^2 / (2n+1)!", () => {
    expect(rel(logBeta(0.5, 0.5), Math.log(Math.PI))).toBeLessThan(1e-15);
    expect(rel(logBeta(1e12, 1), -Math.log(1e12))).toBeLessThan(1e-14);
    expect(rel(logBeta(3.7, 1), -Math.log(3.7))).toBeLessThan(1e-15);
    const n = 1000;
    expect(rel(logBeta(n + 1, n + 1), 2 * logFactorial(n) - logFactorial(2 * n + 1))).toBeLessThan(1e-13);
    expect(logBeta(2.5, 7)).toBeCloseTo(logBeta(7, 2.5), 14);
  });

  test("B(a, b) for huge equal arguments keeps its digits: ln B(x, x) ~ (1 - 2x) ln 2 + ln sqrt(pi) - 0.5 ln x", () => {
    // From the duplication formula, B(x, x) = 2^(1-2x) B(1/2, x), and B(1/2, x) ~ sqrt(pi/x) for large x.
    const x = 1e10;
    expect(rel(logBeta(x, x), (1 - 2 * x) * Math.LN2 + 0.5 * Math.log(Math.PI / x))).toBeLessThan(1e-14);
  });

  test("logPochhammer(a, n) = ln[a (a+1) ... (a+n-1)]", () => {
    expect(rel(logPochhammer(0.5, 3), Math.log(0.5 * 1.5 * 2.5))).toBeLessThan(1e-15);
    expect(logPochhammer(4.2, 0)).toBe(0);
    expect(rel(logPochhammer(1, 100), logFactorial(100))).toBeLessThan(1e-14); // (1)_n = n!
    expect(rel(logPochhammer(1e6, 100), logGamma(1e6 + 100) - logGamma(1e6))).toBeLessThan(1e-9); // big a: the sum of logs is the accurate one
    expect(rel(logPochhammer(2.5, 1000.5), logGamma(1003) - logGamma(2.5))).toBeLessThan(1e-14);
  });
});

describe("digamma", () => {
  test("psi(1) = -gamma, psi(1/2) = -gamma - 2 ln 2, psi(n + 1) = H_n - gamma (A&S 6.3.2, 6.3.3)", () => {
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 15);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.LN2, 14);
    let h = 0;
    for (let k = 1; k <= 50; k++) h += 1 / k;
    expect(digamma(51)).toBeCloseTo(h - EULER_GAMMA, 14);
    expect(digamma(-0.5)).toBeCloseTo(2 - EULER_GAMMA - 2 * Math.LN2, 13); // psi(-1/2) = psi(1/2) + 2 (A&S 6.3.5)
    expect(Number.isNaN(digamma(-2))).toBe(true);
  });

  test("satisfies psi(x + 1) = psi(x) + 1/x and matches the slope of logGamma", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-2, max: 1e6, noNaN: true }), (x) => {
        expect(Math.abs(digamma(x + 1) - digamma(x) - 1 / x)).toBeLessThan(1e-12 * Math.max(1, 1 / x, Math.abs(digamma(x))));
        const h = 1e-5 * Math.max(1, x);
        const slope = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
        expect(Math.abs(slope - digamma(x))).toBeLessThan(1e-6 * Math.max(1, Math.abs(digamma(x))));
      }),
      { seed: 20240601 },
    );
  });

  test("digammaDifference(a, n) = sum 1/(a + j)", () => {
    expect(digammaDifference(0.3, 3)).toBeCloseTo(1 / 0.3 + 1 / 1.3 + 1 / 2.3, 14);
    expect(digammaDifference(5, 200)).toBeCloseTo(digamma(205) - digamma(5), 13);
  });
});
