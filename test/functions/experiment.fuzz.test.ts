// Fuzzing =CX.ABTEST, =CX.ABTEST.MEANS and =CX.SAMPLESIZE: any mix of numbers, text, booleans,
// blanks and huge values gives a well-formed result with finite numbers (rates and p-values within
// 0..1, every interval around its estimate, a whole number of visitors), or #VALUE! with a message.
import fc from "fast-check";
import { abTest, abTestMeans, sampleSize } from "../../src/functions/experiment";
import { expectValueError, tableOrValueError } from "./fuzz-outcome";

const noise = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, "", " ", -1, 2.5, "n/a", "Visitors", true, false, "1,000", "5%", "=1+1", "#N/A", [[1], [2]]),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 60),
  fc.string({ maxLength: 8 }),
);
const mostly = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: noise, weight: 1 });
const confidence = fc.option(mostly(fc.constantFrom<unknown>(0.9, 95, "80%", 0.5, 0.999, 1e-9)), { nil: undefined });

let outcomes = { ok: 0, errors: 0 };
function count(ok: boolean): void {
  if (ok) outcomes.ok++;
  else outcomes.errors++;
}

function within(x: unknown, lo: number, hi: number): void {
  expect(typeof x).toBe("number");
  expect(x).toBeGreaterThanOrEqual(lo - 1e-12);
  expect(x).toBeLessThanOrEqual(hi + 1e-12);
}

describe("fuzzing the A/B test functions", () => {
  beforeEach(() => {
    outcomes = { ok: 0, errors: 0 };
  });
  afterEach(() => {
    // Both outcomes are exercised in every test.
    expect(outcomes.ok).toBeGreaterThan(30);
    expect(outcomes.errors).toBeGreaterThan(30);
  });

  test("=CX.ABTEST", () => {
    // Visitors up to 10^12, conversions up to the visitors (sometimes more), or anything.
    const arm = fc
      .tuple(fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1e12 })), fc.double({ min: 0, max: 1.05, noNaN: true }))
      .map(([n, share]) => [Math.round(n * share), n] as [unknown, unknown]);
    const counts = fc.tuple(fc.oneof({ arbitrary: arm, weight: 5 }, { arbitrary: fc.tuple(noise, noise), weight: 1 }), arm);
    fc.assert(
      fc.property(counts, fc.boolean(), confidence, ([[xa, na], [xb, nb]], swap, c) => {
        const [a, b] = swap ? [[xb, nb], [xa, na]] : [[xa, na], [xb, nb]];
        const out = tableOrValueError(
          () => abTest(a[0], a[1], b[0], b[1], c),
          (row) => {
            within(row[0], 0, 1);
            within(row[1], 0, 1);
            within(row[2], -1, 1);
            within(row[2], row[4] as number, row[5] as number);
            within(row[7], 0, 1);
            expect(typeof row[8]).toBe("string");
          },
        );
        count(out !== undefined);
      }),
      { numRuns: 400 },
    );
  });

  test("=CX.ABTEST.MEANS", () => {
    const value = fc.oneof(
      { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 6 },
      { arbitrary: fc.double({ min: -1e306, max: 1e306, noNaN: true }), weight: 1 },
      { arbitrary: fc.constantFrom<unknown>(null, "", 0, 5), weight: 2 },
      { arbitrary: noise, weight: 1 },
    );
    const values = fc
      .tuple(fc.array(value.map((v) => [v]), { maxLength: 25 }), fc.boolean(), fc.boolean())
      .map(([c, header, trailing]) => [...(header ? [["Revenue"]] : []), ...c, ...(trailing ? new Array<unknown[]>(100).fill([null]) : [])]);
    fc.assert(
      fc.property(values, values, confidence, (a, b, c) => {
        const out = tableOrValueError(
          () => abTestMeans(a, b, c),
          (row) => {
            within(row[2], row[4] as number, row[5] as number);
            expect(row[7]).toBeGreaterThan(0);
            within(row[8], 0, 1);
            expect(typeof row[9]).toBe("string");
          },
        );
        count(out !== undefined);
      }),
      { numRuns: 400 },
    );
  });

  test("=CX.SAMPLESIZE", () => {
    const rate = mostly(fc.oneof(fc.double({ min: 1e-6, max: 0.999, noNaN: true }), fc.double({ min: 0.2, max: 0.8, noNaN: true }), fc.constantFrom<unknown>("5%", 5, 50, "0.5")));
    const effect = mostly(fc.oneof(fc.integer({ min: -200, max: 200 }).map((k) => k / 1000), fc.constantFrom<unknown>("1%", 2, -1, 1e-12, 1e-300)));
    const power = fc.option(mostly(fc.constantFrom<unknown>(0.8, 0.9, "95%", 0.5, 0.9999, 0.3)), { nil: undefined });
    const alpha = fc.option(mostly(fc.constantFrom<unknown>(0.05, "5%", 0.01, 0.1, 1e-9, 0.7)), { nil: undefined });
    fc.assert(
      fc.property(rate, effect, power, alpha, (r, e, pw, al) => {
        let n: number;
        try {
          n = sampleSize(r, e, pw, al);
        } catch (err) {
          expectValueError(err);
          count(false);
          return;
        }
        expect(Number.isSafeInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(1);
        count(true);
      }),
      { numRuns: 400 },
    );
  });
});
