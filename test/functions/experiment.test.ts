import { abTest, abTestMeans, sampleSize } from "../../src/functions/experiment";
import { excelError } from "./fuzz-outcome";

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe("=CX.ABTEST", () => {
  // A (control) 48/80 = 60%, B (variant) 56/70 = 80%: Newcombe (1998), Statistics in Medicine 17:873-890,
  // table II example (a), method 10: the interval for 0.8 - 0.6 = 0.2 is 0.0524 to 0.3339.
  // Relative lift 0.2 / 0.6 = 1/3. Pooled rate 104/150 = 0.693333; SE0 = sqrt(0.693333 x 0.306667 x (1/80 + 1/70)) = 0.075468;
  // z = 0.2 / 0.075468 = 2.650172; two-sided p = 0.008045 (R: prop.test(c(56, 48), c(70, 80), correct = FALSE)).
  test("rates, difference with Newcombe's interval, lift, z, p and the verdict", () => {
    const out = abTest(48, 80, 56, 70);
    expect(out[0]).toEqual(["Rate A", "Rate B", "Difference (B - A)", "Relative lift", "95% CI low", "95% CI high", "z", "p-value", "Verdict"]);
    expect(out[1].slice(0, 8)).toEqual([0.6, 0.8, expect.closeTo(0.2, 14), expect.closeTo(1 / 3, 14), expect.closeTo(0.0524, 4), expect.closeTo(0.3339, 4), expect.closeTo(2.650172, 6), expect.closeTo(0.008045, 6)]);
    expect(out[1][8]).toBe(
      "B converts at 80.00% against 60.00% for A: +20.00 points (+33% relative), 95% interval +5.24 to +33.39 points, p = 0.008; statistically significant at the 95% level: B is better.",
    );
  });

  test("counts as 1x1 ranges or numeric text; confidence as a fraction, percentage or text", () => {
    expect(abTest([[48]], "80", [[56]], "70")).toEqual(abTest(48, 80, 56, 70));
    const ninety = abTest(48, 80, 56, 70, "90%");
    expect(ninety[0][4]).toBe("90% CI low");
    expect(abTest(48, 80, 56, 70, 90)).toEqual(ninety);
    // A narrower interval at 90%, the same z and p.
    expect(ninety[1][4] as number).toBeGreaterThan(0.0524);
    expect(ninety[1][7]).toBe(abTest(48, 80, 56, 70)[1][7]);
  });

  test("A converting nobody: no relative lift (a blank cell), the rest as usual", () => {
    const out = abTest(0, 100, 3, 100);
    expect(out[1][3]).toBe("");
    expect(out[1][8]).toContain("A converted nobody, so no relative lift");
  });

  test("bad counts are #VALUE! naming the argument", () => {
    expect(excelError(() => abTest(90, 80, 1, 2))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "conversions_a: 90 is more than visitors_a (80)" }));
    expect(excelError(() => abTest(1, 0, 1, 2)).message).toBe("visitors_a: 0 must be a whole number of at least 1");
    expect(excelError(() => abTest(1, 3, 1.5, 2)).message).toBe("conversions_b: 1.5 must be a whole number of at least 0");
    expect(excelError(() => abTest(1, 3, 1, null)).message).toBe("visitors_b: is blank: give a number");
    expect(excelError(() => abTest([[1], [2]], 3, 1, 2)).message).toBe("conversions_a: must be a single number, not a range");
    expect(excelError(() => abTest(1, 3, 1, 2, 0)).message).toBe("confidence: 0 must be a probability between 0 and 1, such as 0.95 or 95%");
  });
});

describe("=CX.ABTEST.MEANS", () => {
  // Student's sleep data (R's datasets::sleep), group 1 as A and group 2 as B. R:
  //   t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
  //   95 percent confidence interval -3.3654832 0.2054832, means 0.75 and 2.33.
  // Here the difference is B - A, so t and the interval change sign.
  const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  test("matches R's t.test on the sleep data; a header row and trailing blanks are skipped, 0 is a value", () => {
    const out = abTestMeans(col(["Drug 1", ...group1, "", ""]), col(["Drug 2", ...group2]));
    expect(out[0]).toEqual(["Mean A", "Mean B", "Difference (B - A)", "Relative lift", "95% CI low", "95% CI high", "t", "df", "p-value", "Verdict"]);
    const [meanA, meanB, diff, lift, lo, hi, t, df, p] = out[1] as number[];
    expect(meanA).toBeCloseTo(0.75, 14);
    expect(meanB).toBeCloseTo(2.33, 14);
    expect(diff).toBeCloseTo(1.58, 14);
    expect(lift).toBeCloseTo(1.58 / 0.75, 12);
    expect(lo).toBeCloseTo(-0.2054832, 7);
    expect(hi).toBeCloseTo(3.3654832, 7);
    expect(t).toBeCloseTo(1.8608, 4);
    expect(df).toBeCloseTo(17.776, 3);
    expect(p).toBeCloseTo(0.07939, 5);
    expect(out[1][9]).toMatch(/not statistically significant at the 95% level/);
  });

  test("groups of different sizes; 90% confidence", () => {
    // A: 1, 2, 3 (mean 2, var 1); B: 2, 4, 6, 8 (mean 5, var 20/3).
    // SE = sqrt(1/3 + 20/12) = sqrt(2) = 1.414214, t = 3 / 1.414214 = 2.121320;
    // df = 2^2 / ((1/3)^2 / 2 + (5/3)^2 / 3) = 4 / (1/18 + 25/27) = 4 / 0.981481 = 4.075472.
    const out = abTestMeans(col([1, 2, 3]), col([2, 4, 6, 8]), 0.9);
    expect(out[0][4]).toBe("90% CI low");
    expect(out[1].slice(0, 3)).toEqual([2, 5, 3]);
    expect(out[1][6]).toBeCloseTo(2.12132, 5);
    expect(out[1][7]).toBeCloseTo(4.075472, 5);
  });

  test("bad input is #VALUE! naming the argument", () => {
    expect(excelError(() => abTestMeans(col([1, 2]), col([5])))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "values_b: needs at least 2 values for a t test (got 1)" }));
    expect(excelError(() => abTestMeans(col([1, "x"]), col([1, 2]))).message).toBe("values_a, row 2: 'x' is not a number");
    expect(excelError(() => abTestMeans(col([""]), col([1, 2]))).message).toBe("values_a: no numbers (every cell is blank)");
    expect(excelError(() => abTestMeans(col([3, 3]), col([4, 4]))).message).toBe(
      "values_a, values_b: every value within each group is the same, so there is no variation to test against",
    );
    expect(excelError(() => abTestMeans(col([1e308, -1e308]), col([1e308, -1e308, 0]))).message).toMatch(/too large to compare/);
  });
});

describe("=CX.SAMPLESIZE", () => {
  // R's ?power.prop.test: power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7 per group -> 77.
  test("matches R's power.prop.test", () => {
    expect(sampleSize(0.5, 0.25, 0.9)).toBe(77);
  });

  // 5% -> 6% at 80% power, 5% two-sided: pbar = 0.055;
  // n = (1.959964 sqrt(2 x 0.055 x 0.945) + 0.841621 sqrt(0.05 x 0.95 + 0.06 x 0.94))^2 / 0.01^2 = 8157.73 -> 8158.
  test("5% to 6% by hand, with percent forms and the defaults", () => {
    expect(sampleSize(0.05, 0.01)).toBe(8158);
    expect(sampleSize("5%", "1%")).toBe(8158);
    expect(sampleSize([[5]], 1, 0.8, 0.05)).toBe(8158);
    expect(sampleSize(0.05, 0.01, null, null)).toBe(8158);
    // More power or a stricter alpha needs more visitors; a drop works like a rise.
    expect(sampleSize(0.05, 0.01, 0.9)).toBeGreaterThan(8158);
    expect(sampleSize(0.05, 0.01, 0.8, 0.01)).toBeGreaterThan(8158);
    expect(sampleSize(0.06, -0.01)).toBe(8158);
  });

  test("bad arguments are #VALUE! naming the argument", () => {
    expect(excelError(() => sampleSize(0.95, 0.1))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: "minimum_detectable_effect: the target rate base_rate + effect = 1.05 must lie between 0 and 1" }),
    );
    expect(excelError(() => sampleSize(0.5, 0)).message).toBe("minimum_detectable_effect: 0 must be a non-zero change in the rate, such as 0.01 (one point) or 1%");
    expect(excelError(() => sampleSize("", 0.1)).message).toBe("base_rate: is blank: give the current conversion rate, such as 0.05 or 5%");
    expect(excelError(() => sampleSize(0.5, 0.1, 0.3)).message).toBe("power: 0.3 is too low: use at least 50% (usually 80% or 90%)");
    expect(excelError(() => sampleSize(0.5, 0.1, 0.8, 0.7)).message).toBe("alpha: 0.7 is too high: use at most 50% (usually 5%)");
    expect(excelError(() => sampleSize(0.5, 1e-300)).message).toBe("minimum_detectable_effect: the change is too small to detect with any practical number of visitors");
  });
});
