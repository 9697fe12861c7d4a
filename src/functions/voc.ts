/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.NPS, =CX.NPS.BY, =CX.NPS.TREND, =CX.NPS.TEST, =CX.CSAT, =CX.CSAT.BY, =CX.CES and =CX.CES.BY:
// thin adapters over src/core/voc.
import { findTable } from "../core/report";
import { isBlank } from "../core/table/blank";
import { argError } from "../core/table/errors";
import {
  cesAnalysis,
  cesOptionsFromArgs,
  confidenceArg,
  csatAnalysis,
  csatOptionsFromArgs,
  npsAnalysis,
  npsTestAnalysis,
  periodArg,
  readVoc,
} from "../core/voc";
import { guard } from "./excel-errors";
import { spill } from "./spill";

/** A required range that was left out or is a single blank cell. */
function required(label: string, range: unknown, what: string): unknown {
  let v = range;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (isBlank(v)) throw argError(label, `is blank: give ${what}`);
  return range;
}

const GROUPS = "the group (segment) of each answer, a column as tall as scores";

/**
 * Net Promoter Score of 0-10 answers: % promoters (9-10) minus % detractors (0-6), with its standard error and confidence interval.
 * @customfunction NPS
 * @param scores Answers 0-10 to "How likely are you to recommend us?" (a column; a header row and blank cells are fine).
 * @param [confidence] Confidence level of the interval: 0.95 (default), 95 or "95%".
 * @returns A table: respondents, promoters, passives, detractors (shares), NPS, standard error, CI low, CI high.
 */
export function nps(scores: any[][], confidence?: any): any[][] {
  return guard(() => spill(findTable(npsAnalysis(readVoc({ scores }), { confidence: confidenceArg(confidence) }).report, "nps")));
}

/**
 * Net Promoter Score by group (segment, channel, tier): one row per group, in natural order, then the total, each with its confidence interval.
 * @customfunction NPS.BY
 * @param scores Answers 0-10 to "How likely are you to recommend us?" (a column).
 * @param groups Group of each answer (text or numbers), a column as tall as scores. Rows with a blank group are skipped.
 * @param [confidence] Confidence level of the intervals: 0.95 (default), 95 or "95%".
 * @returns A table: group, respondents, promoters, passives, detractors, NPS, standard error, CI low, CI high; the last row is the total.
 */
export function npsBy(scores: any[][], groups: any[][], confidence?: any): any[][] {
  return guard(() => {
    const level = confidenceArg(confidence);
    const data = readVoc({ scores, groups: required("groups", groups, GROUPS) });
    return spill(findTable(npsAnalysis(data, { confidence: level }).report, "byGroup"));
  });
}

/**
 * Net Promoter Score by week, month, quarter or year: one row per period with answers, in time order, each with its confidence interval.
 * @customfunction NPS.TREND
 * @param scores Answers 0-10 to "How likely are you to recommend us?" (a column).
 * @param dates Date of each answer (Excel dates, yyyy-mm-dd or yyyymmdd text), a column as tall as scores.
 * @param [period] "week" (ISO 8601), "month" (default), "quarter" or "year".
 * @param [confidence] Confidence level of the intervals: 0.95 (default), 95 or "95%".
 * @returns A table: period (such as 2024-03), respondents, promoters, passives, detractors, NPS, standard error, CI low, CI high.
 */
export function npsTrend(scores: any[][], dates: any[][], period?: any, confidence?: any): any[][] {
  return guard(() => {
    const options = { period: periodArg(period), confidence: confidenceArg(confidence) };
    const data = readVoc({ scores, dates: required("dates", dates, "the date of each answer, a column as tall as scores") });
    return spill(findTable(npsAnalysis(data, options).report, "byPeriod"));
  });
}

/**
 * Did NPS really change? Compares the NPS of two independent samples (e.g. two survey waves): difference B - A, its interval, z test p-value and a verdict.
 * @customfunction NPS.TEST
 * @param scores_a Answers 0-10 of sample A (the baseline, e.g. last quarter).
 * @param scores_b Answers 0-10 of sample B (e.g. this quarter), from different respondents.
 * @param [confidence] Confidence level of the interval and the test: 0.95 (default), 95 or "95%".
 * @returns A table: respondents and NPS of A and B, difference, standard error, CI low, CI high, z, p-value, verdict.
 */
export function npsTest(scores_a: any[][], scores_b: any[][], confidence?: any): any[][] {
  return guard(() => {
    const level = confidenceArg(confidence);
    const a = readVoc({ scores: scores_a }, { scores: "scores_a" });
    const b = readVoc({ scores: scores_b }, { scores: "scores_b" });
    return spill(findTable(npsTestAnalysis(a, b, { confidence: level }).report, "test"));
  });
}

/**
 * Customer satisfaction (CSAT): the share of satisfied answers (top box) with a Wilson interval, and the mean answer with a t interval.
 * @customfunction CSAT
 * @param scores Satisfaction answers, whole numbers on the scale (a column; a header row and blank cells are fine).
 * @param [scale] Points of the answer scale: 5 (default, 1-5), 7 (1-7) or 10 (0-10 or 1-10).
 * @param [top_box] Lowest answer counted as satisfied. Default: the top two answers (4 on the 5-point scale, 6 of 7, 9 of 10).
 * @returns A table: respondents, satisfied, CSAT, CSAT CI low and high, mean, mean CI low and high (95% intervals).
 */
export function csat(scores: any[][], scale?: any, top_box?: any): any[][] {
  return guard(() => {
    const options = csatOptionsFromArgs({ scale, topBox: top_box });
    return spill(findTable(csatAnalysis(readVoc({ scores }), options).report, "csat"));
  });
}

/**
 * Customer satisfaction (CSAT) by group: share satisfied and mean answer per group, with 95% intervals, then the total.
 * @customfunction CSAT.BY
 * @param scores Satisfaction answers, whole numbers on the scale (a column).
 * @param groups Group of each answer (text or numbers), a column as tall as scores. Rows with a blank group are skipped.
 * @param [scale] Points of the answer scale: 5 (default, 1-5), 7 (1-7) or 10 (0-10 or 1-10).
 * @param [top_box] Lowest answer counted as satisfied. Default: the top two answers.
 * @returns A table: group, respondents, satisfied, CSAT, CSAT CI low and high, mean, mean CI low and high; the last row is the total.
 */
export function csatBy(scores: any[][], groups: any[][], scale?: any, top_box?: any): any[][] {
  return guard(() => {
    const options = csatOptionsFromArgs({ scale, topBox: top_box });
    const data = readVoc({ scores, groups: required("groups", groups, GROUPS) });
    return spill(findTable(csatAnalysis(data, options).report, "byGroup"));
  });
}

/**
 * Customer Effort Score (CES): mean ease on the 7-point agreement scale with the share agreeing, or mean effort on the 5-point scale, with 95% intervals.
 * @customfunction CES
 * @param scores Effort answers: 1-7 for "it was easy to handle my issue" (7 = strongly agree), or 1-5 effort (5 = very high effort).
 * @param [scale] 7 (default, agreement that it was easy, higher is better) or 5 (effort, lower is better).
 * @returns A table: respondents, mean, mean CI low and high; on the 7-point scale also answers 5-7, share agreeing and its CI.
 */
export function ces(scores: any[][], scale?: any): any[][] {
  return guard(() => {
    const options = cesOptionsFromArgs({ scale });
    return spill(findTable(cesAnalysis(readVoc({ scores }), options).report, "ces"));
  });
}

/**
 * Customer Effort Score (CES) by group: mean (and, on the 7-point scale, the share agreeing) per group with 95% intervals, then the total.
 * @customfunction CES.BY
 * @param scores Effort answers: 1-7 agreement that it was easy (default), or 1-5 effort.
 * @param groups Group of each answer (text or numbers), a column as tall as scores. Rows with a blank group are skipped.
 * @param [scale] 7 (default, agreement that it was easy) or 5 (effort, lower is better).
 * @returns A table: group, respondents, mean, mean CI low and high (and agreement columns on the 7-point scale); the last row is the total.
 */
export function cesBy(scores: any[][], groups: any[][], scale?: any): any[][] {
  return guard(() => {
    const options = cesOptionsFromArgs({ scale });
    const data = readVoc({ scores, groups: required("groups", groups, GROUPS) });
    return spill(findTable(cesAnalysis(data, options).report, "byGroup"));
  });
}
