// RFM results as a Report: the customers table (what =CX.RFM spills), the segment summary
// (=CX.RFM.SUMMARY), a chart of customers and revenue by segment, and the explanation.
import { formatCount, formatPercent, plural } from "../format";
import { Cell, ChartSpec, ColumnFormat, Report, ReportTable } from "../report";
import { isoFromEpochDay, serialFromEpochDay } from "../table/date";
import { AggregateResult } from "./aggregate";
import { RfmResult, RfmScores, SegmentSummaryRow } from "./analysis";
import { SEGMENT_ADVICE, StandardSegment } from "./segments";

export const CUSTOMER_HEADER = ["Customer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"];
export const SCORE_HEADER = ["R", "F", "M", "RFM code", "Segment"];
export const SEGMENT_HEADER = [
  "Segment",
  "Customers",
  "Share of customers",
  "Mean recency (days)",
  "Mean frequency",
  "Mean monetary",
  "Revenue",
  "Share of revenue",
];

export function customersTable(c: AggregateResult, s: RfmScores): ReportTable {
  const rows: Cell[][] = new Array(c.customer.length);
  for (let i = 0; i < rows.length; i++) {
    rows[i] = [c.customer[i], c.recency[i], c.frequency[i], c.monetary[i], s.r[i], s.f[i], s.m[i], s.code[i], s.segment[i]];
  }
  return {
    name: "customers",
    title: "RFM scores by customer",
    header: CUSTOMER_HEADER,
    rows,
    formats: ["text", "integer", "integer", "currency", "integer", "integer", "integer", "text", "text"],
  };
}

export function segmentsTable(segments: SegmentSummaryRow[]): ReportTable {
  return {
    name: "segments",
    title: "RFM segment summary",
    header: SEGMENT_HEADER,
    rows: segments.map((x) => [x.segment, x.customers, x.share, x.meanRecency, x.meanFrequency, x.meanMonetary, x.revenue, x.revenueShare]),
    formats: ["text", "integer", "percent", "number", "number", "currency", "currency", "percent"],
  };
}

/** Customers by R (rows, best first) and F (columns): where the base sits on recency and frequency. */
export function heatmapTable(s: RfmScores): ReportTable {
  const counts = Array.from({ length: s.bins }, () => new Array<number>(s.bins).fill(0));
  for (let i = 0; i < s.r.length; i++) counts[s.bins - s.r[i]][s.f[i] - 1]++;
  const levels = Array.from({ length: s.bins }, (_, k) => k + 1);
  return {
    name: "heatmap",
    title: "Customers by R and F score",
    header: ["R \\ F", ...levels.map(String)],
    rows: counts.map((row, k) => [String(s.bins - k), ...row]),
    formats: ["text", ...levels.map((): ColumnFormat => "integer")],
    layout: "matrix",
  };
}

export const SEGMENT_CHART: ChartSpec = {
  type: "column",
  title: "Customers and revenue by RFM segment",
  table: "segments",
  category: "Segment",
  series: ["Customers", "Revenue"],
  secondaryAxis: ["Revenue"],
};

/** Plain-language reading of the segments: the biggest revenue segments and what to do with them. */
export function segmentExplanation(segments: SegmentSummaryRow[], scores: RfmScores): string[] {
  const lines: string[] = [];
  const byRevenue = [...segments].sort((a, b) => b.revenue - a.revenue).slice(0, 3);
  for (const x of byRevenue) {
    const advice = scores.standardMap ? SEGMENT_ADVICE[x.segment as StandardSegment] : undefined;
    const head = `${x.segment}: ${formatPercent(x.share)} of customers, ${formatPercent(x.revenueShare)} of revenue`;
    lines.push(advice ? `${head}; ${advice}` : `${head}.`);
  }
  lines.push(
    scores.quantileCuts
      ? `Scores run from 1 to ${scores.bins} by quantiles of the data; equal values always share a score, so some levels can be empty when many customers have the same value (often frequency 1).`
      : `Scores run from 1 to ${scores.bins} by your thresholds (a value equal to a threshold gets the lower score).`,
  );
  return lines;
}

export function rfmReport(result: RfmResult, inputNotes: string[] = []): Report {
  const c = result.customers;
  const orders = c.frequency.reduce((a, b) => a + b, 0);
  const lines = [
    `RFM of ${plural(c.customer.length, "customer")} from ${plural(orders, "order")} as of ${isoFromEpochDay(c.asOf)}; recency counts days since the last order.`,
    ...segmentExplanation(result.segments, result.scores),
  ];
  if (c.refundRows > 0) lines.push(`${plural(c.refundRows, "refund")} (negative amounts) netted into spend; refunds do not count as orders.`);
  if (c.refundOnlyCustomers > 0) lines.push(`${plural(c.refundOnlyCustomers, "customer")} with refunds but no order left out.`);
  if (c.afterAsOf > 0) lines.push(`${formatCount(c.afterAsOf)} transactions dated after the as-of date left out.`);
  const revenue = result.segments.reduce((a, x) => a + x.revenue, 0);
  const facts: Report["facts"] = [
    { key: "asOf", label: "As of", value: serialFromEpochDay(c.asOf), format: "date" },
    { key: "customers", label: "Customers", value: c.customer.length, format: "integer" },
    { key: "orders", label: "Orders", value: orders, format: "integer" },
  ];
  if (Number.isFinite(revenue)) facts.push({ key: "revenue", label: "Revenue", value: revenue, format: "currency" });
  return {
    title: "RFM segmentation",
    facts,
    tables: [customersTable(c, result.scores), segmentsTable(result.segments), heatmapTable(result.scores)],
    charts: [SEGMENT_CHART],
    explanation: [...lines, ...inputNotes],
  };
}
