// The survey wizard's pure view helpers: the headline and explanation in both languages, formats,
// interval overlap, answer bands, the formula equivalents and the engine texts in Chinese.
import { epochDayFromYmd, serialFromEpochDay } from "../../../src/core/table/date";
import type { RangeData } from "../../../src/excel/gateway";
import type { VocInput, VocSettings } from "../../../src/taskpane/compute/voc-task";
import { inspectVocTask, runVocTask } from "../../../src/taskpane/compute/voc-task";
import { localizeVocReport, localizeVocText } from "../../../src/taskpane/voc/localize";
import { initialSurveyMapping, suggestSettings, surveyMappingProblem, surveyTaskInput } from "../../../src/taskpane/voc/survey-data";
import { VOC_DEFAULTS } from "../../../src/taskpane/voc/VocWizard";
import {
  bandOf,
  explanation,
  formatMeasure,
  headline,
  intervalsOverlap,
  measures,
  vocFormulas,
  vocSheetReport,
} from "../../../src/taskpane/voc/voc-view";

const serial = (y: number, m: number, d: number) => serialFromEpochDay(epochDayFromYmd(y, m, d)!);

/** The hand-worked ten answers: 5 promoters, 2 passives, 3 detractors (NPS 20, SE 27.57). */
const SCORES = [10, 9, 9, 10, 9, 8, 7, 3, 6, 0];

function input(scores: unknown[], extra: { groups?: string[]; dates?: number[] } = {}): VocInput {
  const header = ["Score", ...(extra.groups ? ["Segment"] : []), ...(extra.dates ? ["Date"] : [])];
  const values = [header, ...scores.map((s, i) => [s, ...(extra.groups ? [extra.groups[i]] : []), ...(extra.dates ? [extra.dates[i]] : [])])];
  return {
    values,
    hasHeader: true,
    mapping: { score: 0, group: extra.groups ? 1 : -1, date: extra.dates ? (extra.groups ? 2 : 1) : -1 },
    labels: { score: "Score", group: "Segment", date: "Date" },
    firstRowNumber: 1,
  };
}

const settings = (patch: Partial<VocSettings> = {}): VocSettings => ({ ...VOC_DEFAULTS, ...patch });

describe("headline and explanation", () => {
  test("NPS of the hand-worked answers, with its interval in plain words", () => {
    const out = runVocTask(input(SCORES), settings());
    // SE = 100 sqrt((0.5 + 0.3 - 0.2^2) / 10) = 27.568; 95% CI = 20 ± 54.03.
    expect(headline("en", out)).toBe("NPS 20 (95% CI -34 to 74) from 10 answers: 50% promoters (9-10), 20% passives (7-8), 30% detractors (0-6).");
    expect(headline("zh", out)).toBe("NPS 为 20（95% 置信区间 -34 至 74），共 10 个答案：推荐者（9-10 分）50%，被动者（7-8 分）20%，贬损者（0-6 分）30%。");
    const m = measures(out).overall;
    expect(m.value).toBe(20);
    expect((m.upper! - m.lower!) / 2).toBeCloseTo(1.959963984540054 * 100 * Math.sqrt(0.076), 10);
    const lines = explanation("en", out);
    expect(lines[1]).toContain("±54 with 10 answers");
    expect(lines).toContain("Only 10 answers: the interval is rough. Read the score as a direction, not a precise figure.");
    expect(lines[lines.length - 1]).toMatch(/^What to do: contact detractors/);
  });

  test("a 90% level narrows the interval: z = 1.645", () => {
    const out = runVocTask(input(SCORES), settings({ confidence: 0.9 }));
    // 20 ± 1.6449 x 27.568 = 20 ± 45.35 -> -25 to 65
    expect(headline("en", out)).toMatch(/^NPS 20 \(90% CI -25 to 65\) from 10 answers/);
  });

  test("CSAT: share in the top box with a Wilson interval, and the mean", () => {
    // 1-5 answers: 4 and 5 are satisfied: 6 of 10. Wilson 95%: 0.313 to 0.832.
    const out = runVocTask(input([5, 4, 4, 5, 3, 2, 4, 1, 5, 3]), settings({ metric: "csat", csatScale: 5, topBox: 4 }));
    expect(headline("en", out)).toBe("CSAT 60% (95% CI 31% to 83%) from 10 answers: 6 satisfied (answers 4-5 on the 1-5 scale). Mean answer 3.60.");
  });

  test("CES on both scales", () => {
    const seven = runVocTask(input([7, 6, 5, 5, 4, 2]), settings({ metric: "ces", cesScale: 7 }));
    expect(headline("en", seven)).toMatch(/^Mean ease 4\.83 \(95% CI \d\.\d\d to \d\.\d\d\) on the 1-7 scale from 6 answers \(higher is easier\); 67% agree it was easy \(5-7\)\.$/);
    const five = runVocTask(input([1, 2, 2, 3, 5]), settings({ metric: "ces", cesScale: 5 }));
    expect(headline("en", five)).toMatch(/^Mean effort 2\.60 \(95% CI .*\) on the 1-5 scale from 5 answers \(lower is easier\)\.$/);
    const one = runVocTask(input([4]), settings({ metric: "ces", cesScale: 5 }));
    expect(headline("en", one)).toBe("Mean effort 4.00 (no interval from a single answer) on the 1-5 scale from 1 answer (lower is easier).");
  });

  test("segments whose intervals overlap are not called different; the trend names its first and last period", () => {
    const groups = SCORES.map((_, i) => (i % 2 === 0 ? "A" : "B"));
    const dates = SCORES.map((_, i) => serial(2024, i < 5 ? 1 : 2, 10));
    const out = runVocTask(input(SCORES, { groups, dates }), settings());
    const lines = explanation("en", out);
    expect(lines).toContain("Their intervals overlap: the gap may be chance. Overlap does not prove there is no difference; collect more answers before acting on it.");
    expect(lines).toContain("To test two groups or two survey waves directly, use =CX.NPS.TEST.");
    // January 10, 9, 9, 10, 9: NPS 100 with no spread. February 8, 7, 3, 6, 0: 2 passives, 3 detractors,
    // NPS -60, SE = 100 sqrt((0.6 - 0.36) / 5) = 21.9, CI -60 ± 42.9 = -100 (clipped) to -17.
    expect(lines.find((l) => l.startsWith("From 2024-01"))).toBe("From 2024-01 (100, CI 100 to 100) to 2024-02 (-60, CI -100 to -17) over 2 periods with answers.");
    expect(lines).toContain("The intervals of the first and the last period do not overlap: the change is very likely real.");
    const one = runVocTask(input(SCORES, { dates: SCORES.map(() => serial(2024, 3, 1)) }), settings({ period: "year" }));
    expect(explanation("en", one)).toContain("All answers fall in one period (2024): choose a shorter period to see a trend.");
  });
});

describe("formats and helpers", () => {
  test("formatMeasure: whole NPS points without -0, CSAT percent, CES two decimals", () => {
    expect(formatMeasure("en", "nps", -0.4)).toBe("0");
    expect(formatMeasure("en", "nps", -34.03)).toBe("-34");
    expect(formatMeasure("en", "csat", 0.7378)).toBe("74%");
    expect(formatMeasure("zh", "ces", 5.5)).toBe("5.50");
  });

  test("intervalsOverlap: touching intervals overlap, a missing interval counts as overlapping", () => {
    const m = (lower?: number, upper?: number) => ({ name: "", n: 1, value: 0, lower, upper });
    expect(intervalsOverlap(m(0, 10), m(10, 20))).toBe(true);
    expect(intervalsOverlap(m(0, 10), m(10.5, 20))).toBe(false);
    expect(intervalsOverlap(m(), m(10.5, 20))).toBe(true);
  });

  test("bandOf: detractor/passive/promoter; CSAT by top box; CES by direction of the scale", () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => bandOf(settings(), s))).toEqual(["low", "low", "mid", "mid", "high", "high"]);
    expect([1, 2, 3, 4, 5].map((s) => bandOf(settings({ metric: "csat", csatScale: 5, topBox: 4 }), s))).toEqual(["low", "low", "mid", "high", "high"]);
    expect([1, 3, 4, 5, 7].map((s) => bandOf(settings({ metric: "ces", cesScale: 7 }), s))).toEqual(["low", "low", "mid", "high", "high"]);
    expect([1, 2, 3, 4, 5].map((s) => bandOf(settings({ metric: "ces", cesScale: 5 }), s))).toEqual(["high", "high", "mid", "low", "low"]);
  });

  test("the sheet's distribution chart stacks the bands, good first on the 5-point effort scale", () => {
    const out = runVocTask(input([1, 2, 2, 3, 5]), settings({ metric: "ces", cesScale: 5 }));
    const sheet = vocSheetReport("en", out);
    const chart = sheet.charts.find((c) => c.table === "distribution")!;
    expect(chart).toMatchObject({ type: "column", stacked: true, series: ["Easy", "Neutral", "Hard"] });
    const table = sheet.tables.find((t) => t.name === "distribution")!;
    expect(table.header).toEqual(["Score", "Answers", "Share", "Easy", "Neutral", "Hard"]);
    expect(table.rows.map((r) => r.slice(3))).toEqual([[1, "", ""], [2, "", ""], ["", 1, ""], ["", "", 0], ["", "", 1]]);
  });

  test("formula equivalents leave default arguments out", () => {
    const range: RangeData = { sheet: "Survey", address: "Survey!B2:E100", row: 1, col: 1, rows: 99, cols: 4, values: [] };
    const mapping = { score: 3, group: 0, date: 1 };
    expect(vocFormulas(range, mapping, settings())).toEqual({
      main: "=CX.NPS(Survey!E2:E100)",
      bySegment: "=CX.NPS.BY(Survey!E2:E100,Survey!B2:B100)",
      byPeriod: "=CX.NPS.TREND(Survey!E2:E100,Survey!C2:C100)",
    });
    expect(vocFormulas(range, mapping, settings({ confidence: 0.9, period: "quarter" })).byPeriod).toBe('=CX.NPS.TREND(Survey!E2:E100,Survey!C2:C100,"quarter",0.9)');
    expect(vocFormulas(range, mapping, settings({ confidence: 0.9 })).byPeriod).toBe("=CX.NPS.TREND(Survey!E2:E100,Survey!C2:C100,,0.9)");
    expect(vocFormulas(range, { ...mapping, group: -1, date: -1 }, settings({ metric: "csat", csatScale: 7, topBox: 6 }))).toEqual({ main: "=CX.CSAT(Survey!E2:E100,7)", bySegment: undefined });
    expect(vocFormulas(range, mapping, settings({ metric: "csat", csatScale: 5, topBox: 5 })).bySegment).toBe("=CX.CSAT.BY(Survey!E2:E100,Survey!B2:B100,,5)");
    expect(vocFormulas(range, mapping, settings({ metric: "ces", cesScale: 5 })).main).toBe("=CX.CES(Survey!E2:E100,5)");
  });
});

describe("the engine's texts in Chinese", () => {
  test("exact and patterned headers; the user's texts unchanged", () => {
    expect(localizeVocText("zh", "Respondents")).toBe("受访人数");
    expect(localizeVocText("zh", "95% CI low")).toBe("95% 置信区间下限");
    expect(localizeVocText("zh", "CSAT 90% CI high")).toBe("满意度 90% 置信区间上限");
    expect(localizeVocText("zh", "Share 99.5% CI low")).toBe("占比 99.5% 置信区间下限");
    expect(localizeVocText("zh", "Satisfied (4-5)")).toBe("满意（4-5 分）");
    expect(localizeVocText("zh", "NPS by quarter")).toBe("NPS（按季度）");
    expect(localizeVocText("zh", "CES by Region")).toBe("CES（按Region）");
    expect(localizeVocText("zh", "Gold")).toBe("Gold");
    expect(localizeVocText("en", "Respondents")).toBe("Respondents");
  });

  test("every table title, header, chart and fact of the three reports is Chinese; the segment names are not touched", () => {
    const groups = SCORES.map((_, i) => (i < 3 ? "Total" : "Gold"));
    const dates = SCORES.map((_, i) => serial(2024, 1 + (i % 3), 5));
    const cjk = /[\u4e00-\u9fff]/;
    for (const s of [settings(), settings({ metric: "csat", csatScale: 10, topBox: 9 }), settings({ metric: "ces", cesScale: 7 }), settings({ metric: "ces", cesScale: 5 })]) {
      const scores = s.metric === "ces" ? SCORES.map((x) => 1 + (x % s.cesScale)) : SCORES;
      const out = runVocTask(input(scores, { groups, dates }), s);
      const zh = localizeVocReport("zh", out.report);
      for (const table of zh.tables) {
        expect({ title: table.title, cjk: cjk.test(table.title) }).toEqual({ title: table.title, cjk: true });
        for (const h of table.header) if (h !== "Segment") expect({ h, cjk: cjk.test(h) }).toEqual({ h, cjk: true });
      }
      for (const chart of zh.charts) {
        expect(cjk.test(chart.title)).toBe(true);
        for (const name of chart.series) expect({ name, cjk: cjk.test(name) }).toEqual({ name, cjk: true });
      }
      for (const fact of zh.facts) expect({ label: fact.label, cjk: cjk.test(fact.label) }).toEqual({ label: fact.label, cjk: true });
      // A segment called "Total": the engine names its total row "All answers"; only that row is translated.
      const byGroup = zh.tables.find((t) => t.name === "byGroup")!;
      expect(byGroup.rows.map((r) => r[0])).toEqual(["Gold", "Total", "全部答案"]);
      const sheet = vocSheetReport("zh", out);
      expect(sheet.explanation.every((line) => cjk.test(line))).toBe(true);
    }
  });
});

describe("survey data", () => {
  const range = (values: unknown[][]): RangeData => ({ sheet: "S", address: "S!A1", row: 0, col: 0, rows: values.length, cols: values[0].length, values });

  test("auto-mapping by English and Chinese headers", () => {
    expect(initialSurveyMapping(range([["Customer", "Region", "Submitted", "Likely to recommend"], ["K1", "N", "2024-01-05", 9]]), true)).toEqual({ score: 3, group: 1, date: 2 });
    expect(initialSurveyMapping(range([["客户", "分群", "日期", "推荐意愿"], ["K1", "A", "2024-01-05", 9]]), true)).toEqual({ score: 3, group: 1, date: 2 });
    expect(initialSurveyMapping(range([["满意度", "备注"], [5, "好"]]), true)).toEqual({ score: 0, group: -1, date: -1 });
    expect(initialSurveyMapping(range([["Customer", "Comment"], ["K1", "slow"]]), true)).toEqual({ score: -1, group: -1, date: -1 });
    expect(surveyMappingProblem({ score: -1, group: -1, date: -1 })).toBe("noScore");
    expect(surveyMappingProblem({ score: 1, group: 1, date: -1 })).toBe("duplicate");
    expect(surveyMappingProblem({ score: 1, group: -1, date: -1 })).toBeUndefined();
  });

  test("the score column's header and answers suggest the measure and scale", () => {
    const inspect = (min: number, max: number) => ({ rows: 10, skipped: [], blankRows: 0, integers: true, min, max });
    expect(suggestSettings("NPS", inspect(0, 10), VOC_DEFAULTS).metric).toBe("nps");
    expect(suggestSettings("CSAT (1-5)", inspect(1, 5), VOC_DEFAULTS)).toMatchObject({ metric: "csat", csatScale: 5, topBox: 4 });
    expect(suggestSettings("满意度", inspect(1, 7), VOC_DEFAULTS)).toMatchObject({ metric: "csat", csatScale: 7, topBox: 6 });
    expect(suggestSettings("Customer effort", inspect(1, 5), VOC_DEFAULTS)).toMatchObject({ metric: "ces", cesScale: 5 });
    expect(suggestSettings("CES", inspect(1, 7), VOC_DEFAULTS)).toMatchObject({ metric: "ces", cesScale: 7 });
    expect(suggestSettings("Q3", inspect(1, 5), VOC_DEFAULTS).metric).toBe("csat");
    expect(suggestSettings("Q3", inspect(0, 10), VOC_DEFAULTS).metric).toBe("nps");
  });

  test("a blank score in a row that holds other answers is skipped, not an empty row", () => {
    const values = [
      ["Other", "NPS"],
      ["x", 9],
      ["y", ""],
      ["", ""],
      ["z", 7],
      ["w", ""],
    ];
    const inspect = inspectVocTask(surveyTaskInput(range(values), true, { score: 1, group: -1, date: -1 }));
    expect(inspect).toMatchObject({ rows: 2, blankRows: 1, skipped: [{ column: "NPS", count: 2, firstRows: [3, 6] }], min: 7, max: 9, integers: true });
  });

  test("CSAT and CES get a trend by period from the engine's pieces", () => {
    const dates = [1, 1, 2, 2, 3].map((m) => serial(2024, m, 15));
    const out = runVocTask(input([5, 4, 2, 5, 3], { dates }), settings({ metric: "csat" }));
    const byPeriod = out.report.tables.find((t) => t.name === "byPeriod")!;
    expect(byPeriod.title).toBe("CSAT by month");
    expect(byPeriod.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["2024-01", 2, 2, 1],
      ["2024-02", 2, 1, 0.5],
      ["2024-03", 1, 0, 0],
    ]);
    expect(out.report.charts.map((c) => c.title)).toEqual(["Answers by score", "CSAT by month"]);
    expect(out.report.charts[1].series).toEqual(["CSAT", "CSAT 95% CI low", "CSAT 95% CI high"]);
  });
});
