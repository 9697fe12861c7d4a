// Pareto (ABC) focus: items sorted by value, largest first, with their share and cumulative share;
// class A is the fewest top items that make at least a_share of the value (80% by default), B the
// fewest further items that bring it to a_share + b_share (95%), C the rest.
import { formatPercent, plural } from "../format";
import { Cell, Report, ReportTable } from "../report";
import { ColumnSpec, ReadResult } from "../table/columns";
import { argError, InputError } from "../table/errors";
import { describeSkips } from "../table/notes";

export const PARETO_COLUMNS = {
  item: { kind: "id", label: "items" },
  value: { kind: "number", label: "values", min: 0 },
} as const satisfies Record<string, ColumnSpec>;

export type ParetoRead = ReadResult<typeof PARETO_COLUMNS>;

export interface ParetoOptions {
  aShare?: number;
  bShare?: number;
  /** Argument names in messages. */
  argNames?: { aShare?: string; bShare?: string };
}

export type AbcClass = "A" | "B" | "C";

export interface ParetoItem {
  item: string;
  value: number;
  share: number;
  cumulativeShare: number;
  abc: AbcClass;
}

/** Rounding slack when comparing cumulative shares with the class bounds (0.8 + 0.15 is 0.9500000000000001). */
const SLACK = 1e-9;

/** Classes of values already sorted descending, by the cumulative share before each item. */
export function abcClasses(sortedValues: readonly number[], aShare: number, bShare: number): AbcClass[] {
  const total = sortedValues.reduce((a, b) => a + b, 0);
  let before = 0;
  return sortedValues.map((v) => {
    const share = before / total;
    before += v;
    return share < aShare - SLACK ? "A" : share < aShare + bShare - SLACK ? "B" : "C";
  });
}

export function paretoAnalysis(read: ParetoRead, options: ParetoOptions = {}): { items: ParetoItem[]; report: Report } {
  const a = options.aShare ?? 0.8;
  const b = options.bShare ?? 0.15;
  const names = { aShare: "a_share", bShare: "b_share", ...options.argNames };
  if (a + b > 1 + SLACK) throw argError(names.bShare, `${b} plus ${names.aShare} ${a} is more than 1 (the C class gets what is left)`);
  const { item, value } = read.columns;
  if (read.length === 0) throw new InputError(`${read.labels.item}, ${read.labels.value}: no rows with both an item and a value`);
  // Repeated items (e.g. one row per order) are added up.
  const index = new Map<string, number>();
  const keys: string[] = [];
  const sums: number[] = [];
  for (let i = 0; i < read.length; i++) {
    let j = index.get(item[i]);
    if (j === undefined) {
      j = keys.length;
      index.set(item[i], j);
      keys.push(item[i]);
      sums.push(0);
    }
    sums[j] += value[i];
  }
  const order = keys.map((_, j) => j).sort((x, y) => sums[y] - sums[x] || x - y);
  const sorted = order.map((j) => sums[j]);
  const total = sorted.reduce((s, v) => s + v, 0);
  if (!(total > 0)) throw argError(read.labels.value, "add up to 0: there is no value to rank");
  if (!Number.isFinite(total)) throw argError(read.labels.value, "add up to more than the largest number; give smaller units");
  const classes = abcClasses(sorted, a, b);
  let cum = 0;
  const items: ParetoItem[] = order.map((j, r) => {
    cum += sorted[r];
    return { item: keys[j], value: sorted[r], share: sorted[r] / total, cumulativeShare: r === order.length - 1 ? 1 : Math.min(1, cum / total), abc: classes[r] };
  });
  const classRows: Cell[][] = (["A", "B", "C"] as AbcClass[]).map((c) => {
    const members = items.filter((x) => x.abc === c);
    const v = members.reduce((s, x) => s + x.value, 0);
    return [c, members.length, members.length / items.length, v, v / total];
  });
  const itemsTable: ReportTable = {
    name: "items",
    title: "Items by value (Pareto / ABC)",
    header: ["Rank", "Item", "Value", "Share", "Cumulative share", "Class"],
    rows: items.map((x, r) => [r + 1, x.item, x.value, x.share, x.cumulativeShare, x.abc]),
    formats: ["integer", "text", "number", "percent", "percent", "text"],
  };
  const classesTable: ReportTable = {
    name: "classes",
    title: "ABC classes",
    header: ["Class", "Items", "Share of items", "Value", "Share of value"],
    rows: classRows,
    formats: ["text", "integer", "percent", "number", "percent"],
  };
  const [ra, rb, rc] = classRows;
  const merged = read.length - items.length;
  const report: Report = {
    title: "Pareto (ABC) analysis",
    facts: [
      { key: "items", label: "Items", value: items.length, format: "integer" },
      { key: "total", label: "Total value", value: total, format: "number" },
      { key: "aShare", label: "A share", value: a, format: "percent" },
      { key: "bShare", label: "B share", value: b, format: "percent" },
    ],
    tables: [itemsTable, classesTable],
    charts: [
      {
        type: "column",
        title: "Pareto chart: value and cumulative share",
        table: "items",
        category: "Item",
        series: ["Value", "Cumulative share"],
        secondaryAxis: ["Cumulative share"],
      },
    ],
    explanation: [
      `${plural(ra[1] as number, "item")} of ${items.length} (${formatPercent(ra[2] as number)}) make ${formatPercent(ra[4] as number)} of the value: class A, the fewest top items reaching ${formatPercent(a)}. ` +
        `Class B: ${plural(rb[1] as number, "item")} (${formatPercent(rb[4] as number)} of the value); class C: ${plural(rc[1] as number, "item")} (${formatPercent(rc[4] as number)}).`,
      ...(merged > 0 ? [`${plural(merged, "row")} repeated an item already listed and ${merged === 1 ? "was" : "were"} added to it.`] : []),
      ...describeSkips(read),
    ],
  };
  return { items, report };
}
