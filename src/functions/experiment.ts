/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.ABTEST, =CX.ABTEST.MEANS and =CX.SAMPLESIZE: thin adapters over src/core/experiment.
import { abTestFromArgs, meansFromRanges, sampleSizeFromArgs } from "../core/experiment";
import { findTable } from "../core/report";
import { confidenceArg } from "../core/voc";
import { guard } from "./excel-errors";
import { spill } from "./spill";

/**
 * A/B test of conversion rates: rates of A and B, the difference B - A with Newcombe's interval, relative lift, the z test p-value and a verdict.
 * @customfunction ABTEST
 * @param conversions_a Conversions in A (the control): a whole number from 0 to visitors_a.
 * @param visitors_a Visitors (or users, sessions) in A: a whole number of at least 1.
 * @param conversions_b Conversions in B (the variant): a whole number from 0 to visitors_b.
 * @param visitors_b Visitors (or users, sessions) in B: a whole number of at least 1.
 * @param [confidence] Confidence level of the interval and the test: 0.95 (default), 95 or "95%".
 * @returns A table: rate A, rate B, difference, relative lift, CI low, CI high, z, p-value, verdict.
 */
export function abTest(conversions_a: any, visitors_a: any, conversions_b: any, visitors_b: any, confidence?: any): any[][] {
  return guard(() => {
    const level = confidenceArg(confidence);
    const args = { conversionsA: conversions_a, visitorsA: visitors_a, conversionsB: conversions_b, visitorsB: visitors_b };
    return spill(findTable(abTestFromArgs(args, level).report, "abtest"));
  });
}

/**
 * A/B test of means (order value, time on site, revenue per visitor) by Welch's t test: means, difference B - A with its interval, t, df, p-value and a verdict.
 * @customfunction ABTEST.MEANS
 * @param values_a Values of group A, the control (a column; a header row and blank cells are fine; at least 2 numbers).
 * @param values_b Values of group B, the variant (a column, any length; at least 2 numbers).
 * @param [confidence] Confidence level of the interval and the test: 0.95 (default), 95 or "95%".
 * @returns A table: mean A, mean B, difference, relative lift, CI low, CI high, t, df, p-value, verdict.
 */
export function abTestMeans(values_a: any[][], values_b: any[][], confidence?: any): any[][] {
  return guard(() => spill(findTable(meansFromRanges(values_a, values_b, confidenceArg(confidence)).report, "means")));
}

/**
 * Visitors needed in each arm of an A/B test to detect a change in a conversion rate (two-sided test, as R's power.prop.test), rounded up.
 * @customfunction SAMPLESIZE
 * @param base_rate Current conversion rate of the control: 0.05 or 5%.
 * @param minimum_detectable_effect Smallest change in the rate worth detecting, in points: 0.01 or 1% for 5% to 6%; negative for a drop.
 * @param [power] Chance of detecting the change when it is real: 0.8 (default) or 80%.
 * @param [alpha] Significance level of the two-sided test: 0.05 (default) or 5%.
 * @returns Visitors per arm (the total is twice as many).
 */
export function sampleSize(base_rate: any, minimum_detectable_effect: any, power?: any, alpha?: any): number {
  return guard(() => sampleSizeFromArgs({ baseRate: base_rate, effect: minimum_detectable_effect, power, alpha }).result.perArm);
}
