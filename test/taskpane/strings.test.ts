// The task pane's translation table: complete in both languages, really translated, and in step
// with the custom functions it documents.
import fs from "fs";
import path from "path";
import { ANALYSES } from "../../src/taskpane/analyses";
import { LANGUAGE_NAMES, LANGUAGES, type StringKey, en, isLanguage, pickLanguage, t, zh } from "../../src/taskpane/i18n/strings";

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** Strings that are the same in every language: the product name and formulas as typed in Excel. */
const UNTRANSLATED: StringKey[] = ["appTitle", "rfmFormula", "rfmSummaryFormula", "rfmScoreFormula", "sheetName", "hdrR", "hdrF", "hdrM", "hdrRByF", "ltvFormula", "clvFitFormula", "paliveFormula", "sheetNameClv", "vocNpsFormula", "vocNpsByFormula", "vocNpsTrendFormula", "vocNpsTestFormula", "vocCsatFormula", "vocCesFormula", "sheetNameNps", "sheetNameCsat", "sheetNameCes", "abFormula", "abMeansFormula", "abSampleSizeFormula", "kanoFormula", "kanoClassFormula", "sheetNameKano", "segKmeansFormula", "segElbowFormula", "segTierFormula", "segParetoFormula", "cohCohortFormula", "cohChurnFormula", "cohChurnRateFormula", "cohFunnelFormula", "cohSheetCohorts", "cohSheetChurn", "cohSheetFunnel", "cvValueCurveFormula", "cvSummaryFormula", "cvErrcFormula", "prScoreFormula", "prMatrixFormula", "prMatrixSummaryFormula"];
const keys = Object.keys(en) as StringKey[];

describe("translation table", () => {
  test("en and zh have the same keys", () => {
    expect(keys.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  test.each(LANGUAGES)("no %s string is empty", (lang) => {
    for (const key of keys) expect({ key, text: t(lang, key).trim().length > 0 }).toEqual({ key, text: true });
  });

  test("every zh string is Chinese, except the product name and formulas", () => {
    for (const key of keys) {
      if (UNTRANSLATED.includes(key)) continue;
      expect({ key, cjk: CJK.test(zh[key]) }).toEqual({ key, cjk: true });
      expect({ key, differs: zh[key] !== en[key] }).toEqual({ key, differs: true });
    }
  });

  test("no en string contains Chinese", () => {
    for (const key of keys) expect({ key, cjk: CJK.test(en[key]) }).toEqual({ key, cjk: false });
  });

  test("the product name and formulas are identical in both languages", () => {
    for (const key of UNTRANSLATED) expect(zh[key]).toBe(en[key]);
    expect(en.appTitle).toBe("CX Analytics");
  });

  test("t looks up the requested language", () => {
    expect(t("en", "rfmQuestion")).toBe("Who are our best customers, and who is slipping away?");
    expect(t("zh", "rfmQuestion")).toBe(zh.rfmQuestion);
    expect(t("zh", "languageLabel")).toBe("语言");
  });

  test("language names are autonyms", () => {
    expect(LANGUAGE_NAMES).toEqual({ en: "English", zh: "简体中文" });
  });
});

describe("pickLanguage", () => {
  test.each(["zh", "zh-CN", "zh-cn", "ZH-CN", "zh-Hans", "zh-Hans-CN", "zh-SG", "zh_CN", " zh-CN "])("%j -> zh", (tag) => {
    expect(pickLanguage(tag)).toBe("zh");
  });

  test.each(["en-US", "en", "fr-FR", "ja-JP", "", "zhn", "z", "x-zh"])("%j -> en", (tag) => {
    expect(pickLanguage(tag)).toBe("en");
  });

  test("no display language -> en", () => {
    expect(pickLanguage()).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
  });

  test("isLanguage accepts exactly the pane's languages", () => {
    expect(["en", "zh", "fr", "", null, 1].map(isLanguage)).toEqual([true, true, false, false, false, false]);
  });
});

describe("formulas shown in the pane", () => {
  // The custom functions as declared in src/functions (JSDoc @customfunction and @param tags).
  const functionsDir = path.resolve(__dirname, "..", "..", "src", "functions");
  const declared = new Map<string, string[]>();
  for (const file of fs.readdirSync(functionsDir).filter((f) => f.endsWith(".ts"))) {
    const source = fs.readFileSync(path.join(functionsDir, file), "utf8");
    for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const id = /@customfunction\s+([\w.]+)/.exec(block)?.[1];
      if (!id) continue;
      const required = [...block.matchAll(/@param\s+(\[?)(\w+)/g)].filter((m) => m[1] === "").map((m) => m[2]);
      declared.set(`CX.${id.toUpperCase()}`, required);
    }
  }

  const shown = ANALYSES.flatMap((a) => a.formulas.map((f) => en[f.formula]));

  test("the pane lists formulas", () => {
    expect(shown).toEqual([
      "=CX.RFM(customer_ids, dates, amounts, ...)",
      "=CX.RFM.SUMMARY(customer_ids, dates, amounts, ...)",
      "=CX.RFM.SCORE(recency, frequency, monetary, ...)",
      "=CX.LTV(customer_ids, dates, amounts, ...)",
      "=CX.CLV.FIT(frequency, recency, T, ...)",
      "=CX.PALIVE(params, frequency, recency, T)",
      "=CX.NPS(scores, ...)",
      "=CX.NPS.BY(scores, groups, ...)",
      "=CX.NPS.TREND(scores, dates, ...)",
      "=CX.NPS.TEST(scores_a, scores_b, ...)",
      "=CX.CSAT(scores, ...)",
      "=CX.CES(scores, ...)",
      "=CX.ABTEST(conversions_a, visitors_a, conversions_b, visitors_b, ...)",
      "=CX.ABTEST.MEANS(values_a, values_b, ...)",
      "=CX.SAMPLESIZE(base_rate, minimum_detectable_effect, ...)",
      "=CX.KANO(functional, dysfunctional, ...)",
      "=CX.KANO.CLASS(functional_answer, dysfunctional_answer)",
      "=CX.KMEANS(data, k, ...)",
      "=CX.KMEANS.ELBOW(data, ...)",
      "=CX.TIER(value, need, ...)",
      "=CX.PARETO(items, values, ...)",
      "=CX.COHORT(customer_ids, dates, ...)",
      "=CX.CHURN(customer_ids, dates, ...)",
      "=CX.CHURN.RATE(customer_ids, dates, ...)",
      "=CX.FUNNEL(stage_names, counts)",
      "=CX.VALUECURVE(factors, levels, ...)",
      "=CX.VALUECURVE.SUMMARY(factors, levels, ...)",
      "=CX.ERRC(factors, current_levels, new_levels, ...)",
      "=CX.SCORE(scores, weights, ...)",
      "=CX.MATRIX(x, y, ...)",
      "=CX.MATRIX.SUMMARY(x, y, ...)",
    ]);
  });

  test.each(shown)("%s is a declared custom function with those required arguments", (formula) => {
    const match = /^=([\w.]+)\(([^)]*)\)$/.exec(formula);
    expect(match).not.toBeNull();
    const [, name, args] = match as RegExpExecArray;
    const listed = args
      .split(",")
      .map((a) => a.trim())
      .filter((a) => a !== "...");
    expect(declared.has(name)).toBe(true);
    expect(listed).toEqual(declared.get(name));
  });
});
