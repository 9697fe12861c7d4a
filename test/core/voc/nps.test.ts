import { findTable, tableGrid } from "../../../src/core/report";
import { InputError } from "../../../src/core/table/errors";
import { confidenceArg, confidenceLabel } from "../../../src/core/voc/args";
import { readVoc } from "../../../src/core/voc/input";
import { npsFromCounts, npsFromScores, npsGroupOf, npsVariance } from "../../../src/core/voc/nps";
import { npsAnalysis, npsTestAnalysis } from "../../../src/core/voc/nps-analysis";
import { npsDifference } from "../../../src/core/voc/nps-test";
import { isoWeek, periodLabel } from "../../../src/core/voc/period";

const col = (xs: unknown[]) => xs.map((x) => [x]);
/** Scores with the given numbers of answers per score, e.g. { 10: 50, 8: 30, 3: 20 }. */
function scores(counts: Record<number, number>): number[] {
  return Object.entries(counts).flatMap(([s, k]) => new Array<number>(k).fill(Number(s)));
}

describe("NPS", () => {
  // Hand-worked: 100 answers, 50 promoters, 30 passives, 20 detractors.
  //   NPS = 50% - 20% = 30; variance of the +1/0/-1 score = 0.5 + 0.2 - 0.3^2 = 0.61;
  //   SE = 100 sqrt(0.61 / 100) = 7.810250; 95% interval 30 -+ 1.959964 x 7.810250 = 14.6922 to 45.3078.
  test("shares, NPS, standard error and Wald interval, worked by hand", () => {
    const r = npsFromScores(scores({ 10: 30, 9: 20, 8: 10, 7: 20, 6: 5, 3: 10, 0: 5 }));
    expect([r.n, r.promoters, r.passives, r.detractors]).toEqual([100, 50, 30, 20]);
    expect(r.nps).toBeCloseTo(30, 12);
    expect(r.variance).toBeCloseTo(0.61, 14);
    expect(r.se).toBeCloseTo(7.810250, 6);
    expect(r.interval.lower).toBeCloseTo(14.692192, 6);
    expect(r.interval.upper).toBeCloseTo(45.307808, 6);
    expect(r.counts).toEqual([5, 0, 0, 10, 0, 0, 5, 20, 10, 20, 30]);
  });

  test("the variance is the variance of the +1/0/-1 scores", () => {
    const xs = scores({ 10: 7, 8: 4, 2: 9 }).map((s): number => (s >= 9 ? 1 : s >= 7 ? 0 : -1));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const popVar = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(npsVariance(7 / 20, 9 / 20)).toBeCloseTo(popVar, 14);
  });

  test("the interval is clipped to -100..100 and zero-width when all answers agree", () => {
    const all = npsFromCounts([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]);
    expect([all.nps, all.se, all.interval.lower, all.interval.upper]).toEqual([100, 0, 100, 100]);
    const near = npsFromScores([10, 10, 10, 0]);
    expect(near.interval.upper).toBe(100);
  });

  test("groups of scores: 0-6 detractor, 7-8 passive, 9-10 promoter", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroupOf)).toEqual(["Detractor", "Detractor", "Passive", "Passive", "Promoter", "Promoter"]);
  });

  test("other confidence levels", () => {
    const r = npsFromScores(scores({ 10: 50, 8: 30, 3: 20 }), 0.9);
    // z_0.95 = 1.644854: 30 -+ 1.644854 x 7.810250
    expect(r.interval.lower).toBeCloseTo(30 - 1.6448536269514726 * 7.810249675906654, 9);
    expect(confidenceLabel(0.9)).toBe("90%");
    expect(confidenceLabel(0.995)).toBe("99.5%");
  });
});

describe("=CX.NPS on ranges", () => {
  test("a score of 0 is an answer (not padding), header and blanks are skipped and counted", () => {
    const data = readVoc({ scores: col(["How likely?", 10, 0, "", 9, 0, 7]) });
    const { result, report } = npsAnalysis(data);
    expect(result.overall.n).toBe(5);
    expect(result.overall.detractors).toBe(2);
    expect(tableGrid(findTable(report, "nps"))).toEqual([
      ["Respondents", "Promoters", "Passives", "Detractors", "NPS", "Standard error", "95% CI low", "95% CI high"],
      [5, 0.4, 0.2, 0.4, 0, expect.any(Number), expect.any(Number), expect.any(Number)],
    ]);
    expect(report.explanation.join(" ")).toContain("1 empty row ignored."); // a blank score is an empty row here
    expect(report.explanation.join(" ")).toContain("first row was read as a header");
    const dist = findTable(report, "distribution");
    expect(dist.rows[0]).toEqual(["0", 2, 0.4, "Detractor"]);
    expect(dist.rows).toHaveLength(11);
  });

  test("trailing zeros of a whole-column range are padding; elsewhere they count", () => {
    const whole: unknown[][] = new Array(1_048_576).fill(0).map(() => [0]);
    whole[0] = [10];
    whole[1] = [0];
    whole[2] = [9];
    const { result } = npsAnalysis(readVoc({ scores: whole }));
    expect(result.overall.n).toBe(3);
    expect(npsAnalysis(readVoc({ scores: col([10, 9, 0, 0]) })).result.overall.n).toBe(4);
  });

  test("scores outside 0..10, fractions and text are reported with the row", () => {
    expect(() => npsAnalysis(readVoc({ scores: col([9, 11]) }))).toThrow(/^scores, row 2: 11 is not a whole number from 0 to 10/);
    expect(() => npsAnalysis(readVoc({ scores: col([9, 7.5]) }))).toThrow(/^scores, row 2: 7.5 is not a whole number from 0 to 10/);
    expect(() => npsAnalysis(readVoc({ scores: col([9, -1]) }))).toThrow(InputError);
    expect(() => npsAnalysis(readVoc({ scores: col([9, "great"]) }))).toThrow(/^scores, row 2: 'great' is not a number/);
    expect(() => npsAnalysis(readVoc({ scores: col(["", null]) }))).toThrow(/no answers/);
    expect(() => readVoc({ scores: [[1, 2]] })).not.toThrow(); // a single row reads as a row of answers
    expect(() => readVoc({ scores: [[1, 2], [3, 4]] })).toThrow(/^scores: expected a single column/);
  });

  test("by group: natural order of the names, then the total", () => {
    const data = readVoc({
      scores: col(["Score", 10, 9, 0, 8, 7, 10, 3, 0, 9, 10]),
      groups: col(["Tier", "Tier 10", "Tier 2", "Tier 2", "Tier 10", "Tier 2", "Tier 1", "Tier 1", "Tier 1", "Tier 10", "Tier 10"]),
    });
    const { result, report } = npsAnalysis(data);
    expect(result.groups!.map((g) => [g.name, g.result.n, g.result.nps])).toEqual([
      ["Tier 1", 3, (100 * (1 - 2)) / 3],
      ["Tier 2", 3, (100 * (1 - 1)) / 3],
      ["Tier 10", 4, 75],
    ]);
    const t = findTable(report, "byGroup");
    expect(t.header[0]).toBe("Tier");
    expect(t.rows.map((r) => r[0])).toEqual(["Tier 1", "Tier 2", "Tier 10", "Total"]);
    expect(t.rows[3][1]).toBe(10);
    expect(report.charts.some((c) => c.table === "byGroup")).toBe(true);
  });

  test("by period: months by default, weeks, quarters and years; time order", () => {
    const dates = col(["2024-03-31", "2024-01-15", "2024-03-01", "2023-12-31", "2024-01-02"]);
    const data = readVoc({ scores: col([10, 0, 9, 8, 10]), dates });
    const months = npsAnalysis(data).result.periods!;
    expect(months.map((p) => [p.name, p.result.n])).toEqual([
      ["2023-12", 1],
      ["2024-01", 2],
      ["2024-03", 2],
    ]);
    expect(npsAnalysis(data, { period: "quarter" }).result.periods!.map((p) => p.name)).toEqual(["2023-Q4", "2024-Q1"]);
    expect(npsAnalysis(data, { period: "year" }).result.periods!.map((p) => p.name)).toEqual(["2023", "2024"]);
    expect(npsAnalysis(data, { period: "week" }).result.periods!.map((p) => p.name)).toEqual(["2023-W52", "2024-W01", "2024-W03", "2024-W09", "2024-W13"]);
    const report = npsAnalysis(data).report;
    expect(findTable(report, "byPeriod").header[0]).toBe("Period");
    expect(report.charts.find((c) => c.table === "byPeriod")!.type).toBe("line");
  });

  test("ISO 8601 weeks at year ends (examples from the standard's week-date rules)", () => {
    const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
    expect(isoWeek(day("2021-01-03"))).toEqual({ year: 2020, week: 53 }); // a Sunday in the last week of 2020
    expect(isoWeek(day("2008-12-29"))).toEqual({ year: 2009, week: 1 }); // a Monday in week 1 of 2009
    expect(isoWeek(day("2024-01-01"))).toEqual({ year: 2024, week: 1 });
    expect(isoWeek(day("1969-12-31"))).toEqual({ year: 1970, week: 1 });
    expect(periodLabel(day("2024-11-30"), "quarter")).toBe("2024-Q4");
  });

  test("confidence argument: fraction, percent or percent text", () => {
    expect(confidenceArg(undefined)).toBe(0.95);
    expect(confidenceArg(0.9)).toBe(0.9);
    expect(confidenceArg(99)).toBe(0.99);
    expect(confidenceArg("80%")).toBeCloseTo(0.8, 15);
    expect(() => confidenceArg(1)).toThrow(/^confidence: 1 must be a probability between 0 and 1/);
    expect(() => confidenceArg("high")).toThrow(/^confidence: 'high' must be a probability/);
  });
});

describe("=CX.NPS.TEST", () => {
  // "Did NPS really rise from 60 to 72?" Two independent samples of 200:
  //   A: 70% promoters, 10% detractors: NPS 60, variance 0.8 - 0.6^2 = 0.44;
  //   B: 78% promoters, 6% detractors: NPS 72, variance 0.84 - 0.72^2 = 0.3216;
  //   SE = 100 sqrt(0.44/200 + 0.3216/200) = 6.170899; z = 12 / 6.170899 = 1.944611; p = 0.05182;
  //   95% interval 12 -+ 1.959964 x 6.170899 = -0.0947 to 24.0947: not significant, only just.
  test("difference, SE, z, p and interval, worked by hand", () => {
    const a = npsFromScores(scores({ 10: 140, 8: 40, 5: 20 }));
    const b = npsFromScores(scores({ 9: 156, 7: 32, 0: 12 }));
    const d = npsDifference(a, b);
    expect([a.nps, b.nps]).toEqual([60, 72]);
    expect(d.difference).toBeCloseTo(12, 12);
    expect(d.se).toBeCloseTo(6.170899, 6);
    expect(d.z).toBeCloseTo(1.944611, 6);
    expect(d.p).toBeCloseTo(0.0518218, 7);
    expect(d.interval.lower).toBeCloseTo(-0.0947407, 7);
    expect(d.interval.upper).toBeCloseTo(24.0947407, 7);
    expect(d.significant).toBe(false);
    expect(d.verdict).toBe(
      "NPS rose from 60.0 (A) to 72.0 (B): +12.0 points, 95% interval -0.1 to +24.1, p = 0.05; not statistically significant at the 95% level: the difference could be chance.",
    );
  });

  test("a clear rise is significant; a fall reads as a fall", () => {
    const a = npsFromScores(scores({ 10: 100, 5: 100 }));
    const b = npsFromScores(scores({ 10: 160, 5: 40 }));
    expect(npsDifference(a, b).verdict).toMatch(/^NPS rose .*; statistically significant at the 95% level\.$/);
    expect(npsDifference(b, a).verdict).toMatch(/^NPS fell from 60.0 \(A\) to 0.0 \(B\): -60.0 points/);
  });

  test("no spread in either sample: p is 0 when the NPS differ, 1 when they agree", () => {
    const all10 = npsFromScores([10, 10]);
    const all0 = npsFromScores([0, 0, 0]);
    const d = npsDifference(all0, all10);
    expect([d.se, d.z, d.p]).toEqual([0, undefined, 0]);
    expect(npsDifference(all10, npsFromScores([9])).p).toBe(1);
  });

  test("from two ranges, with the table =CX.NPS.TEST spills", () => {
    const { report } = npsTestAnalysis(readVoc({ scores: col([10, 9, 0, 7]) }, { scores: "scores_a" }), readVoc({ scores: col([10, 10, 9, 9, 6]) }, { scores: "scores_b" }));
    const t = findTable(report, "test");
    expect(t.header).toEqual(["Respondents A", "NPS A", "Respondents B", "NPS B", "Difference (B - A)", "Standard error", "95% CI low", "95% CI high", "z", "p-value", "Verdict"]);
    expect(t.rows[0].slice(0, 5)).toEqual([4, 25, 5, 60, 35]);
    expect(() => npsTestAnalysis(readVoc({ scores: col([10]) }, { scores: "scores_a" }), readVoc({ scores: col([12]) }, { scores: "scores_b" }))).toThrow(/^scores_b, row 1: 12/);
  });
});
