// Holdout validation of a purchase model (the check of Fader, Hardie & Lee 2005, Figure 4): fit on
// the calibration period, predict each customer's purchases in the holdout period with
// E[Y(t) | x, t_x, T], and compare with what they did, by calibration frequency and in total.
// Also the expected cumulative repeat purchases over time for the tracking chart (FHL 2005, Figure 1).
import { InputError } from "../table/errors";
import { distinctValues } from "./fit-data";
import { DAYS_PER_UNIT, type PurchaseModel, type TimeUnit } from "./types";

export interface HoldoutData {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  holdoutFrequency: ArrayLike<number>;
}

export interface HoldoutRow {
  /** Calibration repeat purchases of the group: 0, 1, ..., and the last group is "maxFrequency+". */
  frequency: number;
  label: string;
  customers: number;
  /** Mean holdout purchases per customer, actual and predicted. */
  actual: number;
  predicted: number;
}

export type Verdict = "good" | "fair" | "poor";

export interface HoldoutValidation {
  rows: HoldoutRow[];
  customers: number;
  holdoutLength: number;
  actualTotal: number;
  predictedTotal: number;
  /** (predicted - actual) / actual over all customers. */
  totalError: number;
  /** sum_groups customers |predicted - actual| / sum_groups customers actual: the error the groups' bars show. */
  groupError: number;
  verdict: Verdict;
  /** One plain-language sentence for the report. */
  verdictText: string;
}

/**
 * Verdict thresholds on the larger of |total error| and the group error, after Lewis's (1982,
 * Industrial and Business Forecasting Methods) scale for mean absolute percentage errors: up to 10%
 * "highly accurate", 10-20% "good", 20-50% "reasonable", over 50% "inaccurate". Here up to 20% is
 * "good", up to 50% "fair", above "poor". (CDNOW's BG/NBD: 12% under in total, 12% group error.)
 */
export const VERDICT_THRESHOLDS = { good: 0.2, fair: 0.5 } as const;

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

export function validateHoldout(
  model: PurchaseModel,
  params: readonly number[],
  data: HoldoutData,
  holdoutLength: number,
  options: { maxFrequency?: number } = {},
): HoldoutValidation {
  const maxF = options.maxFrequency ?? 7;
  const n = data.frequency.length;
  if (!(holdoutLength > 0)) throw new InputError(`holdout length: must be positive (got ${holdoutLength})`, "holdoutLength");
  if (data.recency.length !== n || data.T.length !== n || data.holdoutFrequency.length !== n) {
    throw new InputError("frequency, recency, T and holdout purchases must have one value per customer");
  }
  if (n === 0) throw new InputError("no customers to validate");
  const groups = maxF + 1;
  const count = new Float64Array(groups);
  const actual = new Float64Array(groups);
  const predicted = new Float64Array(groups);
  for (let i = 0; i < n; i++) {
    const x = data.frequency[i];
    const g = Math.min(x, maxF);
    const pred = model.conditionalExpectedPurchases(params, holdoutLength, x, data.recency[i], data.T[i]);
    count[g]++;
    actual[g] += data.holdoutFrequency[i];
    predicted[g] += pred;
  }
  const rows: HoldoutRow[] = [];
  let actualTotal = 0;
  let predictedTotal = 0;
  let absError = 0;
  for (let g = 0; g < groups; g++) {
    actualTotal += actual[g];
    predictedTotal += predicted[g];
    absError += Math.abs(predicted[g] - actual[g]);
    if (count[g] === 0) continue;
    rows.push({
      frequency: g,
      label: g === maxF ? `${maxF}+` : String(g),
      customers: count[g],
      actual: actual[g] / count[g],
      predicted: predicted[g] / count[g],
    });
  }
  const totalError = actualTotal > 0 ? (predictedTotal - actualTotal) / actualTotal : predictedTotal > 0 ? Infinity : 0;
  const groupError = actualTotal > 0 ? absError / actualTotal : absError > 0 ? Infinity : 0;
  const error = Math.max(Math.abs(totalError), groupError);
  const verdict: Verdict = error <= VERDICT_THRESHOLDS.good ? "good" : error <= VERDICT_THRESHOLDS.fair ? "fair" : "poor";
  const direction = totalError >= 0 ? "over" : "under";
  const verdictText =
    actualTotal === 0
      ? `No customer purchased in the holdout period, so the ${model.label} model (predicting ${predictedTotal.toFixed(0)} purchases) cannot be judged.`
      : `${verdict === "good" ? "Good" : verdict === "fair" ? "Fair" : "Poor"} fit: the ${model.label} model predicted ${predictedTotal.toFixed(0)} holdout purchases against ${actualTotal.toFixed(0)} actual (${pct(Math.abs(totalError))} ${direction}), with ${pct(groupError)} error across the frequency groups.`;
  return { rows, customers: n, holdoutLength, actualTotal, predictedTotal, totalError, groupError, verdict, verdictText };
}

export interface ExpectedTrackingOptions {
  unit: TimeUnit;
  /** Epoch day the tracking starts. */
  origin: number;
  /** Number of periods of one unit each. */
  periods: number;
}

/**
 * Expected cumulative repeat purchases of the customer base by the end of each period k = 1..periods
 * (day origin + k units): sum over customers of E[X(t_k - first purchase)] (FHL 2005, Figure 1;
 * lifetimes' expected_cumulative_transactions), from the customers' first-purchase days.
 */
export function expectedCumulativeRepeatPurchases(
  model: PurchaseModel,
  params: readonly number[],
  firstPurchaseDays: ArrayLike<number>,
  options: ExpectedTrackingOptions,
): Float64Array {
  const perDay = DAYS_PER_UNIT[options.unit];
  const firsts = distinctValues(firstPurchaseDays);
  const out = new Float64Array(options.periods);
  for (let k = 1; k <= options.periods; k++) {
    const endDay = options.origin + k * perDay;
    let sum = 0;
    for (let j = 0; j < firsts.values.length; j++) {
      const age = (endDay - firsts.values[j]) / perDay;
      if (age > 0) sum += firsts.weight[j] * model.expectedPurchases(params, age);
    }
    out[k - 1] = sum;
  }
  return out;
}
