// Fuzzing NPS, CSAT and CES: any cells give a well-formed result or an InputError with a message;
// NPS stays within -100..100, every interval contains its estimate, Wilson bounds stay in [0, 1].
import fc from "fast-check";
import { Report } from "../../../src/core/report";
import { InputError } from "../../../src/core/table/errors";
import { confidenceArg } from "../../../src/core/voc/args";
import { readVoc } from "../../../src/core/voc/input";
import { npsAnalysis, npsTestAnalysis } from "../../../src/core/voc/nps-analysis";
import { cesAnalysis, csatAnalysis, csatOptionsFromArgs, scaleArg } from "../../../src/core/voc/satisfaction-analysis";
import { CES_SCALES } from "../../../src/core/voc/ces";
import { PERIODS } from "../../../src/core/voc/period";

const cell = fc.oneof(
  fc.constantFrom<unknown>(null, "", " ", 0, "0", 10, "9", 7, 11, -1, 2.5, "n/a", "Score", true, "2024-03-05", 45292, "5%"),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 10 }),
  fc.double(),
  fc.string({ maxLength: 6 }),
);
const validScore = fc.integer({ min: 0, max: 10 });
const column = <T>(c: fc.Arbitrary<T>, n: number) => fc.array(c.map((x) => [x]), { minLength: n, maxLength: n });
const group = fc.constantFrom("Gold", "Silver", "Bronze", "", 3);
const date = fc.oneof(fc.integer({ min: 36526, max: 47000 }), fc.constantFrom("2024-01-31", "2023-12-31", ""));
const confidence = fc.oneof(fc.constant(undefined), fc.double({ min: 0.5, max: 0.9999, noNaN: true }));

function expectInputError(e: unknown): void {
  expect(e).toBeInstanceOf(InputError);
  expect((e as Error).message.length).toBeGreaterThan(10);
}

function wellFormed(report: Report): void {
  for (const t of report.tables) {
    expect(t.formats).toHaveLength(t.header.length);
    for (const row of t.rows) {
      expect(row).toHaveLength(t.header.length);
      for (const c of row) if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
    }
  }
  expect(report.explanation.length).toBeGreaterThan(0);
}

function within(x: number, lo: number, hi: number): void {
  expect(x).toBeGreaterThanOrEqual(lo);
  expect(x).toBeLessThanOrEqual(hi);
}

describe("fuzzing VoC", () => {
  test("NPS of any cells, with groups and dates", () => {
    let ok = 0;
    const input = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(column(fc.oneof(cell, validScore, validScore), n), column(group, n), column(date, n)));
    fc.assert(
      fc.property(input, fc.boolean(), fc.boolean(), confidence, fc.constantFrom(...PERIODS), ([scores, groups, dates], withGroups, withDates, conf, period) => {
        try {
          const data = readVoc({ scores, groups: withGroups ? groups : undefined, dates: withDates ? dates : undefined });
          const { result, report } = npsAnalysis(data, { confidence: conf, period });
          wellFormed(report);
          for (const r of [result.overall, ...(result.groups ?? []).map((g) => g.result), ...(result.periods ?? []).map((g) => g.result)]) {
            within(r.nps, -100, 100);
            within(r.nps, r.interval.lower, r.interval.upper);
            within(r.interval.lower, -100, 100);
            within(r.interval.upper, -100, 100);
            expect(r.promoterShare + r.passiveShare + r.detractorShare).toBeCloseTo(1, 12);
            expect(r.counts.reduce((a, b) => a + b, 0)).toBe(r.n);
          }
          if (result.groups) expect(result.groups.reduce((a, g) => a + g.result.n, 0)).toBe(result.overall.n);
          ok++;
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 400 },
    );
    expect(ok).toBeGreaterThan(40); // the generator reaches the analysis, not only the errors
  });

  test("NPS.TEST of any two columns", () => {
    let ok = 0;
    const col = fc.integer({ min: 0, max: 15 }).chain((n) => column(fc.oneof(cell, validScore, validScore, validScore), n));
    fc.assert(
      fc.property(col, col, confidence, (a, b, conf) => {
        try {
          const { result, report } = npsTestAnalysis(readVoc({ scores: a }, { scores: "scores_a" }), readVoc({ scores: b }, { scores: "scores_b" }), { confidence: conf });
          wellFormed(report);
          within(result.difference, -200, 200);
          within(result.difference, result.interval.lower, result.interval.upper);
          within(result.p, 0, 1);
          expect(result.significant).toBe(result.p < 1 - (conf ?? 0.95));
          ok++;
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 400 },
    );
    expect(ok).toBeGreaterThan(20);
  });

  test("CSAT and CES of any cells, any scale arguments", () => {
    let ok = 0;
    const answer = fc.oneof({ arbitrary: cell, weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 7 }), weight: 4 });
    const input = fc.integer({ min: 0, max: 15 }).chain((n) => fc.tuple(column(answer, n), column(group, n)));
    const scale = fc.constantFrom<unknown>(undefined, 5, 7, 10, "7", 6, "x");
    fc.assert(
      fc.property(input, scale, fc.constantFrom<unknown>(undefined, 1, 3, 4, 6, 9, 11, "x"), fc.boolean(), confidence, ([scores, groups], sc, top, withGroups, conf) => {
        try {
          const data = readVoc({ scores, groups: withGroups ? groups : undefined });
          const { result, report } = csatAnalysis(data, csatOptionsFromArgs({ scale: sc, topBox: top, confidence: conf }));
          wellFormed(report);
          for (const r of [result.overall, ...(result.groups ?? []).map((g) => g.result)]) {
            within(r.share, r.interval.lower, r.interval.upper);
            within(r.interval.lower, 0, 1);
            within(r.interval.upper, 0, 1);
            if (r.mean.interval) within(r.mean.mean, r.mean.interval.lower, r.mean.interval.upper);
          }
          ok++;
        } catch (e) {
          expectInputError(e);
        }
        try {
          const data = readVoc({ scores, groups: withGroups ? groups : undefined });
          const { result, report } = cesAnalysis(data, { scale: scaleArg(sc, CES_SCALES, 7), confidence: conf });
          wellFormed(report);
          const r = result.overall;
          within(r.mean.mean, 1, r.scale);
          if (r.agreeInterval) {
            within(r.agreeShare!, r.agreeInterval.lower, r.agreeInterval.upper);
            within(r.agreeInterval.lower, 0, 1);
            within(r.agreeInterval.upper, 0, 1);
          }
          ok++;
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 400 },
    );
    expect(ok).toBeGreaterThan(40);
  });

  test("confidence argument of any cell: a level in (0, 1) or an InputError", () => {
    fc.assert(
      fc.property(fc.oneof(cell, fc.double()), (v) => {
        try {
          within(confidenceArg(v), Number.MIN_VALUE, 1 - Number.EPSILON / 2);
        } catch (e) {
          expectInputError(e);
        }
      }),
      { numRuns: 500 },
    );
  });
});
