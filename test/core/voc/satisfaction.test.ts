import { findTable, tableGrid } from "../../../src/core/report";
import { ces } from "../../../src/core/voc/ces";
import { csat, defaultTopBox } from "../../../src/core/voc/csat";
import { readVoc, readVocTable, vocDataFromRead } from "../../../src/core/voc/input";
import { cesAnalysis, cesOptionsFromArgs, csatAnalysis, csatOptionsFromArgs, scaleArg } from "../../../src/core/voc/satisfaction-analysis";
import { npsAnalysis } from "../../../src/core/voc/nps-analysis";
import { periodArg } from "../../../src/core/voc/period";
import { readTable } from "../../../src/core/table/table";
import { CES_SCALES } from "../../../src/core/voc/ces";

const col = (xs: unknown[]) => xs.map((x) => [x]);
const repeat = (value: number, k: number) => new Array<number>(k).fill(value);

describe("CSAT", () => {
  test("top-two-box defaults: 4-5 of 5, 6-7 of 7, 9-10 of 10", () => {
    expect([defaultTopBox(5), defaultTopBox(7), defaultTopBox(10)]).toEqual([4, 6, 9]);
  });

  // 81 satisfied of 263: Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3
  // (Wilson score interval) gives 0.2553 to 0.3662.
  test("share with the Wilson interval of Newcombe's example 81/263", () => {
    const r = csat([...repeat(5, 40), ...repeat(4, 41), ...repeat(2, 182)]);
    expect([r.n, r.satisfied]).toEqual([263, 81]);
    expect(r.share).toBeCloseTo(81 / 263, 15);
    expect(r.interval.lower).toBeCloseTo(0.2553, 4);
    expect(r.interval.upper).toBeCloseTo(0.3662, 4);
  });

  // Mean of 5, 4, 3, 5, 1: 3.6; SD sqrt(((1.4)^2 + 0.4^2 + 0.6^2 + 1.4^2 + 2.6^2) / 4) = sqrt(2.8) = 1.673320;
  // t_{0.975, 4} = 2.776445: half-width 2.776445 x 1.673320 / sqrt(5) = 2.077701 -> 1.522299 to 5.677701,
  // clipped to the top of the scale, 5.
  test("mean with a t interval kept within the scale", () => {
    const r = csat([5, 4, 3, 5, 1]);
    expect(r.mean.mean).toBeCloseTo(3.6, 14);
    expect(r.mean.sd).toBeCloseTo(1.673320, 6);
    expect(r.mean.interval!.lower).toBeCloseTo(1.522299, 6);
    expect(r.mean.interval!.upper).toBe(5);
    expect(r.counts).toEqual([1, 0, 1, 1, 2]);
  });

  test("a custom top box and the 10-point scale (0-10 allowed)", () => {
    expect(csat([10, 9, 8, 0], { scale: 10, topBox: 8 }).satisfied).toBe(3);
    expect(csat([7, 6, 5], { scale: 7 }).satisfied).toBe(2);
    expect(csat([3], { scale: 5 }).mean.interval).toBeUndefined();
  });

  test("=CX.CSAT on ranges: the spilled table, scale errors with rows, arguments", () => {
    const { report } = csatAnalysis(readVoc({ scores: col(["CSAT", 5, 4, 3, 5, 1]) }), csatOptionsFromArgs({}));
    expect(tableGrid(findTable(report, "csat"))[0]).toEqual(["Respondents", "Satisfied (4-5)", "CSAT", "CSAT 95% CI low", "CSAT 95% CI high", "Mean", "Mean 95% CI low", "Mean 95% CI high"]);
    expect(findTable(report, "csat").rows[0].slice(0, 3)).toEqual([5, 3, 0.6]);
    expect(report.explanation[0]).toBe("CSAT 60.0% (95% interval 23.1% to 88.2%): 3 of 5 answers in the top box (4-5 on the 1-5 scale).");
    expect(() => csatAnalysis(readVoc({ scores: col([5, 7]) }))).toThrow(/^scores, row 2: 7 is not a whole number from 1 to 5 \(CSAT answers on the 1-5 scale; set scale if your survey uses another\)/);
    expect(() => csatAnalysis(readVoc({ scores: col([5, 0]) }))).toThrow(/row 2: 0 is not a whole number from 1 to 5/);
    expect(csatOptionsFromArgs({ scale: 7 })).toEqual({ scale: 7, topBox: 6, confidence: undefined });
    expect(csatOptionsFromArgs({ scale: "10", topBox: 8 }).topBox).toBe(8);
    expect(() => csatOptionsFromArgs({ scale: 6 })).toThrow(/^scale: 6 must be 5, 7 or 10/);
    expect(() => csatOptionsFromArgs({ scale: 5, topBox: 6 })).toThrow(/^top_box: 6 must be a whole number from 1 to 5/);
  });

  test("by group: blank groups skip the row and are counted", () => {
    const data = readVoc({ scores: col([5, 4, 1, 2, 5]), groups: col(["B", "A", "", "A", "B"]) });
    const { result, report } = csatAnalysis(data);
    expect(result.groups!.map((g) => [g.name, g.result.n, g.result.satisfied])).toEqual([
      ["A", 2, 1],
      ["B", 2, 2],
    ]);
    const t = findTable(report, "byGroup");
    expect(t.rows.map((r) => r[0])).toEqual(["A", "B", "Total"]);
    expect(report.explanation.join(" ")).toContain("1 row skipped because groups was blank (row 3).");
  });

  test("a group called Total does not clash with the total row", () => {
    const { report } = csatAnalysis(readVoc({ scores: col([5, 4]), groups: col(["Total", "Other"]) }));
    expect(findTable(report, "byGroup").rows.map((r) => r[0])).toEqual(["Other", "Total", "All answers"]);
  });
});

describe("CES", () => {
  // 7-point: 5, 7, 3, 6, 2: mean 4.6, SD sqrt(17.2 / 4) = 2.073644; t_{0.975,4} = 2.776445,
  // half-width 2.574769 -> 2.025231 to 7.174769, clipped to 7; agree (5-7): 3 of 5 = 60%, whose
  // Wilson interval is 0.2307 to 0.8824.
  test("7-point: mean ease and share agreeing", () => {
    const r = ces([5, 7, 3, 6, 2]);
    expect(r.mean.mean).toBeCloseTo(4.6, 14);
    expect(r.mean.interval!.lower).toBeCloseTo(2.025231, 6);
    expect(r.mean.interval!.upper).toBe(7);
    expect([r.agree, r.agreeShare]).toEqual([3, 0.6]);
    expect(r.agreeInterval!.lower).toBeCloseTo(0.2307, 4);
    expect(r.agreeInterval!.upper).toBeCloseTo(0.8824, 4);
  });

  test("5-point: mean effort only, stated as lower is easier", () => {
    const { result, report } = cesAnalysis(readVoc({ scores: col([1, 2, 2, 5]) }), { scale: 5 });
    expect(result.overall.mean.mean).toBe(2.5);
    expect(result.overall.agree).toBeUndefined();
    expect(findTable(report, "ces").header[1]).toBe("Mean effort (1-5, lower is easier)");
    expect(report.explanation[0]).toMatch(/^Mean effort 2.50 \(95% interval .*\) on the 1-5 effort scale \(1 = very low, 5 = very high effort; lower is easier\)/);
  });

  test("scale errors and the scale argument", () => {
    expect(() => cesAnalysis(readVoc({ scores: col([7, 8]) }))).toThrow(/^scores, row 2: 8 is not a whole number from 1 to 7/);
    expect(() => cesAnalysis(readVoc({ scores: col([5, 6]) }), { scale: 5 })).toThrow(/set scale to 7 for the other form/);
    expect(scaleArg(undefined, CES_SCALES, 7)).toBe(7);
    expect(scaleArg("5", CES_SCALES, 7)).toBe(5);
    expect(() => scaleArg(10, CES_SCALES, 7)).toThrow(/^scale: 10 must be 7 or 5/);
  });

  test("by group", () => {
    const { report } = cesAnalysis(readVoc({ scores: col([7, 6, 2, 1]), groups: col(["web", "web", "phone", "phone"]) }));
    const t = findTable(report, "byGroup");
    expect(t.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["phone", 2, 1.5],
      ["web", 2, 6.5],
      ["Total", 4, 4],
    ]);
  });
});

describe("files and options (the CLI and wizard path)", () => {
  test("columns of a table read by header name", () => {
    const grid = [
      ["Customer", "Likely to recommend", "Tier", "Answered"],
      ["c1", 10, "Gold", "2024-01-05"],
      ["c2", 0, "Silver", "2024-02-11"],
      ["c3", 8, "Gold", "2024-02-20"],
    ];
    const read = readTable(grid, {
      score: { column: "likely to recommend", kind: "number", label: "score" },
      group: { column: "Tier", kind: "category", label: "tier" },
      day: { column: "answered", kind: "date", label: "date" },
    });
    const data = vocDataFromRead(read);
    expect(data.groupHeader).toBe("Tier");
    expect(data.labels.score).toBe("Likely to recommend");
    const { result } = npsAnalysis(data, { period: periodArg("Month") });
    expect(result.overall.n).toBe(3);
    expect(result.groups!.map((g) => g.name)).toEqual(["Gold", "Silver"]);
    expect(result.periods!.map((p) => p.name)).toEqual(["2024-01", "2024-02"]);
  });

  test("period and CES arguments", () => {
    expect(periodArg(undefined)).toBe("month");
    expect(periodArg("QUARTER")).toBe("quarter");
    expect(() => periodArg("day")).toThrow(/^period: 'day' must be one of: week, month, quarter, year/);
    expect(cesOptionsFromArgs({})).toEqual({ scale: 7, confidence: undefined });
    expect(cesOptionsFromArgs({ scale: 5, confidence: 0.9 })).toEqual({ scale: 5, confidence: 0.9 });
  });
});

describe("readVocTable", () => {
  test("a score column read alone keeps its zeros; header names give the labels", () => {
    const grid = [["NPS", "Segment"], [0], [10], [0], [9]];
    const data = readVocTable(grid, { score: "nps" });
    expect(Array.from(data.score)).toEqual([0, 10, 0, 9]);
    expect(data.labels.score).toBe("NPS");
    expect(Array.from(data.sourceRows)).toEqual([2, 3, 4, 5]);
    expect(() => readVocTable(grid, { score: "rating" })).toThrow(/no column named 'rating'/);
    expect(() => readVocTable([], { score: 1 })).toThrow(/the table is empty/);
    const grouped = readVocTable([["Score", "Tier"], [7, "A"], [0, "B"]], { score: 0, group: "tier" });
    expect(grouped.group).toEqual(["A", "B"]);
    expect(grouped.groupHeader).toBe("Tier");
  });
});
