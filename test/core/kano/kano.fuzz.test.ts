// Fuzzing the Kano engine: any mix of cells gives a well-formed result or an InputError with a
// message; valid answers always give consistent statistics.
import fc from "fast-check";
import { kanoFromRanges } from "../../../src/core/kano/run";
import { kanoClassGrid } from "../../../src/core/kano/classify";
import { KANO_CATEGORIES } from "../../../src/core/kano/evaluation";
import { InputError } from "../../../src/core/table/errors";
import { findTable } from "../../../src/core/report";

const anyCell = fc.oneof(
  fc.constantFrom<unknown>(null, "", " ", 0, 1, 2, 3, 4, 5, 6, "3", "I like it", "我不喜欢", "理所当然", "maybe", true, "Feature", 2.5, -1),
  fc.double(),
  fc.string({ maxLength: 8 }),
);
const answer = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom("I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it", "我喜欢", "理所当然", "无所谓", "能忍受", "我不喜欢", "like", "Dislike!", ""),
);

function grid<T>(cell: fc.Arbitrary<T>, rows: number, cols: number): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
}

function expectInputError(e: unknown): void {
  expect(e).toBeInstanceOf(InputError);
  expect((e as Error).message.length).toBeGreaterThan(10);
}

describe("fuzzing Kano", () => {
  test("any cells: a result or an InputError", () => {
    const shape = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 4 }));
    const input = shape.chain(([r, c]) => fc.tuple(grid(anyCell, r, c), grid(anyCell, r, c), fc.option(grid(anyCell, 1, c), { nil: undefined })));
    fc.assert(
      fc.property(input, ([f, d, names]) => {
        try {
          const { report } = kanoFromRanges({ functional: f, dysfunctional: d, featureNames: names });
          for (const t of report.tables) {
            for (const row of t.rows) {
              expect(row).toHaveLength(t.header.length);
              for (const c of row) if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
            }
          }
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("valid answers: consistent statistics", () => {
    const shape = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }));
    const input = shape.chain(([r, c]) => fc.tuple(grid(answer, r, c), grid(answer, r, c)));
    fc.assert(
      fc.property(input, ([f, d]) => {
        let out;
        try {
          out = kanoFromRanges({ functional: f, dysfunctional: d });
        } catch (e) {
          expectInputError(e); // only possible when a feature has no complete pair
          expect((e as Error).message).toMatch(/no respondent answered both questions/);
          return;
        }
        for (const x of out.result.features) {
          const total = KANO_CATEGORIES.reduce((a, c) => a + x.counts[c], 0);
          expect(total).toBe(x.n);
          expect(KANO_CATEGORIES.reduce((a, c) => a + x.shares[c], 0)).toBeCloseTo(1, 12);
          for (const c of KANO_CATEGORIES) expect(x.counts[c]).toBeLessThanOrEqual(x.counts[x.category]);
          expect(x.counts[x.second]).toBeLessThanOrEqual(x.counts[x.category]);
          expect(x.categoryStrength).toBeGreaterThanOrEqual(0);
          expect(x.totalStrength).toBeGreaterThanOrEqual(0);
          expect(x.totalStrength).toBeLessThanOrEqual(1 + 1e-12);
          if (x.better !== undefined) {
            expect(x.better).toBeGreaterThanOrEqual(0);
            expect(x.better).toBeLessThanOrEqual(1);
            expect(x.worse!).toBeGreaterThanOrEqual(-1);
            expect(x.worse!).toBeLessThanOrEqual(0);
          }
          expect(x.fong.significant).toBe(x.fong.difference >= x.fong.threshold && x.fong.difference > 0);
          expect(x.continuous.functional).toBeGreaterThanOrEqual(-2);
          expect(x.continuous.functional).toBeLessThanOrEqual(4);
          expect(x.continuous.dysfunctional).toBeGreaterThanOrEqual(-2);
          expect(x.continuous.dysfunctional).toBeLessThanOrEqual(4);
          expect(x.n + x.blank).toBe(out.result.respondentRows.length);
        }
        expect(findTable(out.report, "features").rows).toHaveLength(out.result.features.length);
      }),
      { numRuns: 400 },
    );
  });

  test("=CX.KANO.CLASS on any cells: letters and blanks, or an InputError", () => {
    const arg = fc.oneof(anyCell, fc.integer({ min: 1, max: 3 }).chain((r) => grid(anyCell, r, 2)));
    fc.assert(
      fc.property(arg, arg, (f, d) => {
        try {
          const out = kanoClassGrid(f, d);
          for (const row of out) for (const c of row) expect(["A", "O", "M", "I", "R", "Q", "", "Kano category"]).toContain(c);
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 500 },
    );
  });
});
