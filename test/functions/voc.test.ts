import { ces, cesBy, csat, csatBy, nps, npsBy, npsTest, npsTrend } from "../../src/functions/voc";
import { excelError } from "./fuzz-outcome";

const col = (xs: unknown[]) => xs.map((x) => [x]);
const close = (row: unknown[], digits = 6) => row.map((v) => (typeof v === "number" ? expect.closeTo(v, digits) : v));
/** Answers with the given numbers per score, e.g. { 10: 50, 8: 30, 3: 20 }, as a column. */
const answers = (counts: Record<number, number>) => col(Object.entries(counts).flatMap(([s, k]) => new Array<number>(k).fill(Number(s))));
/** A whole-column read (A:A) as some platforms pass it: the data, then zeros down to row 1,048,576. */
const wholeColumn = (cells: unknown[][]) => [...cells, ...new Array<unknown[]>(1_048_576 - cells.length).fill([0])];

const NPS_HEADER = ["Respondents", "Promoters", "Passives", "Detractors", "NPS", "Standard error", "95% CI low", "95% CI high"];

describe("=CX.NPS", () => {
  // 9 answers with a header and a blank cell: 10, 9, 8, 6, 0, 10, 7, 9, 3.
  //   Promoters 10, 9, 10, 9 = 4; passives 8, 7 = 2; detractors 6, 0, 3 = 3.
  //   NPS = 100 (4 - 3) / 9 = 11.111111; variance of the +1/0/-1 score = 4/9 + 3/9 - (1/9)^2 = 62/81;
  //   SE = 100 sqrt(62/81 / 9) = 100 sqrt(62) / 27 = 29.162992; 95%: 11.111111 -+ 1.959964 x 29.162992 = -46.047303 to 68.269525.
  const scores = col(["Likely to recommend", 10, 9, 8, 6, 0, "", 10, 7, 9, 3]);

  test("spills one row with the interval, worked by hand", () => {
    expect(nps(scores)).toEqual([NPS_HEADER, close([9, 4 / 9, 2 / 9, 3 / 9, 100 / 9, 29.162992, -46.047303, 68.269525])]);
  });

  // 100 answers: 50 promoters, 30 passives, 20 detractors (test/core/voc/nps.test.ts):
  //   NPS 30, SE 100 sqrt(0.61 / 100) = 7.810250; 90%: 30 -+ 1.644854 x 7.810250 = 17.153282 to 42.846718.
  test("the confidence argument as a fraction, a percentage or percent text", () => {
    const s = answers({ 10: 30, 9: 20, 8: 10, 7: 20, 6: 5, 3: 10, 0: 5 });
    const expected = [NPS_HEADER.map((h) => h.replace("95%", "90%")), close([100, 0.5, 0.3, 0.2, 30, 7.81025, 17.153282, 42.846718])];
    expect(nps(s, 0.9)).toEqual(expected);
    expect(nps(s, 90)).toEqual(expected);
    expect(nps(s, "90%")).toEqual(expected);
    expect(nps(s)[1][6]).toBeCloseTo(14.692192, 6);
  });

  test("whole-column references: trailing blanks and platform zero padding are ignored; zeros inside are answers", () => {
    expect(nps([...scores, ...new Array<unknown[]>(5000).fill([""])])).toEqual(nps(scores));
    expect(nps(wholeColumn(scores))).toEqual(nps(scores));
    expect(nps(col([10, 0, 0]))[1][0]).toBe(3);
  });

  test("a row of answers works like a column", () => {
    expect(nps([[10, 9, 8, 6, 0, "", 10, 7, 9, 3]])).toEqual(nps(scores));
  });

  test("bad input is #VALUE! naming the argument, the row and the problem", () => {
    expect(excelError(() => nps(col([9, 11])))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "scores, row 2: 11 is not a whole number from 0 to 10 (NPS answers run from 0 to 10)" }));
    expect(excelError(() => nps(col(["NPS", 9, 7.5]))).message).toBe("scores, row 3: 7.5 is not a whole number from 0 to 10 (NPS answers run from 0 to 10)");
    expect(excelError(() => nps(col([9, "great"]))).message).toBe("scores, row 2: 'great' is not a number");
    expect(excelError(() => nps(col(["", null]))).message).toBe("scores: no answers (every row is blank)");
    expect(excelError(() => nps([[1, 2], [3, 4]])).message).toBe("scores: expected a single column, got 2 columns");
    expect(excelError(() => nps(col([9]), 1)).message).toBe("confidence: 1 must be a probability between 0 and 1, such as 0.95 or 95%");
    expect(excelError(() => nps(col([9]), "high")).message).toBe("confidence: 'high' must be a probability between 0 and 1, such as 0.95 or 95%");
  });
});

describe("=CX.NPS.BY", () => {
  // Tier 1: 10, 3, 0 -> 1 promoter, 2 detractors: NPS -33.3; Tier 2: 9, 0, 7 -> 0; Tier 10: 10, 8, 9, 10 -> 75.
  // Total: 5 promoters, 2 passives, 3 detractors of 10: NPS 20.
  const scores = col(["Score", 10, 9, 0, 8, 7, 10, 3, 0, 9, 10]);
  const groups = col(["Tier", "Tier 10", "Tier 2", "Tier 2", "Tier 10", "Tier 2", "Tier 1", "Tier 1", "Tier 1", "Tier 10", "Tier 10"]);

  test("one row per group in natural order, then the total; the group header heads the table", () => {
    const out = npsBy(scores, groups);
    expect(out[0]).toEqual(["Tier", ...NPS_HEADER]);
    expect(out.map((r) => [r[0], r[1], r[5]])).toEqual([
      ["Tier", "Respondents", "NPS"],
      ["Tier 1", 3, expect.closeTo(-100 / 3, 12)],
      ["Tier 2", 3, 0],
      ["Tier 10", 4, 75],
      ["Total", 10, 20],
    ]);
    // The total row is =CX.NPS of the same scores.
    expect(out[4].slice(1)).toEqual(nps(scores)[1]);
  });

  test("rows with a blank group are skipped; confidence applies to every row", () => {
    const out = npsBy(col([10, 0, 9, 9]), col(["A", "", "B", "B"]), 0.8);
    expect(out[0][7]).toBe("80% CI low");
    expect(out.map((r) => [r[0], r[1], r[5]])).toEqual([
      ["Group", "Respondents", "NPS"],
      ["A", 1, 100],
      ["B", 2, 100],
      ["Total", 3, 100],
    ]);
  });

  test("groups is required and as tall as scores", () => {
    expect(excelError(() => npsBy(scores, [[null]]))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "groups: is blank: give the group (segment) of each answer, a column as tall as scores" }));
    expect(excelError(() => npsBy(scores, groups.slice(0, 4))).message).toBe("groups: has 4 rows but scores has data down to row 11; give ranges of the same size");
  });
});

describe("=CX.NPS.TREND", () => {
  const dates = col(["Answered", "2024-03-31", "2024-01-15", "2024-03-01", "2023-12-31", 45293]); // 45293 = 2024-01-02
  const scores = col(["NPS", 10, 0, 9, 8, 10]);

  test("months by default, in time order; quarters, years and ISO weeks", () => {
    // 2023-12: 8 (passive) -> 0; 2024-01: 0, 10 -> 0; 2024-03: 10, 9 -> 100.
    expect(npsTrend(scores, dates).map((r) => [r[0], r[1], r[5]])).toEqual([
      ["Period", "Respondents", "NPS"],
      ["2023-12", 1, 0],
      ["2024-01", 2, 0],
      ["2024-03", 2, 100],
    ]);
    expect(npsTrend(scores, dates, "quarter").map((r) => r[0])).toEqual(["Period", "2023-Q4", "2024-Q1"]);
    expect(npsTrend(scores, dates, "Year").map((r) => r[0])).toEqual(["Period", "2023", "2024"]);
    expect(npsTrend(scores, dates, "week", 0.9).map((r) => r[0])).toEqual(["Period", "2023-W52", "2024-W01", "2024-W03", "2024-W09", "2024-W13"]);
    expect(npsTrend(scores, dates, null, 0.9)[0][7]).toBe("90% CI low");
  });

  test("bad periods, dates and a missing dates column are #VALUE!", () => {
    expect(excelError(() => npsTrend(scores, dates, "day")).message).toBe("period: 'day' must be one of: week, month, quarter, year");
    expect(excelError(() => npsTrend(scores, [[""]])).message).toBe("dates: is blank: give the date of each answer, a column as tall as scores");
    expect(excelError(() => npsTrend(col([10, 9]), col(["2024-01-05", "3/5/2024"]))).message).toMatch(/^dates, row 2: '3\/5\/2024' is not a date/);
  });
});

describe("=CX.NPS.TEST", () => {
  // A: 10, 9, 0, 7 -> 2 promoters, 1 detractor of 4: NPS 25, variance 0.5 + 0.25 - 0.25^2 = 0.6875;
  // B: 10, 10, 9, 9, 6 -> 4 promoters, 1 detractor of 5: NPS 60, variance 0.8 + 0.2 - 0.6^2 = 0.64.
  // SE = 100 sqrt(0.6875/4 + 0.64/5) = 54.760844; z = 35 / 54.760844 = 0.639143; p = 0.522730;
  // 95%: 35 -+ 1.959964 x 54.760844 = -72.329281 to 142.329281.
  test("two small samples, worked by hand", () => {
    const out = npsTest(col(["Q1", 10, 9, 0, 7]), col(["Q2", 10, 10, 9, 9, 6]));
    expect(out[0]).toEqual(["Respondents A", "NPS A", "Respondents B", "NPS B", "Difference (B - A)", "Standard error", "95% CI low", "95% CI high", "z", "p-value", "Verdict"]);
    expect(out[1].slice(0, 10)).toEqual(close([4, 25, 5, 60, 35, 54.760844, -72.329281, 142.329281, 0.639143, 0.52273]));
    expect(out[1][10]).toBe(
      "NPS rose from 25.0 (A) to 60.0 (B): +35.0 points, 95% interval -72.3 to +142.3, p = 0.52; not statistically significant at the 95% level: the difference could be chance.",
    );
  });

  // Two waves of 200 (test/core/voc/nps.test.ts): A NPS 60 (variance 0.44), B NPS 72 (variance 0.3216):
  // SE = 100 sqrt(0.44/200 + 0.3216/200) = 6.170899, z = 1.944611, p = 0.0518218: not significant at 95%, significant at 90%.
  test("did NPS rise from 60 to 72? Only at the 90% level", () => {
    const a = answers({ 10: 140, 8: 40, 5: 20 });
    const b = answers({ 9: 156, 7: 32, 0: 12 });
    expect(npsTest(a, b)[1].slice(4, 10)).toEqual(close([12, 6.170899, -0.0947407, 24.0947407, 1.944611, 0.0518218]));
    expect(npsTest(a, b, "90%")[1][10]).toMatch(/; statistically significant at the 90% level\.$/);
  });

  test("errors name scores_a or scores_b", () => {
    expect(excelError(() => npsTest(col([10]), col([12]))).message).toBe("scores_b, row 1: 12 is not a whole number from 0 to 10 (NPS answers run from 0 to 10)");
    expect(excelError(() => npsTest(col([""]), col([10]))).message).toBe("scores_a: no answers (every row is blank)");
  });
});

const CSAT_HEADER = ["Respondents", "Satisfied (4-5)", "CSAT", "CSAT 95% CI low", "CSAT 95% CI high", "Mean", "Mean 95% CI low", "Mean 95% CI high"];

describe("=CX.CSAT", () => {
  // 5, 4, 3, 5, 1 on the 5-point scale: 3 of 5 in the top box (4-5): 60%, Wilson 95% interval 0.2307 to 0.8824;
  // mean 3.6, SD sqrt(2.8) = 1.673320, t(0.975, 4) = 2.776445: 3.6 -+ 2.077701 = 1.522299 to 5.677701, clipped to 5.
  test("share satisfied with Wilson's interval and the mean with a t interval, worked by hand", () => {
    expect(csat(col(["Satisfaction", 5, 4, 3, 5, 1]))).toEqual([CSAT_HEADER, close([5, 3, 0.6, 0.2307, 0.8824, 3.6, 1.522299, 5], 4)]);
  });

  // Newcombe (1998), Statistics in Medicine 17:857-872, table I: 81/263 -> Wilson 0.2553 to 0.3662.
  test("Newcombe's 81 of 263", () => {
    const out = csat(answers({ 5: 40, 4: 41, 2: 182 }));
    expect(out[1].slice(0, 5)).toEqual(close([263, 81, 81 / 263, 0.2553, 0.3662], 4));
  });

  test("scale and top_box", () => {
    // 10-point scale, top box 8-10: 10, 9, 8 of 10, 9, 8, 0.
    const ten = csat(col([10, 9, 8, 0]), 10, 8);
    expect(ten[0][1]).toBe("Satisfied (8-10)");
    expect(ten[1].slice(0, 3)).toEqual([4, 3, 0.75]);
    // 7-point scale, default top box 6-7: 7, 6 of 7, 6, 5.
    expect(csat(col([7, 6, 5]), "7")[1].slice(0, 2)).toEqual([3, 2]);
    expect(csat(col([5, 4]), 5, 5)[0][1]).toBe("Satisfied (5)");
    expect(csat(wholeColumn(col([5, 4, 3, 5, 1])))).toEqual(csat(col([5, 4, 3, 5, 1])));
  });

  test("bad input is #VALUE! naming the argument, the row and the problem", () => {
    expect(excelError(() => csat(col([5, 7])))).toEqual(
      expect.objectContaining({
        code: "#VALUE!",
        message: "scores, row 2: 7 is not a whole number from 1 to 5 (CSAT answers on the 1-5 scale; set scale if your survey uses another)",
      }),
    );
    expect(excelError(() => csat(col([5]), 6)).message).toBe("scale: 6 must be 5, 7 or 10 (points on the answer scale)");
    expect(excelError(() => csat(col([5]), 5, 6)).message).toBe("top_box: 6 must be a whole number from 1 to 5: the lowest answer counted as satisfied");
  });
});

describe("=CX.CSAT.BY", () => {
  // A: 4, 2 -> 1 of 2 satisfied, mean 3; B: 5, 5 -> 2 of 2, mean 5; row 3 has no group and is skipped.
  test("one row per group, then the total", () => {
    const out = csatBy(col(["CSAT", 5, 4, 1, 2, 5]), col(["Channel", "B", "A", "", "A", "B"]));
    expect(out[0]).toEqual(["Channel", ...CSAT_HEADER]);
    expect(out.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[6]])).toEqual([
      ["A", 2, 1, 0.5, 3],
      ["B", 2, 2, 1, 5],
      ["Total", 4, 3, 0.75, 4],
    ]);
  });

  test("scale and top_box apply to every group; groups is required", () => {
    const out = csatBy(col([7, 6, 5, 7]), col(["x", "x", "y", "y"]), 7, 7);
    expect(out.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ["x", 1],
      ["y", 1],
      ["Total", 2],
    ]);
    expect(excelError(() => csatBy(col([5]), [[""]])).message).toMatch(/^groups: is blank/);
  });
});

describe("=CX.CES", () => {
  // 7-point: 5, 7, 3, 6, 2: mean 4.6, SD sqrt(17.2 / 4) = 2.073644, t(0.975, 4) = 2.776445: 4.6 -+ 2.574769
  // = 2.025231 to 7.174769, clipped to 7; agree (5-7) 3 of 5 = 60%, Wilson 0.2307 to 0.8824.
  test("7-point scale: mean ease and the share agreeing, worked by hand", () => {
    expect(ces(col(["Easy to handle", 5, 7, 3, 6, 2]))).toEqual([
      ["Respondents", "Mean ease (1-7, higher is easier)", "Mean 95% CI low", "Mean 95% CI high", "Agree (5-7)", "Share agreeing", "Share 95% CI low", "Share 95% CI high"],
      close([5, 4.6, 2.025231, 7, 3, 0.6, 0.2307, 0.8824], 4),
    ]);
  });

  // 5-point: 1, 2, 2, 5: mean 2.5, SD sqrt(9 / 3) = 1.732051, t(0.975, 3) = 3.182446: 2.5 -+ 2.756079 -> clipped to 1 and 5.
  test("5-point scale: mean effort", () => {
    expect(ces(col([1, 2, 2, 5]), 5)).toEqual([["Respondents", "Mean effort (1-5, lower is easier)", "Mean 95% CI low", "Mean 95% CI high"], [4, 2.5, 1, 5]]);
  });

  test("bad input is #VALUE!", () => {
    expect(excelError(() => ces(col([7, 8]))).message).toMatch(/^scores, row 2: 8 is not a whole number from 1 to 7 \(CES/);
    expect(excelError(() => ces(col([5, 6]), 5)).message).toMatch(/set scale to 7 for the other form\)$/);
    expect(excelError(() => ces(col([5]), 10)).message).toBe("scale: 10 must be 7 or 5 (points on the answer scale)");
  });
});

describe("=CX.CES.BY", () => {
  test("one row per group, then the total", () => {
    // phone 2, 1: mean 1.5; web 7, 6: mean 6.5; total mean 4.
    const out = cesBy(col([7, 6, 2, 1]), col(["web", "web", "phone", "phone"]));
    expect(out[0].slice(0, 3)).toEqual(["Group", "Respondents", "Mean ease (1-7, higher is easier)"]);
    expect(out.slice(1).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ["phone", 2, 1.5, 0],
      ["web", 2, 6.5, 2],
      ["Total", 4, 4, 2],
    ]);
    expect(cesBy(col([1, 5]), col(["a", "b"]), 5)[0]).toEqual(["Group", "Respondents", "Mean effort (1-5, lower is easier)", "Mean 95% CI low", "Mean 95% CI high"]);
    expect(excelError(() => cesBy(col([1]), undefined as never)).message).toMatch(/^groups: is blank/);
  });
});
