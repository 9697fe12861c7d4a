// Fuzzing the A/B functions: any arguments give a well-formed result or an InputError with a
// message; intervals contain the estimate, Wilson and Newcombe bounds stay in range.
import fc from "fast-check";
import { Report } from "../../../src/core/report";
import { InputError } from "../../../src/core/table/errors";
import { abTestFromArgs, meansFromRanges, sampleSizeFromArgs } from "../../../src/core/experiment/run";
import { twoProportionPower } from "../../../src/core/experiment/sample-size";

const scalar = fc.oneof(
  fc.constantFrom<unknown>(null, "", " ", 0, 1, "12", "1,000", -3, 2.5, "x", true, [[5]], [[1], [2]], "5%", 1e308, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: 0, max: 10_000 }),
  fc.integer({ min: 0, max: 10_000 }),
  fc.double(),
);
const confidence = fc.oneof(fc.constant(undefined), fc.double({ min: 0.5, max: 0.9999, noNaN: true }));

function expectInputError(e: unknown): void {
  expect(e).toBeInstanceOf(InputError);
  expect((e as Error).message.length).toBeGreaterThan(10);
}

function wellFormed(report: Report): void {
  for (const t of report.tables) {
    for (const row of t.rows) {
      expect(row).toHaveLength(t.header.length);
      for (const c of row) if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
    }
  }
}

function within(x: number, lo: number, hi: number): void {
  expect(x).toBeGreaterThanOrEqual(lo);
  expect(x).toBeLessThanOrEqual(hi);
}

describe("fuzzing the A/B functions", () => {
  test("=CX.ABTEST on any arguments", () => {
    fc.assert(
      fc.property(scalar, scalar, scalar, scalar, confidence, (ca, va, cb, vb, conf) => {
        try {
          const { result: r, report } = abTestFromArgs({ conversionsA: ca, visitorsA: va, conversionsB: cb, visitorsB: vb }, conf);
          wellFormed(report);
          within(r.difference, r.interval.lower, r.interval.upper);
          within(r.interval.lower, -1, 1);
          within(r.interval.upper, -1, 1);
          within(r.p, 0, 1);
          for (const arm of [r.a, r.b]) {
            within(arm.rate, arm.interval.lower, arm.interval.upper);
            within(arm.interval.lower, 0, 1);
            within(arm.interval.upper, 0, 1);
          }
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("=CX.ABTEST on valid counts always gives a result", () => {
    const arm = fc.integer({ min: 1, max: 1e9 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(arm, arm, confidence, ([xa, na], [xb, nb], conf) => {
        const { result: r } = abTestFromArgs({ conversionsA: xa, visitorsA: na, conversionsB: xb, visitorsB: nb }, conf);
        within(r.difference, r.interval.lower, r.interval.upper);
        expect(r.verdict).toMatch(/^B converts at .*\.$/);
      }),
      { numRuns: 1000 },
    );
  });

  test("=CX.ABTEST.MEANS on any columns", () => {
    let ok = 0;
    const cell = fc.oneof(fc.constantFrom<unknown>(null, "", 0, "x", "Revenue", 1e308, -1e308, 5e-324), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -50, max: 50 }));
    const column = fc.array(cell.map((c) => [c]), { maxLength: 15 });
    fc.assert(
      fc.property(column, column, confidence, (a, b, conf) => {
        try {
          const { result: r, report } = meansFromRanges(a, b, conf);
          wellFormed(report);
          within(r.difference, r.interval.lower, r.interval.upper);
          within(r.p, 0, 1);
          // Welch-Satterthwaite df lie between min(n_A, n_B) - 1 and n_A + n_B - 2.
          within(r.df, Math.min(r.a.n, r.b.n) - 1 - 1e-9, r.a.n + r.b.n - 2 + 1e-9);
          ok++;
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 600 },
    );
    expect(ok).toBeGreaterThan(50);
  });

  test("=CX.SAMPLESIZE on any arguments; the n found reaches the power asked for", () => {
    let ok = 0;
    const thousandths = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((k) => k / 1000);
    const rate = fc.oneof({ arbitrary: scalar, weight: 1 }, { arbitrary: fc.double({ min: 0.001, max: 0.999, noNaN: true }), weight: 2 }, { arbitrary: thousandths(1, 999), weight: 2 });
    const effect = fc.oneof({ arbitrary: scalar, weight: 1 }, { arbitrary: fc.double({ min: -0.5, max: 0.5, noNaN: true }), weight: 2 }, { arbitrary: thousandths(-300, 300), weight: 2 });
    const power = fc.oneof(fc.constant(undefined), scalar, fc.double({ min: 0.5, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true }));
    const alpha = fc.oneof(fc.constant(undefined), scalar, fc.double({ min: 0.001, max: 0.2, noNaN: true }), fc.double({ min: 0.001, max: 0.2, noNaN: true }));
    fc.assert(
      fc.property(rate, effect, power, alpha, (base, mde, power, alpha) => {
        try {
          const { result: r, report } = sampleSizeFromArgs({ baseRate: base, effect: mde, power, alpha });
          wellFormed(report);
          expect(Number.isInteger(r.perArm)).toBe(true);
          expect(r.perArm).toBeGreaterThanOrEqual(1);
          if (r.perArm < 1e12) expect(twoProportionPower(r.perArm, r.p1, r.p2, r.alpha)).toBeGreaterThanOrEqual(r.power - 1e-9);
          ok++;
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 1000 },
    );
    expect(ok).toBeGreaterThan(50);
  });
});
