// What the Kano wizard shows and writes: the formula equivalent, the report in Chinese, the
// explanation and advice, and the chart data.
import { findTable } from "../../../src/core/report";
import type { RangeData } from "../../../src/excel/gateway";
import { quadrantSeries } from "../../../src/taskpane/charts/QuadrantChart";
import { stackedBarData } from "../../../src/taskpane/charts/StackedBarChart";
import { type KanoOutput, runKanoTask } from "../../../src/taskpane/compute/kano-task";
import { zh } from "../../../src/taskpane/i18n/strings";
import { autoPair, kanoTaskInput } from "../../../src/taskpane/kano/kano-data";
import { betterWorsePoints, kanoExplanation, kanoFormula, kanoSheetReport, kanoSummaryLine, localizeKanoReport, shareRows } from "../../../src/taskpane/kano/kano-view";

function range(values: unknown[][], address: string): RangeData {
  return { row: 0, col: 0, rows: values.length, cols: values[0].length, sheet: "Survey", address, values };
}

// Wifi: (like, dislike) O, (expect, dislike) M, (neutral, dislike) M, (neutral, neutral) I -> M.
// Pool: (like, neutral) A, (like, live with) A, (like, dislike) O, (neutral, neutral) I -> A.
const VALUES = [
  ["Wifi F", "Pool F", "Wifi D", "Pool D"],
  [1, 1, 5, 3],
  [2, 1, 5, 4],
  [3, 1, 5, 5],
  [3, 3, 3, 3],
];

function output(values = VALUES): { out: KanoOutput; r: RangeData } {
  const r = range(values, "Survey!A1:D5");
  const pairs = autoPair(r, true).pairs;
  return { out: runKanoTask(kanoTaskInput(r, true, pairs), { scale: 5, useImportance: false, respondents: true }), r };
}

describe("kanoFormula", () => {
  test("adjacent functional and dysfunctional blocks are plain addresses; names from the markers are given", () => {
    const { r } = output();
    const pairs = autoPair(r, true).pairs;
    expect(pairs.map((p) => [p.name, p.functional, p.dysfunctional])).toEqual([
      ["Wifi", 0, 2],
      ["Pool", 1, 3],
    ]);
    expect(kanoFormula(r, true, pairs, 5)).toBe('=CX.KANO(Survey!A1:B5,Survey!C1:D5,{"Wifi","Pool"})');
  });

  test("alternating columns go through CHOOSECOLS; names equal to the headers are left out", () => {
    const r = range([["Id", "Wifi", "Wifi?", "Pool", "Pool?"], ["a", 1, 5, 2, 5]], "Survey!A1:E2");
    const pairs = autoPair(r, true).pairs.map((p) => ({ ...p }));
    expect(kanoFormula(r, true, pairs, 5)).toBe("=CX.KANO(CHOOSECOLS(Survey!A1:E2,2,4),CHOOSECOLS(Survey!A1:E2,3,5))");
    pairs[1].name = 'The "big" pool';
    expect(kanoFormula(r, true, pairs, 5)).toBe('=CX.KANO(CHOOSECOLS(Survey!A1:E2,2,4),CHOOSECOLS(Survey!A1:E2,3,5),{"Wifi","The ""big"" pool"})');
  });

  test("no formula for the 3-point scale, which =CX.KANO does not take", () => {
    const { r } = output();
    expect(kanoFormula(r, true, autoPair(r, true).pairs, 3)).toBeUndefined();
  });
});

describe("the report in Chinese", () => {
  test("headers, titles, facts, charts and category names are translated; feature names are not", () => {
    const { out } = output();
    const report = localizeKanoReport("zh", out.report);
    const features = findTable(report, "features");
    expect(features.title).toBe(zh.krTitleFeatures);
    expect(features.header.slice(0, 4)).toEqual([zh.krFeature, zh.krRespondents, zh.krCategory, "A"]);
    expect(features.rows.map((row) => [row[0], row[2], row[11]])).toEqual([
      ["Wifi", zh.krMustBe, zh.krNo],
      ["Pool", zh.krAttractive, zh.krNo],
    ]);
    expect(findTable(report, "shares").header).toEqual([zh.krFeature, zh.krAttractive, zh.krOneDimensional, zh.krMustBe, zh.krIndifferent, zh.krReverse, zh.krQuestionable]);
    expect(report.facts.map((f) => f.label)).toEqual([zh.krRespondents, zh.krFeatures, zh.krMustBeFeatures, zh.krOneDimensionalFeatures, zh.krAttractiveFeatures]);
    expect(report.charts.map((c) => c.title)).toEqual([zh.krTitleFeatures, zh.krChartBetterWorse, zh.krChartContinuous]);
    expect(report.charts[1]).toMatchObject({ category: zh.krWorseAbs, series: [zh.krBetter] });
    // Every header of every table is known to the lookup, except the category letters and feature names.
    for (const table of report.tables) {
      for (const h of table.header) expect({ table: table.name, h, translated: /[\u4e00-\u9fff]/.test(h) || /^[AOMIRQ]$/.test(h) || ["Wifi", "Pool"].includes(h) }).toMatchObject({ translated: true });
    }
  });

  test("English is the engine's report unchanged", () => {
    const { out } = output();
    expect(localizeKanoReport("en", out.report)).toBe(out.report);
  });
});

describe("explanation", () => {
  test("summary, advice for the categories present, Fong and the Better/Worse definition", () => {
    const { out } = output();
    expect(kanoSummaryLine("en", out)).toBe("Respondents: 4. Features: 2: 1 must-be, 0 one-dimensional, 1 attractive, 0 indifferent.");
    const lines = kanoExplanation("en", out);
    expect(lines).toContain(
      "Must-be: taken for granted. Missing, it dissatisfies; present, it does not delight. Your features here: Wifi. Fix these first: get them to a reliable, adequate level, then stop investing beyond that.",
    );
    expect(lines.some((l) => l.startsWith("Attractive: delights when present") && l.includes("Your features here: Pool."))).toBe(true);
    expect(lines.some((l) => l.startsWith("Indifferent"))).toBe(false);
    // 4 answers: M 2 vs O 1 (Wifi), A 2 vs O 1 (Pool): too few to differ by Fong's test.
    expect(lines).toContain(
      "Not clear-cut by Fong's test (the top two categories do not differ significantly): Wifi (Must-be or One-dimensional), Pool (Attractive or One-dimensional). Treat them as mixed and weigh both.",
    );
    const zhLines = kanoSheetReport("zh", out).explanation;
    expect(zhLines[0]).toBe("受访者：4 位。功能：2 个，其中必备型 1 个，期望型 0 个，魅力型 1 个，无差异型 0 个。");
    expect(zhLines.every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });
});

describe("chart data", () => {
  test("Better against |Worse|, with the quadrant lines at 0.5", () => {
    const { out } = output();
    // Wifi: A 0, O 1, M 2, I 1: Better = 1/4, Worse = -3/4. Pool: A 2, O 1, M 0, I 1: Better = 3/4, Worse = -1/4.
    const points = betterWorsePoints(out.features);
    expect(points).toEqual([
      { label: "Wifi", x: 0.75, y: 0.25 },
      { label: "Pool", x: 0.25, y: 0.75 },
    ]);
    const series = quadrantSeries({ title: "BW", xTitle: "|Worse|", yTitle: "Better", points });
    expect(series.map((s) => s.data.map((d) => [d.x, d.y]))).toEqual([
      [[0.75, 0.25]],
      [[0.25, 0.75]],
      [
        [0.5, 0],
        [0.5, 1],
      ],
      [
        [0, 0.5],
        [1, 0.5],
      ],
    ]);
    expect(series.slice(0, 2).map((s) => [s.legend, s.data[0].text])).toEqual([
      ["Wifi", "Wifi"],
      ["Pool", "Pool"],
    ]);
  });

  test("one stacked bar per feature of its A, O, M, I, R, Q shares, empty parts left out", () => {
    const { out } = output();
    const rows = shareRows(out.features);
    expect(rows).toEqual([
      { label: "Wifi", values: [0, 0.25, 0.5, 0.25, 0, 0] },
      { label: "Pool", values: [0.5, 0.25, 0, 0.25, 0, 0] },
    ]);
    const data = stackedBarData({ title: "t", series: ["A", "O", "M", "I", "R", "Q"], rows });
    expect(data.map((d) => [d.chartTitle, d.chartData!.map((p) => [p.legend, p.horizontalBarChartdata!.x])])).toEqual([
      ["Wifi", [["O", 0.25], ["M", 0.5], ["I", 0.25]]],
      ["Pool", [["A", 0.5], ["O", 0.25], ["I", 0.25]]],
    ]);
  });
});
