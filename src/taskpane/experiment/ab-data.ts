// The A/B wizard's input logic, free of React: the four counts (typed numbers or cell addresses),
// checked with messages in the pane's language; the columns of a per-visitor range found by
// header; and the formula equivalents written on the result sheet.
import { autoMapColumns, detectHeaderRow, type RoleSpec } from "../../core/table/automap";
import { isBlank } from "../../core/table/blank";
import { parseNumber } from "../../core/table/number";
import { confidenceLabel } from "../../core/voc/args";
import { columnLetters, formatAddress, tryParseAddress } from "../../excel/address";
import type { RangeData } from "../../excel/gateway";
import type { AbRangeInput, AbTestKind } from "../compute/abtest-task";
import { fill, type Language, type StringKey } from "../i18n/strings";

export type CountField = "conversionsA" | "visitorsA" | "conversionsB" | "visitorsB";
export const COUNT_FIELDS: readonly CountField[] = ["conversionsA", "visitorsA", "conversionsB", "visitorsB"];
export type CountTexts = Record<CountField, string>;

export const COUNT_LABELS: Record<CountField, StringKey> = {
  conversionsA: "abConversionsA",
  visitorsA: "abVisitorsA",
  conversionsB: "abConversionsB",
  visitorsB: "abVisitorsB",
};

/** What a count field holds: a number typed in the pane, a single cell's address, or nothing usable. */
export type CountEntry = { kind: "number"; value: number } | { kind: "cell"; address: string } | { kind: "blank" } | { kind: "bad"; text: string };

export function parseCountEntry(text: string): CountEntry {
  const s = text.trim();
  if (s === "") return { kind: "blank" };
  const n = parseNumber(s);
  if (n !== undefined) return { kind: "number", value: n };
  const a = tryParseAddress(s.replace(/^=/, ""));
  if (a && a.rows === 1 && a.cols === 1) return { kind: "cell", address: s.replace(/^=/, "") };
  return { kind: "bad", text: s };
}

/** The first problem with the counts, in plain words, or undefined when they can be tested. */
export function countsProblem(lang: Language, values: Record<CountField, unknown>): string | undefined {
  const label = (f: CountField) => fill(lang, COUNT_LABELS[f], {});
  const numbers = {} as Record<CountField, number>;
  for (const f of COUNT_FIELDS) {
    const v = values[f];
    if (isBlank(v)) return fill(lang, "abErrBlank", { field: label(f) });
    const n = typeof v === "number" ? v : parseNumber(v);
    if (n === undefined) return fill(lang, "abErrNotNumber", { field: label(f), value: String(v) });
    const min = f.startsWith("visitors") ? 1 : 0;
    if (!Number.isInteger(n) || n < min || n > Number.MAX_SAFE_INTEGER) return fill(lang, min === 1 ? "abErrVisitors" : "abErrConversions", { field: label(f), value: String(v) });
    numbers[f] = n;
  }
  for (const arm of ["A", "B"] as const) {
    const c = numbers[`conversions${arm}`];
    const n = numbers[`visitors${arm}`];
    if (c > n) return fill(lang, "abErrMoreThanVisitors", { arm, conversions: c, visitors: n });
  }
  return undefined;
}

// ---- a range with one row per visitor ----

export const AB_ROLES = {
  group: {
    aliases: ["variant", "group", "arm", "version", "test group", "experiment group", "bucket", "treatment", "cell", "变体", "组别", "分组", "版本", "实验组", "组"],
    kind: "category",
  },
  converted: {
    aliases: ["converted", "conversion", "converted 0 1", "purchased", "bought", "clicked", "signed up", "success", "outcome", "是否转化", "转化", "已转化", "是否购买", "购买"],
    kind: "number",
  },
  metric: {
    aliases: ["order value", "revenue", "value", "amount", "spend", "sales", "basket value", "metric", "订单金额", "金额", "收入", "销售额", "消费金额"],
    kind: "number",
  },
} as const satisfies Record<string, RoleSpec>;

export interface AbColumns {
  group: number;
  outcome: number;
}

export interface ColumnChoice {
  index: number;
  /** "Variant (B)" or "Column B". */
  label: string;
  /** Header text, else the column letter: for messages. */
  name: string;
}

export function columnChoices(lang: Language, range: RangeData, hasHeader: boolean): ColumnChoice[] {
  const first = range.values[0] ?? [];
  return Array.from({ length: range.cols }, (_, j) => {
    const letter = columnLetters(range.col + j);
    const header = hasHeader && !isBlank(first[j]) ? String(first[j]).trim() : "";
    return { index: j, label: header ? `${header} (${letter})` : fill(lang, "columnLetter", { letter }), name: header || letter };
  });
}

export function initialHeader(range: RangeData): boolean {
  return detectHeaderRow(range.values);
}

/** The group column and the outcome column (a 0/1 conversion column first, else a number column) by header. */
export function initialColumns(range: RangeData, hasHeader: boolean): AbColumns {
  const headers = hasHeader ? (range.values[0] ?? []) : [];
  const body = range.values.slice(hasHeader ? 1 : 0, 60);
  const names = Array.from({ length: range.cols }, (_, j) => headers[j] ?? "");
  const m = autoMapColumns(names, body, AB_ROLES);
  return { group: m.group, outcome: m.converted >= 0 ? m.converted : m.metric };
}

/** Rates when every outcome looked at (the first 5,000 non-blank) is 0 or 1; means otherwise. */
export function detectTest(range: RangeData, hasHeader: boolean, outcome: number): AbTestKind {
  let seen = 0;
  for (let i = hasHeader ? 1 : 0; i < range.values.length && seen < 5000; i++) {
    const v = range.values[i]?.[outcome];
    if (isBlank(v)) continue;
    seen++;
    const n = parseNumber(v);
    if (n !== 0 && n !== 1) return "means";
  }
  return "rates";
}

export function rangeInput(range: RangeData, hasHeader: boolean, columns: AbColumns, test: AbTestKind, lang: Language): AbRangeInput {
  const choices = columnChoices(lang, range, hasHeader);
  return {
    mode: "range",
    values: range.values,
    hasHeader,
    group: columns.group,
    outcome: columns.outcome,
    test,
    labels: { group: choices[columns.group]?.name ?? "", outcome: choices[columns.outcome]?.name ?? "" },
    firstRowNumber: range.row + 1,
  };
}

// ---- formula equivalents ----

const confidenceArgText = (confidence: number) => (Math.abs(confidence - 0.95) < 1e-12 ? [] : [`"${confidenceLabel(confidence)}"`]);

/** =CX.ABTEST(conversions_a, visitors_a, conversions_b, visitors_b, [confidence]) with the numbers or cell addresses given. */
export function countsFormula(args: Record<CountField, string>, confidence: number): string {
  return `=CX.ABTEST(${[...COUNT_FIELDS.map((f) => args[f]), ...confidenceArgText(confidence)].join(",")})`;
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A column of the range as an address, header included (COUNTIFS and FILTER skip it by its value). */
function columnOf(range: RangeData, col: number): string {
  return formatAddress({ row: range.row, col: range.col + col, rows: range.rows, cols: 1 }, { sheet: range.sheet });
}

/**
 * The formula that gives the same result from the range. Rates: the counts by COUNTIFS (visitors
 * are the rows of the group with an outcome, as the wizard counts them). Means: each group's values
 * by FILTER, leaving out blank cells (FILTER would turn them into zeros).
 */
export function rangeFormula(range: RangeData, columns: AbColumns, test: AbTestKind, groups: { a: string; b: string }, confidence: number): string {
  const g = columnOf(range, columns.group);
  const o = columnOf(range, columns.outcome);
  if (test === "rates") {
    const counts = (name: string) => [`COUNTIFS(${g},${quoted(name)},${o},1)`, `COUNTIFS(${g},${quoted(name)},${o},"<>")`];
    return `=CX.ABTEST(${[...counts(groups.a), ...counts(groups.b), ...confidenceArgText(confidence)].join(",")})`;
  }
  const values = (name: string) => `FILTER(${o},(${g}=${quoted(name)})*(${o}<>""))`;
  return `=CX.ABTEST.MEANS(${[values(groups.a), values(groups.b), ...confidenceArgText(confidence)].join(",")})`;
}

/** =CX.SAMPLESIZE(base_rate, minimum_detectable_effect, [power], [alpha]) from the planner's fractions. */
export function sampleSizeFormula(baseRate: number, effect: number, power: number, alpha: number): string {
  const n = (x: number) => String(+x.toPrecision(10));
  const args = [n(baseRate), n(effect)];
  if (Math.abs(power - 0.8) > 1e-12 || Math.abs(alpha - 0.05) > 1e-12) args.push(n(power));
  if (Math.abs(alpha - 0.05) > 1e-12) args.push(n(alpha));
  return `=CX.SAMPLESIZE(${args.join(",")})`;
}
