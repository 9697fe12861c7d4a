// Fuzzing =CX.RFM*: any mix of numbers, text, booleans, blanks and huge values gives either a
// well-formed table or #VALUE! with a message, never a crash, a hang, NaN or Infinity.
import fc from "fast-check";
import { rfm, rfmScore, rfmSummary } from "../../src/functions/rfm";
import { STANDARD_SEGMENTS } from "../../src/core/rfm/segments";

const cell = fc.oneof(
  fc.constantFrom<unknown>(null, "", " ", 0, true, false, "n/a", "Customer", "2024-02-30", "20240305", "1,234.5", "(12)", "$5", "=1+1", "@x"),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, 2958465, 2958466, 60, 61, 45292.5),
  fc.integer({ min: -1000, max: 100000 }),
  fc.integer({ min: 40000, max: 47000 }), // plausible Excel dates
  fc.string({ maxLength: 12 }),
  fc.date({ min: new Date("1800-01-01"), max: new Date("2200-01-01"), noInvalidDate: false }),
);
const column = (n: number) => fc.array(cell.map((c) => [c]), { minLength: n, maxLength: n });
const aligned = fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(column(n), column(n), column(n)));
const size = fc.integer({ min: 0, max: 8 });
const ragged = fc.tuple(size, size, size).chain(([a, b, c]) => fc.tuple(column(a), column(b), column(c)));
const columns = fc.oneof({ arbitrary: aligned, weight: 4 }, { arbitrary: ragged, weight: 1 });
const optional = fc.option(fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })), { nil: undefined });

function checkOutcome(f: () => unknown[][], width: number, validate: (row: unknown[]) => void): void {
  let out: unknown[][];
  try {
    out = f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    const err = e as CustomFunctions.Error;
    expect(err.code).toBe(CustomFunctions.ErrorCode.invalidValue);
    expect(typeof err.message).toBe("string");
    expect(err.message!.length).toBeGreaterThan(5);
    expect(err.message).not.toMatch(/^Unexpected error/);
    return;
  }
  expect(Array.isArray(out)).toBe(true);
  for (const row of out) {
    expect(row).toHaveLength(width);
    for (const c of row) {
      expect(["number", "string"]).toContain(typeof c);
      if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
    }
  }
  out.slice(1).forEach(validate);
}

const score = (x: unknown) => {
  expect(Number.isInteger(x)).toBe(true);
  expect(x).toBeGreaterThanOrEqual(1);
  expect(x).toBeLessThanOrEqual(9);
};

describe("fuzzing =CX.RFM, =CX.RFM.SUMMARY, =CX.RFM.SCORE", () => {
  test("=CX.RFM: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns, optional, optional, optional, ([ids, dates, amounts], asOf, bins, map) => {
        checkOutcome(() => rfm(ids, dates, amounts, asOf, bins as never, map as never), 9, (row) => {
          expect(row[1]).toBeGreaterThanOrEqual(0);
          expect(row[2]).toBeGreaterThanOrEqual(1);
          [row[4], row[5], row[6]].forEach(score);
          expect(row[7]).toBe(`${row[4]}${row[5]}${row[6]}`);
          expect(typeof row[8]).toBe("string");
        });
      }),
      { numRuns: 400 },
    );
  });

  test("=CX.RFM on valid data of any size and values always gives a standard segment per customer", () => {
    const tx = fc.array(
      fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", "f", 7, 8), fc.integer({ min: 1, max: 2958465 }).filter((d) => d !== 60), fc.double({ min: -1e300, max: 1e300, noNaN: true })),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(tx, fc.integer({ min: 2, max: 9 }), (rows, bins) => {
        checkOutcome(() => rfm(rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]]), null, [[bins]]), 9, (row) => {
          expect(STANDARD_SEGMENTS).toContain(row[8]);
          [row[4], row[5], row[6]].forEach((s) => expect(s).toBeLessThanOrEqual(bins));
        });
      }),
      { numRuns: 300 },
    );
  });

  test("=CX.RFM.SUMMARY: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns, optional, ([ids, dates, amounts], bins) => {
        checkOutcome(() => rfmSummary(ids, dates, amounts, null, bins as never), 8, (row) => {
          expect(row[2]).toBeGreaterThan(0);
          expect(row[2]).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("=CX.RFM.SCORE: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns, optional, optional, ([r, f, m], bins, map) => {
        checkOutcome(() => rfmScore(r, f, m, bins as never, map as never), 5, (row) => {
          if (row[0] === "") return;
          [row[0], row[1], row[2]].forEach(score);
        });
      }),
      { numRuns: 400 },
    );
  });
});
