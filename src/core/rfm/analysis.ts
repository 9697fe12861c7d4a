// RFM analysis: customer values -> scores -> segments -> segment summary.
import { argError, InputError } from "../table/errors";
import { AggregateOptions, aggregateTransactions, AggregateResult, Transactions } from "./aggregate";
import { quantileCuts, scoreAll } from "./scores";
import { OTHER_SEGMENT, ruleSegment, SegmentRule, STANDARD_SEGMENTS, standardSegment } from "./segments";

export const MIN_BINS = 2;
export const MAX_BINS = 9; // one digit per score keeps the RFM code readable ("545")
export const DEFAULT_BINS = 5;

export interface RfmCuts {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

export interface ScoreOptions {
  /** Score levels per dimension (default 5); ignored when cuts are given. */
  bins?: number;
  /** User thresholds per dimension: inclusive upper bounds of scores 1..n-1 (recency: of scores n..2). */
  cuts?: RfmCuts;
  /** User segment map; the standard 11-segment map when absent. */
  segmentMap?: SegmentRule[];
}

export interface RfmScores {
  bins: number;
  cuts: RfmCuts;
  /** True when the cuts are quantiles of the data, false when the user gave them. */
  quantileCuts: boolean;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  code: string[];
  segment: string[];
  /** Segment names in reporting order. */
  segmentOrder: string[];
  /** True when the standard 11-segment map was used (not a user map). */
  standardMap: boolean;
}

export interface CustomerScoresInput {
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/** Checks user thresholds: same count for R, F and M, ascending, 1 to 8 each. */
export function checkCuts(cuts: RfmCuts, label = "bins"): number {
  const counts = [cuts.recency.length, cuts.frequency.length, cuts.monetary.length];
  if (counts[0] !== counts[1] || counts[0] !== counts[2]) {
    throw argError(label, `give the same number of thresholds for recency, frequency and monetary (got ${counts.join(", ")})`);
  }
  const bins = counts[0] + 1;
  if (bins < MIN_BINS || bins > MAX_BINS) throw argError(label, `give 1 to ${MAX_BINS - 1} thresholds per dimension (got ${counts[0]})`);
  (["recency", "frequency", "monetary"] as const).forEach((dim) => {
    const c = cuts[dim];
    for (let i = 0; i < c.length; i++) {
      if (!Number.isFinite(c[i])) throw argError(label, `the ${dim} thresholds must be numbers`);
      if (i > 0 && !(c[i] > c[i - 1])) throw argError(label, `the ${dim} thresholds must increase (${c[i - 1]} then ${c[i]})`);
    }
  });
  return bins;
}

/** Scores and segments for customer-level recency, frequency and monetary values. */
export function scoreCustomers(values: CustomerScoresInput, options: ScoreOptions = {}): RfmScores {
  const n = values.recency.length;
  let bins: number;
  let cuts: RfmCuts;
  if (options.cuts) {
    bins = checkCuts(options.cuts);
    cuts = options.cuts;
  } else {
    bins = options.bins ?? DEFAULT_BINS;
    if (!Number.isInteger(bins) || bins < MIN_BINS || bins > MAX_BINS) {
      throw argError("bins", `must be a whole number from ${MIN_BINS} to ${MAX_BINS} (got ${bins})`);
    }
    if (n === 0) throw new InputError("no customers to score");
    cuts = {
      recency: quantileCuts(values.recency, bins),
      frequency: quantileCuts(values.frequency, bins),
      monetary: quantileCuts(values.monetary, bins),
    };
  }
  const r = scoreAll(values.recency, cuts.recency, true);
  const f = scoreAll(values.frequency, cuts.frequency, false);
  const m = scoreAll(values.monetary, cuts.monetary, false);
  const code = new Array<string>(n);
  const segment = new Array<string>(n);
  const rules = options.segmentMap;
  for (let i = 0; i < n; i++) {
    code[i] = `${r[i]}${f[i]}${m[i]}`;
    segment[i] = rules ? ruleSegment(r[i], f[i], m[i], rules) : standardSegment(r[i], f[i], m[i], bins);
  }
  const segmentOrder = rules ? [...new Set(rules.map((x) => x.name)), OTHER_SEGMENT] : [...STANDARD_SEGMENTS];
  return { bins, cuts, quantileCuts: !options.cuts, r, f, m, code, segment, segmentOrder, standardMap: !rules };
}

export interface SegmentSummaryRow {
  segment: string;
  customers: number;
  share: number;
  meanRecency: number;
  meanFrequency: number;
  meanMonetary: number;
  revenue: number;
  revenueShare: number;
}

/** Mean of the values at the indices; divides before adding only when the plain sum overflows. */
function meanAt(values: ArrayLike<number>, at: readonly number[]): number {
  let sum = 0;
  for (const i of at) sum += values[i];
  if (Number.isFinite(sum)) return sum / at.length;
  let mean = 0;
  for (const i of at) mean += values[i] / at.length;
  return mean;
}

/** Customers, means and revenue per segment, in the map's order; empty segments left out. */
export function summarizeSegments(values: CustomerScoresInput & { revenue?: ArrayLike<number> }, scores: RfmScores): SegmentSummaryRow[] {
  const members = new Map<string, number[]>(scores.segmentOrder.map((name) => [name, []]));
  scores.segment.forEach((name, i) => members.get(name)!.push(i));
  const n = scores.segment.length;
  const revenue = values.revenue ?? values.monetary;
  const out: SegmentSummaryRow[] = [];
  for (const [segment, at] of members) {
    if (at.length === 0) continue;
    let total = 0;
    for (const i of at) total += revenue[i];
    if (!Number.isFinite(total)) throw new InputError(`the revenue of segment '${segment}' is too large to represent`);
    out.push({
      segment,
      customers: at.length,
      share: at.length / n,
      meanRecency: meanAt(values.recency, at),
      meanFrequency: meanAt(values.frequency, at),
      meanMonetary: meanAt(values.monetary, at),
      revenue: total,
      revenueShare: 0,
    });
  }
  // Shares of revenue from per-segment means weighted by size: finite even when the grand total is not.
  const scaled = out.map((row) => (row.revenue / n));
  const scaledTotal = scaled.reduce((a, b) => a + b, 0);
  out.forEach((row, k) => (row.revenueShare = scaledTotal !== 0 ? scaled[k] / scaledTotal : 0));
  return out;
}

export interface RfmOptions extends AggregateOptions, ScoreOptions {}

export interface RfmResult {
  customers: AggregateResult;
  scores: RfmScores;
  segments: SegmentSummaryRow[];
}

/** RFM from transactions (customer, day, amount). */
export function rfmFromTransactions(tx: Transactions, options: RfmOptions = {}): RfmResult {
  const customers = aggregateTransactions(tx, options);
  if (customers.customer.length === 0) {
    throw new InputError("no customer has an order on or before the as-of date, so there is nothing to score");
  }
  const scores = scoreCustomers(customers, options);
  return { customers, scores, segments: summarizeSegments(customers, scores) };
}
