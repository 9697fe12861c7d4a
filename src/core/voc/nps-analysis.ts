// NPS of survey data, by group and by period, and the NPS difference test, with their Reports.
import { formatPercent, plural } from "../format";
import { ChartSpec, Report } from "../report";
import { confidenceLabel, DEFAULT_CONFIDENCE } from "./args";
import { groupRows, pick } from "./breakdown";
import { checkScale, VocData } from "./input";
import { npsCounts, npsFromCounts, npsGroupOf, NpsResult, NPS_MAX_SCORE } from "./nps";
import { npsDifference, NpsDifference } from "./nps-test";
import { Period, periodLabel } from "./period";
import { breakdownTable, distributionTable, Named, npsColumns, singleTable } from "./tables";

export interface VocOptions {
  /** Confidence level of the intervals (default 0.95). */
  confidence?: number;
  /** Period of the trend when dates are given (default month). */
  period?: Period;
}

/** Below this many answers an interval is flagged as rough. */
export const SMALL_SAMPLE = 30;

export interface NpsAnalysis {
  overall: NpsResult;
  /** By group, when groups were given (natural order of the names). */
  groups?: Named<NpsResult>[];
  /** By period, when dates were given (time order; periods without answers left out). */
  periods?: Named<NpsResult>[];
  period: Period;
}

/** Results per key (group name or period label), keys in order. */
export function resultsBy<T>(keys: readonly string[], scores: ArrayLike<number>, compute: (s: Float64Array) => T, compare?: (a: string, b: string) => number): Named<T>[] {
  return groupRows(keys, compare).map((g) => ({ name: g.name, result: compute(pick(scores, g.rows)) }));
}

export const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function npsOfData(data: VocData, options: VocOptions = {}): NpsAnalysis {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const period = options.period ?? "month";
  checkScale(data, 0, NPS_MAX_SCORE, " (NPS answers run from 0 to 10)");
  const nps = (s: ArrayLike<number>) => npsFromCounts(npsCounts(s), confidence);
  const out: NpsAnalysis = { overall: nps(data.score), period };
  if (data.group) out.groups = resultsBy(data.group, data.score, nps);
  if (data.day) {
    const day = data.day;
    out.periods = resultsBy(Array.from(day, (d) => periodLabel(d, period)), data.score, nps, byTime);
  }
  return out;
}

const NPS_CHARTS = {
  distribution: { type: "column", title: "Answers by score", table: "distribution", category: "Score", series: ["Answers"] } as ChartSpec,
};

function smallGroups(groups: Named<{ n: number }>[] | undefined): string[] {
  return (groups ?? []).filter((g) => g.result.n < SMALL_SAMPLE).map((g) => g.name);
}

/** The sentence every NPS result starts with. */
export function npsSentence(r: NpsResult): string {
  const c = confidenceLabel(r.confidence);
  return (
    `NPS ${r.nps.toFixed(1)} (${c} interval ${r.interval.lower.toFixed(1)} to ${r.interval.upper.toFixed(1)}) from ${plural(r.n, "answer")}: ` +
    `${formatPercent(r.promoterShare)} promoters (9-10), ${formatPercent(r.passiveShare)} passives (7-8), ${formatPercent(r.detractorShare)} detractors (0-6).`
  );
}

export function npsReport(a: NpsAnalysis, data: VocData): Report {
  const r = a.overall;
  const cols = npsColumns(r.confidence);
  const groupHeader = data.groupHeader || "Group";
  const tables = [
    singleTable("nps", "Net Promoter Score", cols, r),
    distributionTable(r.counts, 0, { header: "Group", of: npsGroupOf }),
  ];
  const charts: ChartSpec[] = [NPS_CHARTS.distribution];
  const lines = [
    npsSentence(r),
    `The interval is NPS ± ${formatZ(r.confidence)} standard errors, with SE = 100 sqrt((p_P + p_D - (p_P - p_D)^2) / n) (a normal approximation, clipped to -100..100).`,
  ];
  if (r.n < SMALL_SAMPLE) lines.push(`Only ${plural(r.n, "answer")}: the interval is rough; read the NPS as a direction, not a precise figure.`);
  if (a.groups) {
    tables.push(breakdownTable("byGroup", `NPS by ${groupHeader}`, groupHeader, cols, a.groups, r));
    charts.push({ type: "bar", title: `NPS by ${groupHeader}`, table: "byGroup", category: groupHeader, series: ["NPS"] });
    const best = [...a.groups].sort((x, y) => y.result.nps - x.result.nps);
    lines.push(
      `By ${groupHeader}: highest '${best[0].name}' (${best[0].result.nps.toFixed(1)}), lowest '${best[best.length - 1].name}' (${best[best.length - 1].result.nps.toFixed(1)}) over ${plural(a.groups.length, "group")}.`,
    );
    const small = smallGroups(a.groups);
    if (small.length > 0) lines.push(`Fewer than ${SMALL_SAMPLE} answers in ${small.map((s) => `'${s}'`).join(", ")}: their intervals are rough.`);
  }
  if (a.periods) {
    tables.push(breakdownTable("byPeriod", `NPS by ${a.period}`, "Period", cols, a.periods));
    const c = confidenceLabel(r.confidence);
    charts.push({ type: "line", title: `NPS by ${a.period}`, table: "byPeriod", category: "Period", series: ["NPS", `${c} CI low`, `${c} CI high`] });
    lines.push(`Trend over ${plural(a.periods.length, a.period)} with answers (${a.periods[0].name} to ${a.periods[a.periods.length - 1].name}); ${a.period}s without answers are left out.`);
  }
  return {
    title: "Net Promoter Score",
    facts: [
      { key: "respondents", label: "Respondents", value: r.n, format: "integer" },
      { key: "nps", label: "NPS", value: r.nps, format: "number" },
      { key: "lower", label: `${confidenceLabel(r.confidence)} CI low`, value: r.interval.lower, format: "number" },
      { key: "upper", label: `${confidenceLabel(r.confidence)} CI high`, value: r.interval.upper, format: "number" },
    ],
    tables,
    charts,
    explanation: [...lines, ...data.notes],
  };
}

function formatZ(confidence: number): string {
  return confidence === DEFAULT_CONFIDENCE ? "1.96" : `z(${confidenceLabel(confidence)})`;
}

/** NPS of survey data (=CX.NPS and its breakdowns): the result and its Report. */
export function npsAnalysis(data: VocData, options: VocOptions = {}): { result: NpsAnalysis; report: Report } {
  const result = npsOfData(data, options);
  return { result, report: npsReport(result, data) };
}

export const NPS_TEST_HEADER = (confidence: number) => {
  const c = confidenceLabel(confidence);
  return ["Respondents A", "NPS A", "Respondents B", "NPS B", "Difference (B - A)", "Standard error", `${c} CI low`, `${c} CI high`, "z", "p-value", "Verdict"];
};

/** The NPS difference test of two independent samples (=CX.NPS.TEST): the result and its Report. */
export function npsTestAnalysis(a: VocData, b: VocData, options: { confidence?: number } = {}): { result: NpsDifference; report: Report } {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  checkScale(a, 0, NPS_MAX_SCORE, " (NPS answers run from 0 to 10)");
  checkScale(b, 0, NPS_MAX_SCORE, " (NPS answers run from 0 to 10)");
  const ra = npsFromCounts(npsCounts(a.score), confidence);
  const rb = npsFromCounts(npsCounts(b.score), confidence);
  const d = npsDifference(ra, rb, confidence);
  const lines = [d.verdict, `A: ${npsSentence(ra)}`, `B: ${npsSentence(rb)}`];
  lines.push("The test treats A and B as independent samples (different respondents); SE of the difference = sqrt(SE_A^2 + SE_B^2).");
  if (Math.min(ra.n, rb.n) < SMALL_SAMPLE) lines.push(`With fewer than ${SMALL_SAMPLE} answers in a sample the normal approximation is rough.`);
  const notes = [...a.notes.map((x) => `A: ${x}`), ...b.notes.map((x) => `B: ${x}`)];
  return {
    result: d,
    report: {
      title: "NPS difference test",
      facts: [
        { key: "difference", label: "Difference (B - A)", value: d.difference, format: "number" },
        { key: "p", label: "p-value", value: d.p, format: "number" },
      ],
      tables: [
        {
          name: "test",
          title: "Difference of two NPS",
          header: NPS_TEST_HEADER(confidence),
          rows: [[ra.n, ra.nps, rb.n, rb.nps, d.difference, d.se, d.interval.lower, d.interval.upper, d.z ?? "", d.p, d.verdict]],
          formats: ["integer", "number", "integer", "number", "number", "number", "number", "number", "number", "pvalue", "text"],
        },
        {
          name: "samples",
          title: "NPS of each sample",
          header: ["Sample", ...npsColumns(confidence).header],
          rows: [
            ["A", ...npsColumns(confidence).row(ra)],
            ["B", ...npsColumns(confidence).row(rb)],
          ],
          formats: ["text", ...npsColumns(confidence).formats],
        },
      ],
      charts: [{ type: "column", title: "NPS of A and B", table: "samples", category: "Sample", series: ["NPS"] }],
      explanation: [...lines, ...notes],
    },
  };
}
