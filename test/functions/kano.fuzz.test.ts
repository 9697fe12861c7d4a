// Fuzzing =CX.KANO and =CX.KANO.CLASS: any mix of answers, numbers, text, booleans, blanks and huge
// values gives a well-formed table with finite numbers, or #VALUE! with a message.
import fc from "fast-check";
import { kano, kanoClass } from "../../src/functions/kano";
import { tableOrValueError } from "./fuzz-outcome";

const answer = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom<unknown>("1", "5", "I like it", "I expect it", "neutral", "live with", "dislike", "我喜欢", "理所当然", "无所谓", "能忍受", "我不喜欢", "1. I like it"),
);
const noise = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, "", " ", 0, 6, -1, 2.5, true, false, "n/a", "Wifi", "Feature", "=1+1", "#N/A"),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324, 1_048_576),
  fc.string({ maxLength: 10 }),
);
const blank = fc.constantFrom<unknown>(null, "", " ");
const clean = fc.oneof({ arbitrary: answer, weight: 6 }, { arbitrary: blank, weight: 1 });
const cell = fc.oneof({ arbitrary: answer, weight: 6 }, { arbitrary: blank, weight: 1 }, { arbitrary: noise, weight: 1 });
const grid = (rows: number, cols: number, c: fc.Arbitrary<unknown> = cell) =>
  fc.array(fc.array(c, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const header = (cols: number) => fc.array(fc.constantFrom<unknown>("Wifi", "Pool", "Price", "", "Speed"), { minLength: cols, maxLength: cols });
/** Two answer grids of one shape (sometimes with a header row, sometimes of different shapes). */
const surveys = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.integer({ min: 0, max: 9 }), fc.boolean())
  .chain(([rows, cols, withHeader, odd, noisy]) =>
    fc.tuple(
      fc.tuple(header(cols), grid(rows, cols, noisy ? cell : clean)).map(([h, g]) => (withHeader ? [h, ...g] : g)),
      odd === 0
        ? grid(rows + 1, Math.max(1, cols - 1))
        : fc.tuple(header(cols), grid(rows, cols, noisy ? cell : clean)).map(([h, g]) => (withHeader ? [h, ...g] : g)),
      fc.option(fc.oneof(grid(1, cols, fc.string({ maxLength: 6 })), grid(cols, 1, noise), fc.constant([[null]])), { nil: undefined }),
    ),
  );

describe("fuzzing =CX.KANO and =CX.KANO.CLASS", () => {
  test("=CX.KANO: a table or #VALUE!", () => {
    let tables = 0;
    let errors = 0;
    fc.assert(
      fc.property(surveys, ([functional, dysfunctional, names]) => {
        const out = tableOrValueError(
          () => kano(functional as never, dysfunctional as never, names as never),
          (row) => {
            const n = row[1] as number;
            expect(Number.isInteger(n) && n >= 1).toBe(true);
            // The category counts add up to the respondents; shares and strengths stay within 0..1.
            expect((row.slice(3, 9) as number[]).reduce((a, b) => a + b, 0)).toBe(n);
            for (const j of [9, 10]) expect(row[j]).toBeGreaterThanOrEqual(0);
            expect(row[10]).toBeLessThanOrEqual(1);
            expect(["yes", "no"]).toContain(row[11]);
            if (row[12] !== "") expect(row[12]).toBeGreaterThanOrEqual(0);
            if (row[13] !== "") expect(row[13]).toBeLessThanOrEqual(0);
          },
        );
        if (out) expect(out[0][0]).toBe("Feature");
        if (out) tables++;
        else errors++;
      }),
      { numRuns: 400 },
    );
    // Both outcomes are exercised.
    expect(tables).toBeGreaterThan(40);
    expect(errors).toBeGreaterThan(40);
  });

  test("=CX.KANO.CLASS: categories of the input's shape, or #VALUE!", () => {
    let tables = 0;
    let errors = 0;
    const shapes = fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.boolean())
      .chain(([rows, cols, kind, noisy]) => {
        const c = noisy ? cell : clean;
        return fc.tuple(grid(rows, cols, c), kind === 0 ? grid(1, 1, c) : kind === 1 ? grid(rows + 1, cols, c) : grid(rows, cols, c));
      });
    fc.assert(
      fc.property(shapes, ([f, d]) => {
        const out = tableOrValueError(() => kanoClass(f as never, d as never));
        if (!out) {
          errors++;
          return;
        }
        tables++;
        expect(out.length).toBeLessThanOrEqual(Math.max(f.length, d.length));
        for (const row of out) for (const c of row) expect(["A", "O", "M", "I", "R", "Q", "", "Kano category"]).toContain(c);
      }),
      { numRuns: 400 },
    );
    expect(tables).toBeGreaterThan(40);
    expect(errors).toBeGreaterThan(40);
  });

  test("=CX.KANO on valid answers never fails, and every respondent is counted once per feature", () => {
    const valid = fc.integer({ min: 1, max: 5 });
    const input = fc.tuple(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 5 })).chain(([rows, cols]) => fc.tuple(grid(rows, cols, valid), grid(rows, cols, valid)));
    fc.assert(
      fc.property(input, ([f, d]) => {
        const out = kano(f, d);
        expect(out).toHaveLength(f[0].length + 1);
        for (const row of out.slice(1)) expect(row[1]).toBe(f.length);
        expect(kanoClass(f, d)).toHaveLength(f.length);
      }),
      { numRuns: 200 },
    );
  });
});
