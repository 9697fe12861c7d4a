// Segments from scores. The standard map is the widely used 11-segment RFM map on R and the
// average of F and M (as popularised by Putler's "RFM analysis" guide), made into a partition:
// every (R, F, M) combination falls in exactly one segment. Rows are R, columns are FM bands.
import { isBlank } from "../table/blank";
import { cellError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";

export const STANDARD_SEGMENTS = [
  "Champions",
  "Loyal Customers",
  "Potential Loyalist",
  "New Customers",
  "Promising",
  "Need Attention",
  "About To Sleep",
  "At Risk",
  "Can't Lose Them",
  "Hibernating",
  "Lost",
] as const;
export type StandardSegment = (typeof STANDARD_SEGMENTS)[number];

/** FM bands on the 1..5 scale: below 2, 2 to below 3, 3 to below 4, 4 and above. */
const GRID: Record<1 | 2 | 3 | 4 | 5, [StandardSegment, StandardSegment, StandardSegment, StandardSegment]> = {
  5: ["New Customers", "Potential Loyalist", "Loyal Customers", "Champions"],
  4: ["Promising", "Potential Loyalist", "Loyal Customers", "Champions"],
  3: ["About To Sleep", "Need Attention", "Loyal Customers", "Loyal Customers"],
  2: ["Hibernating", "Hibernating", "At Risk", "At Risk"],
  1: ["Lost", "Lost", "At Risk", "Can't Lose Them"],
};

/** What each standard segment means and what to do with it, for explanations. */
export const SEGMENT_ADVICE: Record<StandardSegment, string> = {
  Champions: "bought recently, buy often and spend the most: reward them, ask for reviews and referrals.",
  "Loyal Customers": "buy regularly and spend well: offer loyalty programmes and upsell higher-value products.",
  "Potential Loyalist": "recent customers with average frequency and spend: offer membership or personalised recommendations.",
  "New Customers": "bought for the first time very recently: onboard them well and make the second purchase easy.",
  Promising: "recent but have not spent much yet: build awareness with targeted offers.",
  "Need Attention": "above-average customers who have not bought very recently: reach out with limited-time offers.",
  "About To Sleep": "below-average recency, frequency and spend: share popular products and win them back before they lapse.",
  "At Risk": "used to buy often and spend well, but not for a long time: send personalised win-back campaigns.",
  "Can't Lose Them": "were among the best customers and have gone quiet: win them back personally, do not let them go to a competitor.",
  Hibernating: "last bought long ago, few orders and low spend: offer relevant products and special discounts.",
  Lost: "lowest recency, frequency and spend: try one reactivation campaign, otherwise do not spend on them.",
};

/** The standard segment of scores on a 1..bins scale (scores are rescaled to the 1..5 grid). */
export function standardSegment(r: number, f: number, m: number, bins: number): StandardSegment {
  const span = bins - 1;
  // Integer arithmetic, exact for any bins: row = round(1 + 4 (r - 1) / span) (halves up), and
  // FM on the 1..5 scale, 1 + 2 (f + m - 2) / span, is compared with 2, 3 and 4.
  const row = (1 + Math.floor((8 * (r - 1) + span) / (2 * span))) as 1 | 2 | 3 | 4 | 5;
  const fm2 = 2 * (f + m - 2);
  const band = fm2 < span ? 0 : fm2 < 2 * span ? 1 : fm2 < 3 * span ? 2 : 3;
  return GRID[row][band];
}

export interface SegmentRule {
  name: string;
  r: [number, number];
  f: [number, number];
  m: [number, number];
}

export const OTHER_SEGMENT = "Other";

/** First rule whose ranges hold the scores, or "Other". */
export function ruleSegment(r: number, f: number, m: number, rules: readonly SegmentRule[]): string {
  for (const rule of rules) {
    if (r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && m >= rule.m[0] && m <= rule.m[1]) return rule.name;
  }
  return OTHER_SEGMENT;
}

const RANGE = /^(\d+)\s*(?:-|–|—|~|to|至|到)\s*(\d+)$/i;

/** A score range cell: "4-5", "4 to 5", 4, "4", or blank for any score. Undefined when unreadable. */
function parseRange(v: unknown, bins: number): [number, number] | undefined {
  if (isBlank(v)) return [1, bins];
  const n = parseNumber(v);
  if (n !== undefined) return Number.isInteger(n) ? [n, n] : undefined;
  if (typeof v !== "string") return undefined;
  const m = RANGE.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * A user segment map: rows of (name, R range, F range, M range) or
 * (name, R low, R high, F low, F high, M low, M high). A header row is recognised and skipped,
 * blank rows are ignored. First matching row wins; scores no row matches are "Other".
 */
export function parseSegmentMap(grid: readonly (readonly unknown[])[], bins: number, label = "segment_map"): SegmentRule[] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  if (width !== 4 && width !== 7) {
    throw cellError(label, 1, `needs 4 columns (segment, R, F, M) or 7 (segment, R low, R high, F low, F high, M low, M high), got ${width}`);
  }
  const rules: SegmentRule[] = [];
  grid.forEach((ragged, i) => {
    const row = Array.from({ length: width }, (_, j) => ragged[j]);
    if (row.every(isBlank)) return;
    const ranges: [number, number][] = [];
    const cells = width === 4 ? row.slice(1, 4).map((c) => [c]) : [row.slice(1, 3), row.slice(3, 5), row.slice(5, 7)];
    for (let d = 0; d < 3; d++) {
      const dim = "RFM"[d];
      let range: [number, number] | undefined;
      if (width === 4) range = parseRange(cells[d][0], bins);
      else {
        const lo = parseRange(cells[d][0], bins);
        const hi = parseRange(cells[d][1], bins);
        range = lo && hi ? [isBlank(cells[d][0]) ? 1 : lo[0], isBlank(cells[d][1]) ? bins : hi[1]] : undefined;
      }
      if (!range) {
        if (i === 0 && rules.length === 0) return; // header row
        throw cellError(label, i + 1, `${describeCell(cells[d][0])} is not a score range for ${dim} (write 4-5, 3 or leave blank for any)`);
      }
      if (range[0] > range[1] || range[0] < 1 || range[1] > bins) {
        throw cellError(label, i + 1, `the ${dim} range ${range[0]}-${range[1]} must lie within the scores 1-${bins}, low to high`);
      }
      ranges.push(range);
    }
    const name = row[0];
    if (isBlank(name) || (typeof name !== "string" && typeof name !== "number")) {
      throw cellError(label, i + 1, "the segment name is blank");
    }
    rules.push({ name: String(name).trim(), r: ranges[0], f: ranges[1], m: ranges[2] });
  });
  if (rules.length === 0) throw cellError(label, 1, "holds no segment rows");
  return rules;
}
