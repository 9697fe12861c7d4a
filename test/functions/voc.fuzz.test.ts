// Fuzzing the NPS, CSAT and CES functions: any mix of numbers, text, booleans, blanks and huge values
// gives a well-formed table with finite numbers (NPS within -100..100, shares within 0..1, every
// interval around its estimate), or #VALUE! with a message.
import fc from "fast-check";
import { ces, cesBy, csat, csatBy, nps, npsBy, npsTest, npsTrend } from "../../src/functions/voc";
import { tableOrValueError } from "./fuzz-outcome";

const noise = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, "", " ", 11, -1, 2.5, "n/a", "Score", true, false, "9", "5%", "1,234", "=1+1", "#N/A"),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, 2958466),
  fc.string({ maxLength: 8 }),
);
const blank = fc.constantFrom<unknown>(null, "", " ");
const column = (c: fc.Arbitrary<unknown>, n: number) => fc.array(c.map((x) => [x]), { minLength: n, maxLength: n });
/** Mostly valid values, sometimes anything. */
const mostly = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: noise, weight: 1 });
const group = fc.constantFrom<unknown>("Gold", "Silver", "Tier 10", "Total", "", 3, true);
const date = fc.oneof(fc.integer({ min: 36526, max: 47000 }), fc.constantFrom<unknown>("2024-01-31", "2023-12-31", "20240229", "", null, 1, 2958465));
const confidence = fc.option(mostly(fc.constantFrom<unknown>(0.9, 95, "80%", 0.5, 0.999, [[0.9]])), { nil: undefined });
const period = fc.option(mostly(fc.constantFrom<unknown>("week", "Month", "quarter", "year")), { nil: undefined });

/** Scores of one survey: clean (answers and blanks only) or noisy, with a header row sometimes, and sometimes a whole column's trailing blanks. */
function scores(min: number, max: number): fc.Arbitrary<unknown[][]> {
  const clean = fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 8 }, { arbitrary: blank, weight: 1 });
  const noisy = fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 10 }), weight: 2 }, { arbitrary: noise, weight: 1 });
  return fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean(), fc.boolean())
    .chain(([n, isNoisy, withHeader, trailing]) =>
      column(isNoisy ? noisy : clean, n).map((c) => [...(withHeader ? [["Score"]] : []), ...c, ...(trailing ? new Array<unknown[]>(200).fill([""]) : [])]),
    );
}

/** Scores with a second column (groups or dates) of the same height, sometimes of another height; its values valid, or sometimes anything. */
function withSecond(s: fc.Arbitrary<unknown[][]>, second: fc.Arbitrary<unknown>): fc.Arbitrary<[unknown[][], unknown[][]]> {
  return fc
    .tuple(s, fc.integer({ min: 0, max: 9 }), fc.boolean())
    .chain(([x, odd, noisy]) => {
      const header = x[0]?.[0] === "Score";
      const n = (odd === 0 ? Math.max(0, x.length - 1) : x.length) - (header ? 1 : 0);
      return fc.tuple(fc.constant(x), column(noisy ? mostly(second) : second, Math.max(0, n)).map((c) => (header ? [["Segment"], ...c] : c)));
    });
}

function within(x: unknown, lo: number, hi: number): void {
  expect(typeof x).toBe("number");
  expect(x).toBeGreaterThanOrEqual(lo - 1e-9);
  expect(x).toBeLessThanOrEqual(hi + 1e-9);
}

/** An NPS row from column `at` on: respondents, promoters, passives, detractors, NPS, SE, CI low, CI high. */
function npsRow(row: unknown[], at = 0): void {
  const [n, p, pa, d, v, se, lo, hi] = row.slice(at) as number[];
  expect(Number.isInteger(n) && n >= 1).toBe(true);
  expect(p + pa + d).toBeCloseTo(1, 12);
  within(v, -100, 100);
  expect(se).toBeGreaterThanOrEqual(0);
  within(v, lo, hi);
  within(lo, -100, 100);
  within(hi, -100, 100);
}

/** A share with its interval: share, low, high within 0..1, around the share. */
function shareRow(share: unknown, lo: unknown, hi: unknown): void {
  within(share, 0, 1);
  within(lo, 0, share as number);
  within(hi, share as number, 1);
}

const RUNS = { numRuns: 300 };
let outcomes = { tables: 0, errors: 0 };
function count(out: unknown): void {
  if (out) outcomes.tables++;
  else outcomes.errors++;
}

describe("fuzzing the VoC functions", () => {
  beforeEach(() => {
    outcomes = { tables: 0, errors: 0 };
  });
  afterEach(() => {
    // Both outcomes are exercised in every test.
    expect(outcomes.tables).toBeGreaterThan(30);
    expect(outcomes.errors).toBeGreaterThan(30);
  });

  test("=CX.NPS", () => {
    fc.assert(fc.property(scores(0, 10), confidence, (s, c) => count(tableOrValueError(() => nps(s, c), (row) => npsRow(row)))), RUNS);
  });

  test("=CX.NPS.BY", () => {
    fc.assert(
      fc.property(withSecond(scores(0, 10), group), confidence, ([s, g], c) => {
        const out = tableOrValueError(() => npsBy(s, g, c), (row) => npsRow(row, 1));
        count(out);
        // The last row is the total: the sum of the groups' respondents.
        if (out) expect(out[out.length - 1][1]).toBe(out.slice(1, -1).reduce((a, r) => a + (r[1] as number), 0));
      }),
      RUNS,
    );
  });

  test("=CX.NPS.TREND", () => {
    fc.assert(fc.property(withSecond(scores(0, 10), date), period, confidence, ([s, d], p, c) => count(tableOrValueError(() => npsTrend(s, d, p, c), (row) => npsRow(row, 1)))), RUNS);
  });

  test("=CX.NPS.TEST", () => {
    fc.assert(
      fc.property(scores(0, 10), scores(0, 10), confidence, (a, b, c) =>
        count(
          tableOrValueError(
            () => npsTest(a, b, c),
            (row) => {
              within(row[1], -100, 100);
              within(row[3], -100, 100);
              within(row[4], -200, 200);
              within(row[9], 0, 1);
              expect(typeof row[10]).toBe("string");
            },
          ),
        ),
      ),
      RUNS,
    );
  });

  test("=CX.CSAT and =CX.CSAT.BY", () => {
    const scale = fc.option(mostly(fc.constantFrom<unknown>(5, "7", 10)), { nil: undefined });
    const topBox = fc.option(mostly(fc.integer({ min: 1, max: 5 })), { nil: undefined });
    fc.assert(
      fc.property(withSecond(scores(1, 5), group), scale, topBox, ([s, g], sc, top) => {
        const check = (at: number) => (row: unknown[]) => {
          expect(Number.isInteger(row[at]) && (row[at] as number) >= 1).toBe(true);
          shareRow(row[at + 2], row[at + 3], row[at + 4]);
          if (row[at + 6] !== "") within(row[at + 5], row[at + 6] as number, row[at + 7] as number);
        };
        count(tableOrValueError(() => csat(s, sc, top), check(0)));
        count(tableOrValueError(() => csatBy(s, g, sc, top), check(1)));
      }),
      RUNS,
    );
  });

  test("=CX.CES and =CX.CES.BY", () => {
    const scale = fc.option(mostly(fc.constantFrom<unknown>(5, 7, "5")), { nil: undefined });
    fc.assert(
      fc.property(withSecond(scores(1, 5), group), scale, ([s, g], sc) => {
        const check = (at: number) => (row: unknown[]) => {
          within(row[at + 1], 1, 7);
          if (row[at + 2] !== "") within(row[at + 1], row[at + 2] as number, row[at + 3] as number);
          if (row.length - at > 4) shareRow(row[at + 5], row[at + 6], row[at + 7]);
        };
        count(tableOrValueError(() => ces(s, sc), check(0)));
        count(tableOrValueError(() => cesBy(s, g, sc), check(1)));
      }),
      RUNS,
    );
  });
});
