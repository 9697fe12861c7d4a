// The plain-language reading of an RFM result, in the pane's language: what was computed, the
// segments that carry the revenue and what to do with each, and what was left out.
import { findTable } from "../../core/report";
import { isoFromEpochDay, epochDayFromSerial } from "../../core/table/date";
import type { RfmOutput } from "../compute/tasks";
import { SEGMENT_KEYS } from "../i18n/report-strings";
import { fill, formatNumber, formatShare, type Language, t } from "../i18n/strings";

export interface SegmentReading {
  /** The engine's segment name (English), the key for colors and lookups. */
  segment: string;
  name: string;
  customers: number;
  share: number;
  revenueShare: number;
  /** What the segment means and what to do; undefined for segments of a user map. */
  advice?: string;
}

/** One reading per segment present, in the map's order. */
export function segmentReadings(lang: Language, output: RfmOutput): SegmentReading[] {
  const table = findTable(output.report, "segments");
  return table.rows.map((row) => {
    const segment = String(row[0]);
    const keys = output.standardMap ? SEGMENT_KEYS[segment] : undefined;
    return {
      segment,
      name: keys ? t(lang, keys.name) : segment,
      customers: Number(row[1]),
      share: Number(row[2]),
      revenueShare: Number(row[7]),
      advice: keys?.advice ? t(lang, keys.advice) : undefined,
    };
  });
}

export function factValue(output: RfmOutput, key: string): number {
  const fact = output.report.facts.find((f) => f.key === key);
  return typeof fact?.value === "number" ? fact.value : 0;
}

export function asOfIso(output: RfmOutput): string {
  const day = epochDayFromSerial(factValue(output, "asOf"));
  return typeof day === "number" ? isoFromEpochDay(day) : "";
}

export function summaryLine(lang: Language, output: RfmOutput): string {
  return fill(lang, "resultsSummary", {
    customers: formatNumber(lang, factValue(output, "customers")),
    orders: formatNumber(lang, factValue(output, "orders")),
    date: asOfIso(output),
  });
}

/** What was left out or how scores were made: refunds, skipped rows, the score rule. */
export function notes(lang: Language, output: RfmOutput): string[] {
  const out: string[] = [];
  const count = (n: number) => formatNumber(lang, n);
  if (output.refundRows > 0) out.push(fill(lang, "noteRefunds", { count: count(output.refundRows) }));
  if (output.refundOnlyCustomers > 0) out.push(fill(lang, "noteRefundOnly", { count: count(output.refundOnlyCustomers) }));
  if (output.afterAsOf > 0) out.push(fill(lang, "noteAfterAsOf", { count: count(output.afterAsOf) }));
  for (const s of output.inspect.skipped) out.push(fill(lang, "noteSkipped", { count: count(s.count), column: s.column }));
  out.push(t(lang, output.quantileCuts ? "noteQuantiles" : "noteThresholds"));
  return out;
}

/** The explanation written on the result sheet: summary, top three segments by revenue, notes. */
export function sheetExplanation(lang: Language, output: RfmOutput): string[] {
  const top = [...segmentReadings(lang, output)].sort((a, b) => b.revenueShare - a.revenueShare).slice(0, 3);
  const lines = [summaryLine(lang, output)];
  for (const s of top) {
    const shares = fill(lang, "segmentShares", { share: formatShare(lang, s.share), revenueShare: formatShare(lang, s.revenueShare) });
    lines.push(`${s.name}: ${shares}${s.advice ? ` ${s.advice}` : ""}`);
  }
  return [...lines, ...notes(lang, output)];
}
