// What the lifetime-value wizard shows and writes, free of React: the summary and verdict lines in
// the pane's language, the formula equivalent, and the one report the result sheet is made from.
import { findTable, type Report } from "../../core/report";
import type { RangeData } from "../../excel/gateway";
import type { ClvOutput, ClvSettings, TransactionMapping } from "../compute/tasks";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { localizeReport } from "../rfm/localize";
import { columnAddress } from "../wizard/transaction-data";

const fact = (report: Report, key: string) => report.facts.find((f) => f.key === key)?.value;

export function clvSummaryLine(lang: Language, out: ClvOutput): string {
  const deciles = findTable(out.report, "deciles");
  return fill(lang, "clvSummary", {
    customers: formatNumber(lang, Number(fact(out.report, "customers") ?? 0)),
    months: String(fact(out.report, "horizon") ?? ""),
    total: formatNumber(lang, Number(fact(out.report, "total") ?? 0)),
    topShare: formatShare(lang, Number(deciles.rows[0]?.[3] ?? 0)),
  });
}

const VERDICT_KEYS: Record<string, StringKey> = { good: "verdictGood", fair: "verdictFair", poor: "verdictPoor" };

export function verdictLine(lang: Language, out: ClvOutput): string | undefined {
  const v = out.validation;
  if (!v) return undefined;
  const error = Number(fact(v.report, "error") ?? 0);
  return fill(lang, "verdictLine", {
    verdict: t(lang, VERDICT_KEYS[v.verdict]),
    predicted: formatNumber(lang, Number(fact(v.report, "predicted") ?? 0)),
    actual: formatNumber(lang, Number(fact(v.report, "actual") ?? 0)),
    error: `${error >= 0 ? "+" : ""}${formatShare(lang, error)}`,
  });
}

/** =CX.LTV(customers, dates, amounts, [horizon_months], [annual_discount_rate], [margin], [as_of], [model]) */
export function ltvFormula(range: RangeData, mapping: TransactionMapping, s: ClvSettings): string {
  const args = [
    columnAddress(range, mapping.customer),
    columnAddress(range, mapping.date),
    columnAddress(range, mapping.amount),
    s.horizonMonths === 12 ? "" : String(s.horizonMonths),
    s.annualDiscountRate === 0.1 ? "" : String(s.annualDiscountRate),
    s.margin === 1 ? "" : String(s.margin),
    s.asOf ? `"${s.asOf}"` : "",
    s.model === "bgnbd" ? "" : `"${s.model}"`,
  ];
  while (args[args.length - 1] === "") args.pop();
  return `=CX.LTV(${args.join(",")})`;
}

/** One report for the sheet: the values, parameters, top customers and deciles, then the holdout check. */
export function clvSheetReport(lang: Language, out: ClvOutput): Report {
  const main = localizeReport(lang, out.report);
  const lines = [clvSummaryLine(lang, out)];
  const verdict = verdictLine(lang, out);
  if (verdict) lines.push(verdict);
  if (!out.validation) return { ...main, explanation: [...lines, ...main.explanation.slice(1)] };
  const check = localizeReport(lang, out.validation.report);
  const extra = check.tables.filter((table) => table.name !== "parameters");
  return {
    ...main,
    facts: [...main.facts, ...check.facts.filter((f) => f.key !== "model")],
    tables: [...main.tables, ...extra],
    charts: [...main.charts, ...check.charts],
    explanation: [...lines, ...main.explanation.slice(1)],
  };
}
