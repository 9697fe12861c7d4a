import { findTable, tableGrid } from "../../../src/core/report";
import { fongTest } from "../../../src/core/kano/fong";
import { kanoFeatureStats, rankCategories } from "../../../src/core/kano/feature";
import { KanoAnswer } from "../../../src/core/kano/answers";
import { kanoFromRanges, kanoScaleArg } from "../../../src/core/kano/run";
import { kanoClassGrid, kanoClassOf } from "../../../src/core/kano/classify";
import { InputError } from "../../../src/core/table/errors";
import { dysfunctional, functional } from "./fixture";

// Answer pairs that land in each category (evaluation table): functional, dysfunctional.
const PAIR: Record<string, [KanoAnswer, KanoAnswer]> = {
  A: ["like", "neutral"],
  O: ["like", "dislike"],
  M: ["neutral", "dislike"],
  I: ["neutral", "neutral"],
  R: ["dislike", "like"],
  Q: ["like", "like"],
};

function pairs(counts: Record<string, number>): [KanoAnswer[], KanoAnswer[]] {
  const f: KanoAnswer[] = [];
  const d: KanoAnswer[] = [];
  for (const [c, k] of Object.entries(counts)) for (let i = 0; i < k; i++) {
    f.push(PAIR[c][0]);
    d.push(PAIR[c][1]);
  }
  return [f, d];
}

describe("per-feature statistics, worked by hand", () => {
  // 20 respondents: A 3, O 8, M 6, I 2, R 1, Q 0.
  //   category O (8 = 40%), second M (6 = 30%): category strength 0.40 - 0.30 = 0.10;
  //   total strength (3 + 8 + 6) / 20 = 0.85;
  //   Fong: |8 - 6| = 2 < 1.65 sqrt((8 + 6)(40 - 14) / 40) = 1.65 sqrt(9.1) = 1.65 (3.016621) = 4.977424: not significant;
  //   Better = (3 + 8) / (3 + 8 + 6 + 2) = 11/19 = 0.578947; Worse = -(8 + 6) / 19 = -0.736842;
  //   DuMouchel functional: A, O like = 4; M, I neutral = 0; R dislike = -2: (12 + 32 - 2) / 20 = 2.1;
  //   dysfunctional: A, I neutral = 0; O, M dislike = 4; R like = -2: (32 + 24 - 2) / 20 = 2.7.
  test("counts, shares, mode, strengths, Fong, Better/Worse, continuous scores", () => {
    const s = kanoFeatureStats(...pairs({ A: 3, O: 8, M: 6, I: 2, R: 1 }));
    expect(s.n).toBe(20);
    expect(s.counts).toEqual({ A: 3, O: 8, M: 6, I: 2, R: 1, Q: 0 });
    expect(s.shares.O).toBe(0.4);
    expect(s.category).toBe("O");
    expect(s.second).toBe("M");
    expect(s.categoryStrength).toBeCloseTo(0.1, 14);
    expect(s.totalStrength).toBeCloseTo(0.85, 14);
    expect(s.fong.difference).toBe(2);
    expect(s.fong.threshold).toBeCloseTo(4.977424, 6);
    expect(s.fong.significant).toBe(false);
    expect(s.better).toBeCloseTo(11 / 19, 14);
    expect(s.worse).toBeCloseTo(-14 / 19, 14);
    expect(s.continuous.functional).toBeCloseTo(2.1, 14);
    expect(s.continuous.dysfunctional).toBeCloseTo(2.7, 14);
  });

  // M 15, O 3, A 1, I 1 (n = 20): |15 - 3| = 12 >= 1.65 sqrt(18 * 22 / 40) = 1.65 sqrt(9.9) = 1.65 (3.146427) = 5.191604: significant.
  test("a clear must-be passes Fong's test", () => {
    const s = kanoFeatureStats(...pairs({ M: 15, O: 3, A: 1, I: 1 }));
    expect(s.category).toBe("M");
    expect(s.fong.threshold).toBeCloseTo(5.191604, 6);
    expect(s.fong.significant).toBe(true);
    expect(s.better).toBeCloseTo(4 / 20, 14);
    expect(s.worse).toBeCloseTo(-18 / 20, 14);
  });

  test("ties are broken M > O > A > I (and R > Q)", () => {
    expect(kanoFeatureStats(...pairs({ A: 5, O: 5, M: 5, I: 5 })).category).toBe("M");
    expect(kanoFeatureStats(...pairs({ A: 5, O: 5, I: 5 })).category).toBe("O");
    expect(kanoFeatureStats(...pairs({ A: 5, I: 5 })).category).toBe("A");
    expect(kanoFeatureStats(...pairs({ R: 2, Q: 2, I: 1 })).category).toBe("R");
    const tie = kanoFeatureStats(...pairs({ A: 5, O: 5 }));
    expect([tie.category, tie.second, tie.categoryStrength, tie.fong.significant]).toEqual(["O", "A", 0, false]);
    expect(rankCategories({ A: 1, O: 1, M: 0, I: 2, R: 0, Q: 0 })).toEqual(["I", "O", "A", "M", "R", "Q"]);
  });

  test("Better and Worse are undefined when every answer is R or Q; Worse is never -0", () => {
    const s = kanoFeatureStats(...pairs({ R: 2, Q: 1 }));
    expect(s.better).toBeUndefined();
    expect(s.worse).toBeUndefined();
    expect(Object.is(kanoFeatureStats(...pairs({ A: 2 })).worse, 0)).toBe(true);
  });

  test("Fong's formula by hand: a = 10, b = 4, n = 30", () => {
    // 1.65 sqrt(14 * 46 / 60) = 1.65 sqrt(10.73333) = 1.65 (3.276177) = 5.4056914; |10 - 4| = 6 >= 5.406: significant.
    const f = fongTest(10, 4, 30);
    expect(f.threshold).toBeCloseTo(5.4056914, 6);
    expect(f.significant).toBe(true);
    expect(fongTest(10, 5, 30).significant).toBe(false); // 5 < 1.65 sqrt(15 * 45 / 60) = 1.65 (3.354102) = 5.534268
  });
});

describe("Kano from ranges", () => {
  // Two features over six respondents (fixture.ts): a header row, codes and labels mixed.
  // Wifi: (1,5) O, (like, neutral) A, (1,5) O, (3,3) I, (like, live-with) A, (1,5) O -> O 3, A 2, I 1.
  // Pool: (2,5) M, (2,5) M, blank, (5,4) R, (2,5) M, (2,5) M -> M 4, R 1; one respondent skipped.
  test("features table, header names, blanks counted per feature", () => {
    const { result, report } = kanoFromRanges({ functional, dysfunctional });
    expect(result.hasHeader).toBe(true);
    expect(result.features.map((f) => [f.name, f.n, f.category, f.blank])).toEqual([
      ["Wifi", 6, "O", 0],
      ["Pool", 5, "M", 1],
    ]);
    expect(result.features[0].counts).toEqual({ A: 2, O: 3, M: 0, I: 1, R: 0, Q: 0 });
    expect(result.features[1].counts).toEqual({ A: 0, O: 0, M: 4, I: 0, R: 1, Q: 0 });
    expect(result.features[1].firstBlankRows).toEqual([4]);
    const grid = tableGrid(findTable(report, "features"));
    expect(grid[0].slice(0, 9)).toEqual(["Feature", "Respondents", "Category", "A", "O", "M", "I", "R", "Q"]);
    expect(grid[1].slice(0, 9)).toEqual(["Wifi", 6, "One-dimensional", 2, 3, 0, 1, 0, 0]);
    expect(grid[2].slice(0, 3)).toEqual(["Pool", 5, "Must-be"]);
    expect(report.explanation.join(" ")).toContain("1 respondent left a question about 'Pool' blank and was skipped for it (row 4).");
    // Fong: Wifi |3 - 2| = 1 < 1.65 sqrt(5 x 7 / 12) = 2.818 (mixed); Pool |4 - 1| = 3 >= 1.65 sqrt(5 x 5 / 10) = 2.609.
    expect(report.explanation).toContain(
      "Not clear-cut by Fong's test (the top two categories do not differ significantly): 'Wifi' (One-dimensional or Attractive); treat them as mixed and weigh both.",
    );
    expect(report.explanation).toContain("Must-be (M): 'Pool'; it is taken for granted: its absence dissatisfies, its presence does not delight.");
    expect(findTable(report, "respondents").rows).toEqual([
      [2, "O", "M"],
      [3, "A", "M"],
      [4, "O", ""],
      [5, "I", "R"],
      [6, "A", "M"],
      [7, "O", "M"],
    ]);
    expect(findTable(report, "shares").rows[0]).toEqual(["Wifi", 2 / 6, 3 / 6, 0, 1 / 6, 0, 0]);
    expect(findTable(report, "betterWorse").rows[1]).toEqual(["Pool", 1, 0]);
    expect(report.charts.map((c) => [c.type, c.table])).toEqual([
      ["bar", "shares"],
      ["scatter", "betterWorse"],
      ["scatter", "continuous"],
    ]);
    expect(report.charts[0].stacked).toBe(true);
  });

  test("feature names from the argument; no header; 'Feature k' otherwise", () => {
    const f = [[1, 2], [1, 2]];
    const d = [[5, 5], [3, 5]];
    expect(kanoFromRanges({ functional: f, dysfunctional: d }).result.features.map((x) => x.name)).toEqual(["Feature 1", "Feature 2"]);
    expect(kanoFromRanges({ functional: f, dysfunctional: d, featureNames: [["Speed", "Price"]] }).result.features.map((x) => x.name)).toEqual(["Speed", "Price"]);
    expect(kanoFromRanges({ functional: f, dysfunctional: d, featureNames: [["Speed"], ["Price"]] }).result.features.map((x) => x.name)).toEqual(["Speed", "Price"]);
  });

  test("importance ratings give a mean per feature; a rating of 0 counts", () => {
    const { result, report } = kanoFromRanges({
      functional: [[1, 2], [1, 2], [3, 2]],
      dysfunctional: [[5, 5], [3, 5], [3, 5]],
      importance: [[9, 0], [7, ""], [8, 4]],
    });
    expect(result.features.map((f) => [f.importance, f.importanceN])).toEqual([
      [8, 3],
      [2, 2],
    ]);
    expect(findTable(report, "features").header.at(-1)).toBe("Importance");
  });

  test("a single feature given as flat lists", () => {
    const { result } = kanoFromRanges({ functional: [1, 1, 2], dysfunctional: [5, 5, 5] });
    expect(result.features[0].counts.O).toBe(2);
    expect(result.features[0].counts.M).toBe(1);
  });

  test("3-point codes", () => {
    const { result } = kanoFromRanges({ functional: [[1], [2], [1]], dysfunctional: [[3], [3], [2]] }, { scale: 3 });
    expect(result.features[0].counts).toEqual({ A: 1, O: 1, M: 1, I: 0, R: 0, Q: 0 });
  });

  test("unknown answers are reported with the argument, the row and the feature", () => {
    const run = () => kanoFromRanges({ functional: [["Wifi"], [1], ["maybe"]], dysfunctional: [["Wifi"], [5], [5]] });
    expect(run).toThrow(InputError);
    expect(run).toThrow(/^functional, row 3: 'maybe' for 'Wifi' is not a Kano answer/);
    expect(() => kanoFromRanges({ functional: [[1], [1]], dysfunctional: [[5], [7]] })).toThrow(/^dysfunctional, row 2: 7 for 'Feature 1' is not a Kano answer/);
  });

  test("shape problems name the argument", () => {
    expect(() => kanoFromRanges({ functional: [[1, 2]], dysfunctional: [[5]] })).toThrow(/^dysfunctional: has 1 columns but functional has 2/);
    expect(() => kanoFromRanges({ functional: [["A"], [1]], dysfunctional: [[5], [5]] })).toThrow(/functional starts with a header row but dysfunctional does not/);
    expect(() => kanoFromRanges({ functional: [[1, 2]], dysfunctional: [[5, 5]], featureNames: [["x"]] })).toThrow(/^feature_names: gives 1 names for 2 features/);
    expect(() => kanoFromRanges({ functional: [[1, ""]], dysfunctional: [[5, ""]], featureNames: [["x", "y"]] })).toThrow(/no respondent answered both questions for 'y'/);
    expect(() => kanoFromRanges({ functional: [], dysfunctional: [] })).toThrow(/^functional: is empty/);
    expect(() => kanoFromRanges({ functional: [[1], [1]], dysfunctional: [[5]] })).toThrow(/give ranges of the same size/);
  });

  test("scale argument: 5 (default) or 3", () => {
    expect(kanoScaleArg(undefined)).toBe(5);
    expect(kanoScaleArg([[3]])).toBe(3);
    expect(() => kanoScaleArg(4)).toThrow(/^scale: 4 must be 5/);
  });
});

describe("=CX.KANO.CLASS", () => {
  test("single answers", () => {
    expect(kanoClassOf(1, 5)).toBe("O");
    expect(kanoClassOf("I expect it", "我不喜欢")).toBe("M");
    expect(kanoClassOf("", 5)).toBeUndefined();
    expect(() => kanoClassOf("so-so", 5)).toThrow(/^functional_answer, row 1: 'so-so' is not a Kano answer/);
  });

  test("arrays: same shape, or a single cell paired with every cell; a header row is kept as a header", () => {
    expect(kanoClassGrid([[1], [2], [3]], [[5], [5], [""]])).toEqual([["O"], ["M"], [""]]);
    expect(kanoClassGrid([[1, 2, 3]], 5)).toEqual([["O", "M", "M"]]);
    expect(kanoClassGrid(1, [[1], [3]])).toEqual([["Q"], ["A"]]);
    expect(kanoClassGrid([["Functional"], [1]], [["Dysfunctional"], [5]])).toEqual([["Kano category"], ["O"]]);
    expect(kanoClassGrid(4, 4)).toEqual([["I"]]);
  });

  test("errors name the row and, for several columns, the column", () => {
    expect(() => kanoClassGrid([[1, 2], [1, "x"]], [[5, 5], [5, 5]])).toThrow(/^functional_answer, row 2: 'x' \(column 2\) is not a Kano answer/);
    expect(() => kanoClassGrid([[1], [2]], [[5], [5], [5]])).toThrow(/^dysfunctional_answer: is 3 x 1 but functional_answer is 2 x 1/);
  });
});
