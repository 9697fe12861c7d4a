// Tiering on a value x need grid (e.g. a bank's clients by assets: under 1M / 1M-10M / over 10M,
// crossed with how much service they need or use). Each measure is cut into levels by thresholds,
// given or the terciles of the data; a row's tier is the cell of the grid it falls in.
import { formatCount, plural } from "../format";
import { quantileSorted, sortedCopy } from "../math/quantile";
import { Cell, ColumnFormat, Report, ReportTable } from "../report";
import { ColumnSpec, ReadResult } from "../table/columns";
import { argError, InputError } from "../table/errors";
import { describeSkips } from "../table/notes";

export const TIER_COLUMNS = {
  value: { kind: "number", label: "value" },
  need: { kind: "number", label: "need" },
} as const satisfies Record<string, ColumnSpec>;

export type TierRead = ReadResult<typeof TIER_COLUMNS>;

export interface TierOptions {
  /** Ascending cut points of value; default the terciles (3 levels). */
  valueThresholds?: number[];
  needThresholds?: number[];
  /** Tier names: one row per value level (highest first), one column per need level (lowest first). */
  labels?: string[][];
  /** An id of each kept row (e.g. the client), added to the per-row table. */
  ids?: string[];
  /** Names of the arguments in messages. */
  argNames?: { valueThresholds?: string; needThresholds?: string; labels?: string };
}

export interface TierResult {
  /** 0-based level of each row (0 = lowest). */
  valueLevel: Int32Array;
  needLevel: Int32Array;
  tier: string[];
  valueThresholds: number[];
  needThresholds: number[];
  valueLevels: string[];
  needLevels: string[];
  report: Report;
}

/** Names of m ordered levels, lowest first. */
/** A tier's share of all value: blank when the total is not positive (shares of a net loss mean nothing) or the ratio overflows. */
function shareOf(part: number, all: number): Cell {
  if (!(all > 0)) return "";
  const share = part / all;
  return Number.isFinite(share) ? share : "";
}

export function levelNames(m: number): string[] {
  if (m === 1) return ["All"];
  if (m === 2) return ["Low", "High"];
  if (m === 3) return ["Low", "Mid", "High"];
  if (m === 4) return ["Low", "Mid-low", "Mid-high", "High"];
  if (m === 5) return ["Very low", "Low", "Mid", "High", "Very high"];
  return Array.from({ length: m }, (_, j) => `Level ${j + 1}`);
}

/** Terciles (PERCENTILE.INC at 1/3 and 2/3), the default cut points. */
export function terciles(values: Float64Array): number[] {
  const sorted = sortedCopy(values);
  return [quantileSorted(sorted, 1 / 3), quantileSorted(sorted, 2 / 3)];
}

/** Level of x: the number of thresholds strictly below it, so each threshold is the inclusive upper bound of its level (as Excel's FREQUENCY bins). */
export function levelOf(x: number, thresholds: readonly number[]): number {
  let level = 0;
  while (level < thresholds.length && x > thresholds[level]) level++;
  return level;
}

function tierNames(valueLevels: string[], needLevels: string[], labels: string[][] | undefined, argName: string): string[][] {
  const vm = valueLevels.length;
  const nm = needLevels.length;
  if (labels !== undefined && (labels.length !== vm || labels.some((row) => row.length !== nm))) {
    const width = labels.reduce((w, row) => Math.max(w, row.length), 0);
    throw argError(argName, `is ${labels.length} x ${width}; give a ${vm} x ${nm} range: one row per value level (highest first) and one column per need level (lowest first)`);
  }
  // names[v][n] with v, n 0-based from the lowest level.
  return Array.from({ length: vm }, (_, v) =>
    Array.from({ length: nm }, (_, w) => {
      const given = labels?.[vm - 1 - v][w]?.trim();
      return given ? given : `${valueLevels[v]} value, ${needLevels[w]} need`;
    }),
  );
}

function rangeText(thresholds: readonly number[], level: number): [Cell, Cell] {
  return [level > 0 ? thresholds[level - 1] : "", level < thresholds.length ? thresholds[level] : ""];
}

export function tierAnalysis(read: TierRead, options: TierOptions = {}): TierResult {
  const { value, need } = read.columns;
  const n = read.length;
  if (n === 0) throw new InputError(`${read.labels.value}, ${read.labels.need}: no rows with both a value and a need`);
  const names = { valueThresholds: "value_thresholds", needThresholds: "need_thresholds", labels: "labels", ...options.argNames };
  const vt = options.valueThresholds ?? terciles(value);
  const nt = options.needThresholds ?? terciles(need);
  const valueLevels = levelNames(vt.length + 1);
  const needLevels = levelNames(nt.length + 1);
  const grid = tierNames(valueLevels, needLevels, options.labels, names.labels);
  const vm = valueLevels.length;
  const nm = needLevels.length;

  const valueLevel = new Int32Array(n);
  const needLevel = new Int32Array(n);
  const tier = new Array<string>(n);
  const count = new Float64Array(vm * nm);
  const totalValue = new Float64Array(vm * nm);
  const totalNeed = new Float64Array(vm * nm);
  let allValue = 0;
  for (let i = 0; i < n; i++) {
    const v = levelOf(value[i], vt);
    const w = levelOf(need[i], nt);
    valueLevel[i] = v;
    needLevel[i] = w;
    tier[i] = grid[v][w];
    count[v * nm + w]++;
    totalValue[v * nm + w] += value[i];
    totalNeed[v * nm + w] += need[i];
    allValue += value[i];
  }
  // Sums beyond the largest double (values near 1e308) cannot be written: say so rather than spill Infinity.
  const overflow = "the values add up to more than the largest number a cell holds (about 1.8e308): scale them down, e.g. to thousands";
  if (!Number.isFinite(allValue) || totalValue.some((t) => !Number.isFinite(t))) throw argError("value", overflow);
  if (totalNeed.some((t) => !Number.isFinite(t))) throw argError("need", overflow);

  const perRow: Cell[][] = new Array(n);
  const ids = options.ids;
  for (let i = 0; i < n; i++) {
    perRow[i] = [read.sourceRows[i], ...(ids ? [ids[i]] : []), value[i], need[i], valueLevels[valueLevel[i]], needLevels[needLevel[i]], tier[i]];
  }
  const summary: Cell[][] = [];
  for (let v = vm - 1; v >= 0; v--) {
    for (let w = 0; w < nm; w++) {
      const c = count[v * nm + w];
      summary.push([
        grid[v][w],
        valueLevels[v],
        needLevels[w],
        c,
        c / n,
        totalValue[v * nm + w],
        shareOf(totalValue[v * nm + w], allValue),
        c > 0 ? totalValue[v * nm + w] / c : "",
        c > 0 ? totalNeed[v * nm + w] / c : "",
      ]);
    }
  }
  const matrix: Cell[][] = [];
  for (let v = vm - 1; v >= 0; v--) matrix.push([valueLevels[v], ...Array.from(count.subarray(v * nm, v * nm + nm))]);
  const thresholds: Cell[][] = [
    ...valueLevels.map((l, j): Cell[] => ["Value", l, ...rangeText(vt, j)]),
    ...needLevels.map((l, j): Cell[] => ["Need", l, ...rangeText(nt, j)]),
  ];
  const tables: ReportTable[] = [
    {
      name: "tiers",
      title: "Tier of each row",
      header: ["Row", ...(ids ? ["Id"] : []), "Value", "Need", "Value level", "Need level", "Tier"],
      rows: perRow,
      formats: ["integer", ...(ids ? ["text" as ColumnFormat] : []), "number", "number", "text", "text", "text"],
    },
    {
      name: "summary",
      title: "Rows and totals by tier",
      header: ["Tier", "Value level", "Need level", "Count", "Share", "Total value", "Share of value", "Mean value", "Mean need"],
      rows: summary,
      formats: ["text", "text", "text", "integer", "percent", "number", "percent", "number", "number"],
    },
    {
      name: "grid",
      title: "Rows by value level (rows) and need level (columns)",
      header: ["Value \\ Need", ...needLevels],
      rows: matrix,
      formats: ["text", ...needLevels.map((): ColumnFormat => "integer")],
      layout: "matrix",
    },
    {
      name: "thresholds",
      title: "Levels: above the lower bound, up to and including the upper bound",
      header: ["Measure", "Level", "Above", "Up to"],
      rows: thresholds,
      formats: ["text", "text", "number", "number"],
    },
  ];
  const how = (given: number[] | undefined) => (given ? "given thresholds" : "terciles of the data");
  const report: Report = {
    title: "Value x need tiers",
    facts: [
      { key: "rows", label: "Rows", value: n, format: "integer" },
      { key: "valueThresholds", label: "Value thresholds", value: vt.join("; "), format: "text" },
      { key: "needThresholds", label: "Need thresholds", value: nt.join("; "), format: "text" },
    ],
    tables,
    charts: [{ type: "column", title: "Rows by tier", table: "summary", category: "Tier", series: ["Count"] }],
    explanation: [
      `${plural(n, "row")} placed on a ${vm} x ${nm} grid: value cut at ${vt.map(formatNumber).join(", ")} (${how(options.valueThresholds)}), ` +
        `need cut at ${nt.map(formatNumber).join(", ")} (${how(options.needThresholds)}). Each threshold is the upper bound of its level, included.`,
      ...describeSkips(read),
    ],
  };
  return { valueLevel, needLevel, tier, valueThresholds: vt, needThresholds: nt, valueLevels, needLevels, report };
}

function formatNumber(x: number): string {
  return Math.abs(x) >= 1000 && Number.isInteger(x) ? formatCount(x) : String(Number(x.toPrecision(6)));
}
