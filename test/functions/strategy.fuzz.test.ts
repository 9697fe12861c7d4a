// Fuzzing the strategy functions: any mix of numbers, text, booleans, blanks and huge values gives
// a well-formed result (actions from their sets, ranks from 1 to n, finite numbers) or #VALUE!
// with a message; never a crash, a hang, NaN or Infinity.
import fc from "fast-check";
import { errc, matrix, matrixSummary, score, valueCurve, valueCurveSummary } from "../../src/functions/strategy";
import { tableOrValueError } from "./fuzz-outcome";

const noise = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, "", " ", "n/a", "Ours", true, false, "9", "5%", "=1+1", "#N/A", -1, 0),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, 1e100, -1e100, 1e-300, 5e-324),
  fc.string({ maxLength: 6 }),
);
const blank = fc.constantFrom<unknown>(null, "", " ");
const level = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 10, noNaN: true }));
const mostly = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: blank, weight: 1 }, { arbitrary: noise, weight: 1 });
const optional = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: valid, weight: 3 }, { arbitrary: noise, weight: 1 });
const column = (values: fc.Arbitrary<unknown>, n: number) => fc.array(values.map((v) => [v]), { minLength: n, maxLength: n });
const RUNS = { numRuns: 200 };
/** A per-row spill (its first row may be data, not a header) checked as a table under a stand-in header. */
const perRow = (f: () => unknown[][]) => () => {
  const out = f();
  expect(out.length).toBeGreaterThan(0);
  return [out[0].map((_, j) => `Column ${j + 1}`), ...out];
};

/** n rows x d columns with a header row sometimes, and a column of factor names (usually as tall). */
const canvas = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.integer({ min: -1, max: 1 })).chain(([n, d, header, off]) =>
  fc.tuple(
    fc.array(fc.array(mostly(level), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }).map((rows) => (header ? [["Ours", "A", "B", "C", "D"].slice(0, d), ...rows] : rows)),
    column(mostly(fc.constantFrom("Price", "Lobby", "Beds", "Wifi")), Math.max(0, n + (header ? 1 : 0) + off)),
    optional(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom<unknown>("Ours", "A", "Z"))),
    optional(fc.double({ min: 0, max: 2, noNaN: true })),
    optional(column(mostly(fc.double({ min: -1, max: 1, noNaN: true })), n + (header ? 1 : 0))),
  ),
);
const ACTIONS = ["Eliminate", "Reduce", "Match", "Raise", "Create"];

describe("strategy functions under fuzzing", () => {
  test("=CX.VALUECURVE and =CX.VALUECURVE.SUMMARY", () => {
    fc.assert(
      fc.property(canvas, ([levels, factors, own, tol, imp]) => {
        const out = tableOrValueError(() => valueCurve(factors, levels, undefined, own, tol, imp as unknown[][]), (row) => expect(ACTIONS).toContain(row[row.length - 1]));
        const sum = tableOrValueError(() => valueCurveSummary(factors, levels, undefined, own, tol, imp as unknown[][]));
        expect(out === undefined).toBe(sum === undefined);
      }),
      RUNS,
    );
  });

  test("=CX.ERRC", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.boolean(), fc.constantFrom<unknown>(undefined, "grid", "factors", "x"), (n, withInd, output) => {
        fc.assert(
          fc.property(column(mostly(fc.string({ maxLength: 4 })), n), column(mostly(level), n), column(mostly(level), n), column(mostly(level), withInd ? n : 0), (f, c, p, ind) => {
            tableOrValueError(() => errc(f, c, p, withInd ? ind : undefined, output));
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 40 },
    );
  });

  test("=CX.SCORE: ranks from 1 to the number of rows scored", () => {
    const grid = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 })).chain(([n, d]) =>
      fc.tuple(
        fc.array(fc.array(mostly(fc.oneof(level, fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(1e100, -1e100))), { minLength: d, maxLength: d }), { minLength: n, maxLength: n }),
        fc.oneof({ arbitrary: fc.array(mostly(fc.integer({ min: -3, max: 3 })), { minLength: d, maxLength: d }).map((w) => [w]), weight: 6 }, { arbitrary: noise, weight: 1 }),
        optional(fc.constantFrom<unknown>("minmax", "z", "none", "Z")),
      ),
    );
    fc.assert(
      fc.property(grid, ([scores, weights, normalize]) => {
        const out = tableOrValueError(perRow(() => score(scores, weights as unknown[][], normalize)));
        if (!out) return;
        const ranks = out.slice(1).map((r) => r[1]).filter((r): r is number => typeof r === "number");
        for (const r of ranks) expect(r).toBeGreaterThanOrEqual(1);
        for (const r of ranks) expect(r).toBeLessThanOrEqual(ranks.length);
      }),
      RUNS,
    );
  });

  test("=CX.MATRIX and =CX.MATRIX.SUMMARY: counts add up", () => {
    const num = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const args = fc.integer({ min: 0, max: 15 }).chain((n) =>
      fc.tuple(column(mostly(num), n), column(mostly(num), n), optional(num), optional(num), optional(fc.constant([["a", "b"], ["c", "d"]]))),
    );
    fc.assert(
      fc.property(args, ([x, y, xs, ys, labels]) => {
        const per = tableOrValueError(perRow(() => matrix(x, y, xs, ys, labels as unknown[][])));
        const sum = tableOrValueError(() => matrixSummary(x, y, xs, ys, labels as unknown[][]));
        expect(per === undefined).toBe(sum === undefined);
        if (per && sum) {
          const counted = per.slice(1).filter((r) => r[0] !== "" && r[0] !== "Quadrant").length;
          expect(sum.slice(1).reduce((s, r) => s + (r[3] as number), 0)).toBe(counted);
        }
      }),
      RUNS,
    );
  });
});
