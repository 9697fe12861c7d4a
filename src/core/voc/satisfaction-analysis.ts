// CSAT and CES of survey data, overall and by group, with their Reports.
import { formatCount, formatPercent, plural } from "../format";
import { ChartSpec, Report } from "../report";
import { argError, describeCell } from "../table/errors";
import { isBlank } from "../table/blank";
import { parseNumber } from "../table/number";
import { scalarOf } from "../table/scalars";
import { confidenceLabel, DEFAULT_CONFIDENCE } from "./args";
import { ces, CES_AGREE_MIN, CES_SCALES, CesResult, CesScale } from "./ces";
import { csat, CsatOptions, CsatResult, CSAT_SCALES, defaultTopBox, scaleMin } from "./csat";
import { checkScale, VocData } from "./input";
import { resultsBy, SMALL_SAMPLE } from "./nps-analysis";
import { breakdownTable, cesColumns, csatColumns, distributionTable, Named, singleTable, topBoxLabel } from "./tables";

/** The scale argument: one of the allowed numbers of points (blank gives the fallback). */
export function scaleArg<S extends number>(v: unknown, allowed: readonly S[], fallback: S, label = "scale"): S {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  const n = parseNumber(v);
  const hit = allowed.find((s) => s === n);
  if (hit === undefined) throw argError(label, `${describeCell(v)} must be ${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]} (points on the answer scale)`);
  return hit;
}

/** Options of =CX.CSAT(scores, [scale], [top_box]) from loosely typed arguments. */
export function csatOptionsFromArgs(args: { scale?: unknown; topBox?: unknown; confidence?: number }): CsatOptions {
  const scale = scaleArg(args.scale, CSAT_SCALES, 5);
  const v = scalarOf(args.topBox);
  let topBox = defaultTopBox(scale);
  if (!isBlank(v)) {
    const n = parseNumber(v);
    if (n === undefined || !Number.isInteger(n) || n < scaleMin(scale) || n > scale) {
      throw argError("top_box", `${describeCell(v)} must be a whole number from ${scaleMin(scale)} to ${scale}: the lowest answer counted as satisfied`);
    }
    topBox = n;
  }
  return { scale, topBox, confidence: args.confidence };
}

export interface SatisfactionAnalysis<T> {
  overall: T;
  groups?: Named<T>[];
}

function scaleHint(scale: number, what: string): string {
  return ` (${what} answers on the ${scaleMin(scale)}-${scale} scale; set scale if your survey uses another)`;
}

export function csatOfData(data: VocData, options: CsatOptions = {}): SatisfactionAnalysis<CsatResult> {
  const scale = options.scale ?? 5;
  checkScale(data, scaleMin(scale), scale, scaleHint(scale, "CSAT"));
  const full: CsatOptions = { scale, topBox: options.topBox ?? defaultTopBox(scale), confidence: options.confidence ?? DEFAULT_CONFIDENCE };
  const out: SatisfactionAnalysis<CsatResult> = { overall: csat(data.score, full) };
  if (data.group) out.groups = resultsBy(data.group, data.score, (s) => csat(s, full));
  return out;
}

function smallNote(groups: Named<{ n: number }>[] | undefined): string[] {
  const small = (groups ?? []).filter((g) => g.result.n < SMALL_SAMPLE).map((g) => `'${g.name}'`);
  return small.length > 0 ? [`Fewer than ${SMALL_SAMPLE} answers in ${small.join(", ")}: their intervals are wide.`] : [];
}

export function csatReport(a: SatisfactionAnalysis<CsatResult>, data: VocData): Report {
  const r = a.overall;
  const c = confidenceLabel(r.confidence);
  const cols = csatColumns(r.confidence, r.topBox, r.scale);
  const groupHeader = data.groupHeader || "Group";
  const tables = [singleTable("csat", "Customer satisfaction (CSAT)", cols, r), distributionTable(r.counts, scaleMin(r.scale))];
  const charts: ChartSpec[] = [{ type: "column", title: "Answers by score", table: "distribution", category: "Score", series: ["Answers"] }];
  const mean = r.mean.interval ? `${r.mean.mean.toFixed(2)} (${c} interval ${r.mean.interval.lower.toFixed(2)} to ${r.mean.interval.upper.toFixed(2)})` : r.mean.mean.toFixed(2);
  const lines = [
    `CSAT ${formatPercent(r.share, 1)} (${c} interval ${formatPercent(r.interval.lower, 1)} to ${formatPercent(r.interval.upper, 1)}): ${formatCount(r.satisfied)} of ${plural(r.n, "answer")} in the top box (${topBoxLabel(r.topBox, r.scale)} on the ${scaleMin(r.scale)}-${r.scale} scale).`,
    `Mean answer ${mean}.`,
    "The CSAT interval is Wilson's score interval, which stays within 0-100% and holds up for small samples; the mean's is a t interval.",
  ];
  if (a.groups) {
    tables.push(breakdownTable("byGroup", `CSAT by ${groupHeader}`, groupHeader, cols, a.groups, r));
    charts.push({ type: "bar", title: `CSAT by ${groupHeader}`, table: "byGroup", category: groupHeader, series: ["CSAT"] });
    lines.push(...smallNote(a.groups));
  }
  return {
    title: "Customer satisfaction (CSAT)",
    facts: [
      { key: "respondents", label: "Respondents", value: r.n, format: "integer" },
      { key: "csat", label: "CSAT", value: r.share, format: "percent" },
      { key: "mean", label: "Mean", value: r.mean.mean, format: "number" },
    ],
    tables,
    charts,
    explanation: [...lines, ...data.notes],
  };
}

/** CSAT of survey data (=CX.CSAT and its breakdown): the result and its Report. */
export function csatAnalysis(data: VocData, options: CsatOptions = {}): { result: SatisfactionAnalysis<CsatResult>; report: Report } {
  const result = csatOfData(data, options);
  return { result, report: csatReport(result, data) };
}

export interface CesOptions {
  scale?: CesScale;
  confidence?: number;
}

/** Options of =CX.CES(scores, [scale]) from loosely typed arguments: scale 7 (default) or 5. */
export function cesOptionsFromArgs(args: { scale?: unknown; confidence?: number }): CesOptions {
  return { scale: scaleArg(args.scale, CES_SCALES, 7), confidence: args.confidence };
}

export function cesOfData(data: VocData, options: CesOptions = {}): SatisfactionAnalysis<CesResult> {
  const scale = options.scale ?? 7;
  const what = scale === 7 ? "CES (1 = strongly disagree it was easy, 7 = strongly agree)" : "CES (1 = very low effort, 5 = very high effort)";
  checkScale(data, 1, scale, ` (${what}; set scale to ${scale === 7 ? 5 : 7} for the other form)`);
  const full = { scale, confidence: options.confidence ?? DEFAULT_CONFIDENCE };
  const out: SatisfactionAnalysis<CesResult> = { overall: ces(data.score, full) };
  if (data.group) out.groups = resultsBy(data.group, data.score, (s) => ces(s, full));
  return out;
}

export function cesReport(a: SatisfactionAnalysis<CesResult>, data: VocData): Report {
  const r = a.overall;
  const c = confidenceLabel(r.confidence);
  const cols = cesColumns(r.confidence, r.scale);
  const groupHeader = data.groupHeader || "Group";
  const tables = [singleTable("ces", "Customer Effort Score (CES)", cols, r), distributionTable(r.counts, 1)];
  const charts: ChartSpec[] = [{ type: "column", title: "Answers by score", table: "distribution", category: "Score", series: ["Answers"] }];
  const interval = r.mean.interval ? ` (${c} interval ${r.mean.interval.lower.toFixed(2)} to ${r.mean.interval.upper.toFixed(2)})` : "";
  const lines =
    r.scale === 7
      ? [
          `Mean ease ${r.mean.mean.toFixed(2)}${interval} on the 1-7 agreement scale ("it was easy to handle my issue"; higher is easier), from ${plural(r.n, "answer")}.`,
          `${formatPercent(r.agreeShare!, 1)} agree (answers ${CES_AGREE_MIN}-7; ${c} Wilson interval ${formatPercent(r.agreeInterval!.lower, 1)} to ${formatPercent(r.agreeInterval!.upper, 1)}).`,
        ]
      : [`Mean effort ${r.mean.mean.toFixed(2)}${interval} on the 1-5 effort scale (1 = very low, 5 = very high effort; lower is easier), from ${plural(r.n, "answer")}.`];
  if (a.groups) {
    tables.push(breakdownTable("byGroup", `CES by ${groupHeader}`, groupHeader, cols, a.groups, r));
    charts.push({ type: "bar", title: `CES by ${groupHeader}`, table: "byGroup", category: groupHeader, series: [cols.header[1]] });
    lines.push(...smallNote(a.groups));
  }
  return {
    title: "Customer Effort Score (CES)",
    facts: [
      { key: "respondents", label: "Respondents", value: r.n, format: "integer" },
      { key: "mean", label: r.scale === 7 ? "Mean ease (1-7)" : "Mean effort (1-5)", value: r.mean.mean, format: "number" },
    ],
    tables,
    charts,
    explanation: [...lines, ...data.notes],
  };
}

/** CES of survey data (=CX.CES and its breakdown): the result and its Report. */
export function cesAnalysis(data: VocData, options: CesOptions = {}): { result: SatisfactionAnalysis<CesResult>; report: Report } {
  const result = cesOfData(data, options);
  return { result, report: cesReport(result, data) };
}
