// What the A/B wizard shows and writes: the verdict rebuilt word for word in English (so the pane
// and =CX.ABTEST say the same) and in Chinese, every engine text translated, the interval chart,
// the sheet's report, and the sample-size planner against R's power.prop.test.
import { abTestReport, meansReport, sampleSizeFromArgs, twoProportionTest, welchTest } from "../../../src/core/experiment";
import { runAbTestTask } from "../../../src/taskpane/compute/abtest-task";
import { abSheetReport, fmt4, localizeAbReport, localizeAbText, meansVerdict, planSampleSize, ratesVerdict } from "../../../src/taskpane/experiment/ab-view";

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

describe("verdicts", () => {
  // Significant better (Newcombe's example), significant worse, not significant, nobody converting
  // in A, everybody converting, other confidence levels.
  test.each([
    [48, 80, 56, 70, 0.95],
    [56, 70, 48, 80, 0.95],
    [120, 2400, 131, 2410, 0.95],
    [0, 50, 4, 50, 0.9],
    [50, 50, 50, 50, 0.95],
    [1210, 24000, 1342, 24100, 0.99],
    [10, 100, 19, 100, 0.95],
  ])("rates %i/%i against %i/%i at %f: the English template is the engine's verdict", (xa, na, xb, nb, c) => {
    const r = twoProportionTest({ conversionsA: xa, visitorsA: na, conversionsB: xb, visitorsB: nb }, c);
    expect(ratesVerdict("en", r)).toBe(r.verdict);
    expect(ratesVerdict("zh", r)).toMatch(CJK);
  });

  test.each([
    [[1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8], 0.95],
    [[10, 11, 9, 10.5], [10, 10.2, 9.9, 10.1], 0.9],
    [[0, 0.001, -0.001], [5000000, 5000010, 4999990], 0.95],
    [[-3, -2, -4], [-1, 0, -2], 0.99],
  ])("means %j against %j: the English template is the engine's verdict", (a, b, c) => {
    const r = welchTest(a, b, c);
    expect(meansVerdict("en", r)).toBe(r.verdict);
    expect(meansVerdict("zh", r)).toMatch(CJK);
  });

  test("Chinese verdict of Newcombe's example", () => {
    const r = twoProportionTest({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 });
    expect(ratesVerdict("zh", r)).toBe(
      "B 的转化率为 80.00%，A 为 60.00%：相差 +20.00 个百分点（相对 +33%），95% 置信区间为 +5.24 至 +33.39 个百分点，p = 0.008；在 95% 水平上统计显著：B 更好。",
    );
  });

  test("fmt4 keeps four significant digits", () => {
    expect([fmt4(55.5812), fmt4(-2.46549), fmt4(0.0001234), fmt4(1234567), fmt4(0)]).toEqual(["55.58", "-2.465", "0.0001234", "1.235e+6", "0"]);
  });
});

describe("the engine's texts in Chinese", () => {
  const rates = abTestReport(twoProportionTest({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 }, 0.9));
  const means = meansReport(welchTest([1, 2, 3], [2, 3, 5], 0.95));
  const texts = [rates, means].flatMap((r) => [r.title, ...r.facts.map((f) => f.label), ...r.tables.flatMap((t) => [t.title, ...t.header]), ...r.charts.map((c) => c.title)]);

  test("every title, header, fact and chart title is translated (z and t stay)", () => {
    for (const text of texts) {
      if (text === "z" || text === "t") continue;
      expect({ text, zh: CJK.test(localizeAbText("zh", text)) }).toEqual({ text, zh: true });
      expect(localizeAbText("en", text)).toBe(text);
    }
    expect(localizeAbText("zh", "90% CI low")).toBe("90% 置信下限");
    expect(localizeAbText("zh", "99.5% CI high")).toBe("99.5% 置信上限");
    expect(localizeAbText("zh", "Something else")).toBe("Something else");
  });

  test("the interval chart plots low, rate and high of the arms table, under the translated headers", () => {
    const out = runAbTestTask({ mode: "counts", conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 }, { confidence: 0.9 });
    expect(localizeAbReport("en", out).charts).toEqual([
      { type: "column", title: "Conversion rate of each arm with its 90% interval", table: "arms", category: "Arm", series: ["90% CI low", "Rate", "90% CI high"] },
    ]);
    const zh = localizeAbReport("zh", out);
    expect(zh.charts[0]).toEqual({ type: "column", title: "各组转化率及其 90% 置信区间", table: "arms", category: "组", series: ["90% 置信下限", "转化率", "90% 置信上限"] });
    expect(zh.tables.find((t) => t.name === "abtest")!.rows[0][8]).toBe(ratesVerdict("zh", out.rates!));
  });

  test("the sheet's report: arms then the test, the verdict first in the explanation", () => {
    const out = runAbTestTask({ mode: "counts", conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 }, { confidence: 0.95 });
    const report = abSheetReport("en", out);
    expect(report.tables.map((t) => t.name)).toEqual(["arms", "abtest"]);
    expect(report.explanation).toEqual([
      out.rates!.verdict,
      "A: 48 conversions of 80 visitors; B: 56 of 70.",
      "The interval of the difference is Newcombe's hybrid score interval (built from each arm's Wilson interval); the p-value is the two-proportion z test with the pooled rate.",
    ]);
    expect(abSheetReport("zh", out).explanation.every((line) => CJK.test(line))).toBe(true);
  });
});

describe("sample-size planner", () => {
  const plan = (baseRate: string, effect: string, power = "80", alpha = "5") => planSampleSize("en", { baseRate, effect, power, alpha });

  // R: power.prop.test(p1 = 0.1, p2 = 0.12, power = 0.8) -> n = 3840.847; (p1 = 0.5, p2 = 0.75,
  // power = 0.9) -> n = 76.65 (?power.prop.test); both rounded up per arm.
  test.each([
    ["10", "2", "80", "5", 3841],
    ["50", "25", "90", "5", 77],
    ["10%", "2%", "80%", "5%", 3841],
  ])("rate %s, change %s, power %s, alpha %s -> %i per arm, as =CX.SAMPLESIZE", (b, e, p, a, n) => {
    const r = plan(b, e, p, a);
    expect(r).toMatchObject({ ok: true, perArm: n, total: 2 * n });
    expect(sampleSizeFromArgs({ baseRate: Number(b.replace("%", "")) / 100, effect: Number(e.replace("%", "")) / 100, power: Number(p.replace("%", "")) / 100, alpha: Number(a.replace("%", "")) / 100 }).result.perArm).toBe(n);
  });

  test("a drop needs as many visitors as the engine says", () => {
    const r = plan("5", "-1");
    expect(r.ok && r.perArm).toBe(sampleSizeFromArgs({ baseRate: 0.05, effect: -0.01 }).result.perArm);
  });

  test.each([
    [["x", "2"], "Current conversion rate (%): “x” is not a number."],
    [["0", "2"], "The current conversion rate must be between 0% and 100%."],
    [["10", "0"], "The change must not be 0, and the rate it aims at (10%) must stay between 0% and 100%."],
    [["10", "-15"], "The change must not be 0, and the rate it aims at (-5%) must stay between 0% and 100%."],
    [["10", "2", "40"], "Power must be at least 50% and below 100% (usually 80% or 90%)."],
    [["10", "2", "80", "60"], "The significance level must be above 0% and at most 50% (usually 5%)."],
    [["10", "1e-12"], "The change is too small to detect with any practical number of visitors."],
  ] as [[string, string, string?, string?], string][])("%j: %s", (args, message) => {
    expect(plan(...args)).toEqual({ ok: false, message });
  });

  test("messages in Chinese", () => {
    expect(planSampleSize("zh", { baseRate: "0", effect: "2", power: "80", alpha: "5" })).toEqual({ ok: false, message: "当前转化率必须在 0% 到 100% 之间。" });
  });
});
