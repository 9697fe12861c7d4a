// A/B test results as Reports: what =CX.ABTEST, =CX.ABTEST.MEANS and =CX.SAMPLESIZE spill, with a
// chart and the explanation.
import { formatCount, plural } from "../format";
import { Report } from "../report";
import { confidenceLabel } from "../voc/args";
import { TwoProportionResult } from "./proportions";
import { SampleSizeResult } from "./sample-size";
import { WelchResult } from "./welch";

const optional = (v: number | undefined) => (v === undefined ? "" : v);

export const ABTEST_HEADER = (confidence: number) => {
  const c = confidenceLabel(confidence);
  return ["Rate A", "Rate B", "Difference (B - A)", "Relative lift", `${c} CI low`, `${c} CI high`, "z", "p-value", "Verdict"];
};

export function abTestReport(r: TwoProportionResult): Report {
  const c = confidenceLabel(r.confidence);
  return {
    title: "A/B test (conversion rates)",
    facts: [
      { key: "difference", label: "Difference (B - A)", value: r.difference, format: "percent" },
      { key: "p", label: "p-value", value: r.p, format: "pvalue" },
    ],
    tables: [
      {
        name: "abtest",
        title: "A/B test of conversion rates",
        header: ABTEST_HEADER(r.confidence),
        rows: [[r.a.rate, r.b.rate, r.difference, optional(r.relativeLift), r.interval.lower, r.interval.upper, r.z, r.p, r.verdict]],
        formats: ["percent", "percent", "percent", "percent", "percent", "percent", "number", "pvalue", "text"],
      },
      {
        name: "arms",
        title: "Conversion rate of each arm",
        header: ["Arm", "Visitors", "Conversions", "Rate", `${c} CI low`, `${c} CI high`],
        rows: [
          ["A", r.a.visitors, r.a.conversions, r.a.rate, r.a.interval.lower, r.a.interval.upper],
          ["B", r.b.visitors, r.b.conversions, r.b.rate, r.b.interval.lower, r.b.interval.upper],
        ],
        formats: ["text", "integer", "integer", "percent", "percent", "percent"],
      },
    ],
    charts: [{ type: "column", title: "Conversion rate by arm", table: "arms", category: "Arm", series: ["Rate"] }],
    explanation: [
      r.verdict,
      `A: ${formatCount(r.a.conversions)} of ${plural(r.a.visitors, "visitor")}; B: ${formatCount(r.b.conversions)} of ${plural(r.b.visitors, "visitor")}.`,
      "The interval of the difference is Newcombe's hybrid score interval (built from each arm's Wilson interval); the p-value is the two-proportion z test with the pooled rate.",
    ],
  };
}

export const MEANS_HEADER = (confidence: number) => {
  const c = confidenceLabel(confidence);
  return ["Mean A", "Mean B", "Difference (B - A)", "Relative lift", `${c} CI low`, `${c} CI high`, "t", "df", "p-value", "Verdict"];
};

export function meansReport(r: WelchResult, notes: string[] = []): Report {
  return {
    title: "A/B test (means)",
    facts: [
      { key: "difference", label: "Difference (B - A)", value: r.difference, format: "number" },
      { key: "p", label: "p-value", value: r.p, format: "pvalue" },
    ],
    tables: [
      {
        name: "means",
        title: "Welch's t test of two means",
        header: MEANS_HEADER(r.confidence),
        rows: [[r.a.mean, r.b.mean, r.difference, optional(r.relativeLift), r.interval.lower, r.interval.upper, r.t, r.df, r.p, r.verdict]],
        formats: ["number", "number", "number", "percent", "number", "number", "number", "number", "pvalue", "text"],
      },
      {
        name: "groups",
        title: "Each group",
        header: ["Group", "Values", "Mean", "Standard deviation"],
        rows: [
          ["A", r.a.n, r.a.mean, r.a.sd],
          ["B", r.b.n, r.b.mean, r.b.sd],
        ],
        formats: ["text", "integer", "number", "number"],
      },
    ],
    charts: [{ type: "column", title: "Mean by group", table: "groups", category: "Group", series: ["Mean"] }],
    explanation: [
      r.verdict,
      `A: ${plural(r.a.n, "value")}, B: ${plural(r.b.n, "value")}. Welch's t test does not assume equal variances; its degrees of freedom (${r.df.toFixed(1)}) come from the Welch-Satterthwaite formula.`,
      ...notes,
    ],
  };
}

export const SAMPLE_SIZE_HEADER = ["Base rate", "Target rate", "Power", "Significance level", "Per arm", "Total"];

export function sampleSizeReport(r: SampleSizeResult): Report {
  return {
    title: "Sample size for an A/B test",
    facts: [
      { key: "perArm", label: "Visitors per arm", value: r.perArm, format: "integer" },
      { key: "total", label: "Visitors in total", value: r.total, format: "integer" },
    ],
    tables: [
      {
        name: "sampleSize",
        title: "Visitors needed per arm",
        header: SAMPLE_SIZE_HEADER,
        rows: [[r.p1, r.p2, r.power, r.alpha, r.perArm, r.total]],
        formats: ["percent", "percent", "percent", "percent", "integer", "integer"],
      },
    ],
    charts: [],
    explanation: [
      `${formatCount(r.perArm)} visitors in each arm (${formatCount(r.total)} in all) detect a change in the conversion rate from ${(r.p1 * 100).toFixed(2)}% to ${(r.p2 * 100).toFixed(2)}% with ${+(r.power * 100).toPrecision(4)}% power, by a two-sided test at the ${+(r.alpha * 100).toPrecision(4)}% level.`,
      "Normal approximation without continuity correction (Fleiss, Levin & Paik), as R's power.prop.test; decide the sample size before the test starts and do not stop early when the result looks significant.",
    ],
  };
}
