import { findTable, tableGrid } from "../../../src/core/report";
import { InputError } from "../../../src/core/table/errors";
import { abTestArgs, sampleSizeArgs } from "../../../src/core/experiment/args";
import { newcombeInterval } from "../../../src/core/experiment/newcombe";
import { pooledZ, twoProportionTest } from "../../../src/core/experiment/proportions";
import { abTestFromArgs, meansFromRanges, sampleSizeFromArgs } from "../../../src/core/experiment/run";
import { sampleSize, twoProportionPower, twoProportionSampleSize } from "../../../src/core/experiment/sample-size";
import { welchTest } from "../../../src/core/experiment/welch";
import { formatP, signed } from "../../../src/core/experiment/verdict";

const Z95 = 1.959963984540054;

describe("Newcombe's hybrid score interval (method 10)", () => {
  // Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Statistics in Medicine 17:873-890, Table II, method 10, 95%:
  // (x1/n1, x2/n2) -> lower, upper for p1 - p2. Example (a) is 56/70 - 48/80 = 0.2000 (not 0.2333).
  const table: [string, number, number, number, number, number, number][] = [
    ["a", 56, 70, 48, 80, 0.0524, 0.3339],
    ["b", 9, 10, 3, 10, 0.1705, 0.809],
    ["c", 6, 7, 2, 7, 0.0582, 0.8062],
    ["d", 5, 56, 0, 29, -0.0381, 0.1926],
    ["e", 0, 10, 0, 20, -0.1611, 0.2775],
    ["f", 0, 10, 0, 10, -0.2775, 0.2775],
    ["g", 10, 10, 0, 20, 0.6791, 1],
    ["h", 10, 10, 0, 10, 0.6075, 1],
  ];
  test.each(table)("example (%s): %p/%p - %p/%p -> %p to %p", (_, x1, n1, x2, n2, lo, hi) => {
    const i = newcombeInterval(x1, n1, x2, n2, Z95);
    expect(i.lower).toBeCloseTo(lo, 4);
    expect(i.upper).toBeCloseTo(hi, 4);
  });
});

describe("=CX.ABTEST: two proportions", () => {
  // A (control) 48/80 = 60%, B (variant) 56/70 = 80%: Newcombe's example (a) with the arms named.
  //   Difference +20 points, relative lift 0.2 / 0.6 = +33.3%, interval 0.0524 to 0.3339.
  //   Pooled rate (48 + 56) / 150 = 0.693333; SE0 = sqrt(0.693333 x 0.306667 x (1/80 + 1/70)) = 0.075468;
  //   z = 0.2 / 0.075468 = 2.650172; two-sided p = 0.008045.
  test("rates, lift, interval, pooled z and p, worked by hand", () => {
    const r = twoProportionTest({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 });
    expect([r.a.rate, r.b.rate]).toEqual([0.6, 0.8]);
    expect(r.difference).toBeCloseTo(0.2, 14);
    expect(r.relativeLift).toBeCloseTo(1 / 3, 14);
    expect(r.interval.lower).toBeCloseTo(0.0524, 4);
    expect(r.interval.upper).toBeCloseTo(0.3339, 4);
    expect(r.z).toBeCloseTo(2.650172, 6);
    expect(r.p).toBeCloseTo(0.008045, 6);
    expect(r.significant).toBe(true);
    expect(r.verdict).toBe(
      "B converts at 80.00% against 60.00% for A: +20.00 points (+33% relative), 95% interval +5.24 to +33.39 points, p = 0.008; statistically significant at the 95% level: B is better.",
    );
  });

  test("pooled z squared is Pearson's chi-square of the 2x2 table (R's prop.test without correction)", () => {
    // Table [[48, 32], [56, 14]]: X^2 = N (ad - bc)^2 / (r1 r2 c1 c2) = 150 (48*14 - 32*56)^2 / (80*70*104*46)
    const chi2 = (150 * (48 * 14 - 32 * 56) ** 2) / (80 * 70 * 104 * 46);
    expect(pooledZ(48, 80, 56, 70) ** 2).toBeCloseTo(chi2, 12);
  });

  test("not significant, worse, and A converting nobody", () => {
    const same = twoProportionTest({ conversionsA: 50, visitorsA: 1000, conversionsB: 55, visitorsB: 1000 });
    expect(same.verdict).toMatch(/not statistically significant at the 95% level: the difference could be chance\.$/);
    const worse = twoProportionTest({ conversionsA: 120, visitorsA: 1000, conversionsB: 80, visitorsB: 1000 });
    expect(worse.verdict).toMatch(/: B is worse\.$/);
    const zero = twoProportionTest({ conversionsA: 0, visitorsA: 100, conversionsB: 3, visitorsB: 100 });
    expect(zero.relativeLift).toBeUndefined();
    expect(zero.verdict).toContain("A converted nobody, so no relative lift");
    const none = twoProportionTest({ conversionsA: 0, visitorsA: 10, conversionsB: 0, visitorsB: 10 });
    expect([none.z, none.p]).toEqual([0, 1]);
  });

  test("a borderline case says the p-value and the interval disagree", () => {
    // Search small samples for a pair where the pooled z test and Newcombe's interval disagree.
    let found: string | undefined;
    for (let xa = 0; xa <= 30 && !found; xa++) {
      for (let xb = 0; xb <= 30 && !found; xb++) {
        const r = twoProportionTest({ conversionsA: xa, visitorsA: 30, conversionsB: xb, visitorsB: 30 });
        const excludes = r.interval.lower > 0 || r.interval.upper < 0;
        if (r.significant !== excludes) found = r.verdict;
      }
    }
    expect(found).toMatch(/borderline at the 95% level \(the test and the interval disagree\): collect more data before deciding\.$/);
  });

  test("the table =CX.ABTEST spills, and the arms", () => {
    const { report } = abTestFromArgs({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 }, 0.9);
    const grid = tableGrid(findTable(report, "abtest"));
    expect(grid[0]).toEqual(["Rate A", "Rate B", "Difference (B - A)", "Relative lift", "90% CI low", "90% CI high", "z", "p-value", "Verdict"]);
    expect(grid[1].slice(0, 2)).toEqual([0.6, 0.8]);
    expect(findTable(report, "arms").rows.map((r) => r.slice(0, 4))).toEqual([
      ["A", 80, 48, 0.6],
      ["B", 70, 56, 0.8],
    ]);
  });

  test("arguments: whole counts, conversions within visitors, numeric text", () => {
    expect(abTestArgs({ conversionsA: "48", visitorsA: [[80]], conversionsB: 56, visitorsB: "1,000" })).toEqual({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 1000 });
    expect(() => abTestArgs({ conversionsA: 90, visitorsA: 80, conversionsB: 1, visitorsB: 2 })).toThrow(/^conversions_a: 90 is more than visitors_a \(80\)/);
    expect(() => abTestArgs({ conversionsA: 1, visitorsA: 0, conversionsB: 1, visitorsB: 2 })).toThrow(/^visitors_a: 0 must be a whole number of at least 1/);
    expect(() => abTestArgs({ conversionsA: 1.5, visitorsA: 3, conversionsB: 1, visitorsB: 2 })).toThrow(/^conversions_a: 1.5 must be a whole number/);
    expect(() => abTestArgs({ conversionsA: "", visitorsA: 3, conversionsB: 1, visitorsB: 2 })).toThrow(/^conversions_a: is blank/);
    expect(() => abTestArgs({ conversionsA: [[1], [2]], visitorsA: 3, conversionsB: 1, visitorsB: 2 })).toThrow(/^conversions_a: must be a single number/);
  });
});

describe("=CX.ABTEST.MEANS: Welch's t test", () => {
  // R: t.test(extra ~ group, data = sleep) (Student's sleep data, R's datasets package):
  //   t = -1.8608, df = 17.776, p-value = 0.07939, 95% CI -3.3654832 0.2054832, means 0.75 and 2.33.
  // Here A = group 1, B = group 2 and the difference is B - A, so t and the interval change sign.
  const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
  test("matches R's t.test on the sleep data", () => {
    const r = welchTest(group1, group2);
    expect(r.a.mean).toBeCloseTo(0.75, 14);
    expect(r.b.mean).toBeCloseTo(2.33, 14);
    expect(r.t).toBeCloseTo(1.8608, 4);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.p).toBeCloseTo(0.07939, 5);
    expect(r.interval.lower).toBeCloseTo(-0.2054832, 7);
    expect(r.interval.upper).toBeCloseTo(3.3654832, 7);
    expect(r.significant).toBe(false);
    expect(r.verdict).toBe(
      "Mean of B 2.33 against 0.75 for A: +1.58 (+211% relative), 95% interval -0.2055 to 3.365, t = +1.86 on 17.8 df, p = 0.08; not statistically significant at the 95% level: the difference could be chance.",
    );
  });

  test("from ranges: a 0 value counts, header and blanks are skipped", () => {
    const { result, report } = meansFromRanges([["Group 1"], ...group1.map((x) => [x]), [""]], group2.map((x) => [x]));
    expect(result.a.n).toBe(10);
    expect(result.a.mean).toBeCloseTo(0.75, 14);
    expect(findTable(report, "means").header).toEqual(["Mean A", "Mean B", "Difference (B - A)", "Relative lift", "95% CI low", "95% CI high", "t", "df", "p-value", "Verdict"]);
    expect(findTable(report, "groups").rows[0].slice(0, 2)).toEqual(["A", 10]);
  });

  test("too few values, no variation, text: InputErrors naming the argument", () => {
    expect(() => welchTest([1], [1, 2])).toThrow(/^values_a: needs at least 2 values/);
    expect(() => welchTest([1, 1], [2, 2])).toThrow(/no variation/);
    expect(() => meansFromRanges([[1], ["x"]], [[1], [2]])).toThrow(/^values_a, row 2: 'x' is not a number/);
    expect(() => meansFromRanges([[""]], [[1], [2]])).toThrow(/^values_a: no numbers/);
    expect(welchTest([1e306, -1e306], [1e306, -1e306, 0]).difference).toBe(0); // huge but representable
    expect(() => welchTest([1e308, -1e308], [1e308, -1e308, 0])).toThrow(/too large to compare/); // the interval overflows
    expect(() => welchTest([1.7e308, 1.7e308, 1.6e308], [-1.7e308, -1.6e308])).toThrow(InputError);
  });
});

describe("=CX.SAMPLESIZE", () => {
  // R's ?power.prop.test examples: power.prop.test(p1 = .50, p2 = .75, power = .90) => n = 76.7;
  // power.prop.test(n = 50, p1 = .50, p2 = .75) => power = 0.740 (0.7401659 printed).
  test("matches R's power.prop.test examples", () => {
    expect(twoProportionSampleSize(0.5, 0.75, 0.9, 0.05)).toBeCloseTo(76.7069, 4);
    expect(twoProportionPower(50, 0.5, 0.75, 0.05)).toBeCloseTo(0.7401659, 7);
    const r = sampleSize({ baseRate: 0.5, effect: 0.25, power: 0.9 });
    expect([r.perArm, r.total]).toEqual([77, 154]);
  });

  // 5% -> 6%, 80% power, 5% two-sided: pbar = 0.055, sqrt(2 x 0.055 x 0.945) = 0.322413;
  // sqrt(0.05 x 0.95 + 0.06 x 0.94) = 0.322335; z 1.959964 and 0.841621:
  // n = (1.959964 x 0.322413 + 0.841621 x 0.322335)^2 / 0.01^2 = 0.903202^2 / 0.0001 = 8157.73 -> 8158 per arm.
  test("5% to 6% at 80% power and 5% alpha, by hand", () => {
    const exact = twoProportionSampleSize(0.05, 0.06);
    const hand = (1.959963984540054 * Math.sqrt(2 * 0.055 * 0.945) + 0.8416212335729143 * Math.sqrt(0.05 * 0.95 + 0.06 * 0.94)) ** 2 / 0.0001;
    expect(exact).toBeCloseTo(hand, 8);
    expect(exact).toBeCloseTo(8157.73, 2);
    expect(sampleSize({ baseRate: 0.05, effect: 0.01 }).perArm).toBe(8158);
    // At that n the power is (just over) 80%.
    expect(twoProportionPower(Math.ceil(hand), 0.05, 0.06)).toBeGreaterThanOrEqual(0.8);
    expect(twoProportionPower(Math.ceil(hand) - 1, 0.05, 0.06)).toBeLessThan(0.8);
  });

  test("arguments: percent forms, relative effects, bounds", () => {
    expect(sampleSizeArgs({ baseRate: "5%", effect: "1%" })).toMatchObject({ baseRate: 0.05, effect: 0.01, power: 0.8, alpha: 0.05 });
    expect(sampleSizeArgs({ baseRate: 5, effect: 1, power: 90, alpha: 0.01 })).toMatchObject({ baseRate: 0.05, effect: 0.01, power: 0.9, alpha: 0.01 });
    expect(sampleSize(sampleSizeArgs({ baseRate: 0.1, effect: 0.1, relative: true })).p2).toBeCloseTo(0.11, 15);
    expect(sampleSize(sampleSizeArgs({ baseRate: 0.1, effect: -0.02 })).p2).toBeCloseTo(0.08, 15);
    expect(() => sampleSizeArgs({ baseRate: 0.95, effect: 0.1 })).toThrow(/^minimum_detectable_effect: the target rate base_rate \+ effect = 1.05 must lie between 0 and 1/);
    expect(() => sampleSizeArgs({ baseRate: 0.5, effect: 0 })).toThrow(/^minimum_detectable_effect: 0 must be a non-zero change/);
    expect(() => sampleSizeArgs({ baseRate: "", effect: 0.1 })).toThrow(/^base_rate: is blank/);
    expect(() => sampleSizeArgs({ baseRate: 0.5, effect: 0.1, power: 0.3 })).toThrow(/^power: 0.3 is too low/);
    expect(() => sampleSizeArgs({ baseRate: 0.5, effect: 0.1, alpha: 0.7 })).toThrow(/^alpha: 0.7 is too high/);
    expect(() => sampleSizeFromArgs({ baseRate: 0.5, effect: 1e-300 })).toThrow(/too small to detect/);
  });

  test("the report =CX.SAMPLESIZE spills", () => {
    const { report } = sampleSizeFromArgs({ baseRate: 0.5, effect: 0.25, power: 0.9 });
    expect(tableGrid(findTable(report, "sampleSize"))).toEqual([
      ["Base rate", "Target rate", "Power", "Significance level", "Per arm", "Total"],
      [0.5, 0.75, 0.9, 0.05, 77, 154],
    ]);
    expect(report.explanation[0]).toBe(
      "77 visitors in each arm (154 in all) detect a change in the conversion rate from 50.00% to 75.00% with 90% power, by a two-sided test at the 5% level.",
    );
  });
});

describe("wording", () => {
  test("p-values and signed numbers", () => {
    expect([formatP(0.0004), formatP(0.0049), formatP(0.0518), formatP(0.5)]).toEqual(["p < 0.001", "p = 0.005", "p = 0.05", "p = 0.50"]);
    expect([signed(1.234, 1), signed(-0.04, 1), signed(0, 2)]).toEqual(["+1.2", "0.0", "0.00"]);
  });
});
