// The segmentation data step's logic, free of React: which columns to suggest for each method
// (Recency/Frequency/Monetary-like headers for clusters, value and need for tiers, item and value
// for Pareto), the task inputs, the preview rows and what the first rows will give.
import { isBlank } from "../../core/table/blank";
import { parseNumber } from "../../core/table/number";
import type { RangeData } from "../../excel/gateway";
import { type ClusterInput, inspectClusterInput, inspectParetoInput, inspectTierInput, type ParetoInput, type SegmentInspect, type TierInput } from "../compute/segment-task";
import { type ColumnOption, columnName, columnOptions } from "../wizard/transaction-data";

export type SegmentMethod = "clusters" | "tiers" | "pareto";

/** The columns chosen for each method; -1 = none. */
export interface SegmentMapping {
  /** Clusters: the numeric columns, in range order. */
  columns: number[];
  /** Clusters and tiers: an optional id column. */
  id: number;
  /** Tiers. */
  value: number;
  need: number;
  /** Pareto: item and value. */
  item: number;
  amount: number;
}

export const NO_SEGMENT_MAPPING: SegmentMapping = { columns: [], id: -1, value: -1, need: -1, item: -1, amount: -1 };

export const RECENCY = /recency|recent|days since|since last|last (order|purchase)|最近|间隔|距今|天数/i;
export const FREQUENCY = /frequency|freq|orders|purchases|visits|count|频次|频率|次数|购买次|订单数/i;
export const MONETARY = /monetary|spend|revenue|amount|sales|value|money|total|金额|消费|收入|销售额|营收|价值/i;
const ID = /\bid\b|customer|client|user|member|account|name|客户|用户|会员|编号|账户|名称/i;
const VALUE = /value|assets|aum|wealth|revenue|spend|monetary|amount|sales|balance|资产|价值|金额|收入|消费|余额/i;
const NEED = /need|service|contacts|calls|tickets|usage|products|visits|activity|frequency|需求|服务|联系|使用|产品数|活跃|次数|频次/i;
const ITEM = /product|item|sku|article|customer|supplier|category|name|产品|商品|品名|物料|客户|供应商|类别|名称/i;
const AMOUNT = /revenue|sales|value|amount|monetary|money|total|cost|units|quantity|spend|profit|margin|金额|销售|收入|成本|数量|利润|销量/i;

/** Share of the non-blank body cells of a column that are numbers. */
export function numberShare(range: RangeData, hasHeader: boolean, col: number): number {
  let filled = 0;
  let numbers = 0;
  for (const row of range.values.slice(hasHeader ? 1 : 0, 200)) {
    const v = row[col];
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === "number" || (typeof v === "string" && parseNumber(v) !== undefined)) numbers++;
  }
  return filled === 0 ? 0 : numbers / filled;
}

function first(options: ColumnOption[], test: (o: ColumnOption) => boolean, taken: readonly number[] = []): number {
  return options.find((o) => !taken.includes(o.index) && test(o))?.index ?? -1;
}

/** The columns suggested for each method, from the headers and the values. */
export function initialSegmentMapping(range: RangeData, hasHeader: boolean): SegmentMapping {
  const options = columnOptions(range, hasHeader);
  const numeric = options.filter((o) => numberShare(range, hasHeader, o.index) >= 0.9).map((o) => o.index);
  const isNumeric = (o: ColumnOption) => numeric.includes(o.index);
  const header = (re: RegExp) => (o: ColumnOption) => re.test(o.header);
  const idByName = first(options, (o) => header(ID)(o) && !isNumeric(o));
  const id = idByName >= 0 ? idByName : first(options, (o) => !isNumeric(o) && o.index === 0);
  // Clusters: Recency, Frequency and Monetary-like columns, else every numeric column but an id.
  const rfm: number[] = [];
  for (const re of [RECENCY, FREQUENCY, MONETARY]) {
    const c = first(options, (o) => isNumeric(o) && header(re)(o) && !header(ID)(o), rfm);
    if (c >= 0) rfm.push(c);
  }
  const columns = (rfm.length >= 2 ? rfm : numeric.filter((c) => c !== id && !ID.test(options[c].header))).sort((a, b) => a - b);
  // Tiers: value and need by name, else the first two numeric columns.
  let value = first(options, (o) => isNumeric(o) && header(VALUE)(o));
  let need = first(options, (o) => isNumeric(o) && header(NEED)(o), [value]);
  if (value < 0) value = first(options, isNumeric, [need]);
  if (need < 0) need = first(options, isNumeric, [value]);
  // Pareto: an item (text) and an amount.
  let item = first(options, (o) => !isNumeric(o) && header(ITEM)(o));
  if (item < 0) item = first(options, (o) => !isNumeric(o));
  let amount = first(options, (o) => isNumeric(o) && header(AMOUNT)(o), [item]);
  if (amount < 0) amount = first(options, isNumeric, [item]);
  return { columns, id, value, need, item, amount };
}

export type SegmentMappingProblem = "clusterColumns" | "tierColumns" | "paretoColumns" | "duplicate" | undefined;

export function segmentMappingProblem(method: SegmentMethod, m: SegmentMapping): SegmentMappingProblem {
  if (method === "clusters") {
    if (m.columns.length === 0) return "clusterColumns";
    return m.id >= 0 && m.columns.includes(m.id) ? "duplicate" : undefined;
  }
  if (method === "tiers") {
    if (m.value < 0 || m.need < 0) return "tierColumns";
    return m.value === m.need || (m.id >= 0 && (m.id === m.value || m.id === m.need)) ? "duplicate" : undefined;
  }
  if (m.item < 0 || m.amount < 0) return "paretoColumns";
  return m.item === m.amount ? "duplicate" : undefined;
}

/** The columns the preview shows, in order. */
export function mappedColumns(method: SegmentMethod, m: SegmentMapping): number[] {
  if (method === "clusters") return [...(m.id >= 0 ? [m.id] : []), ...m.columns];
  if (method === "tiers") return [...(m.id >= 0 ? [m.id] : []), m.value, m.need];
  return [m.item, m.amount];
}

export function segmentPreviewRows(range: RangeData, hasHeader: boolean, cols: readonly number[], count = 5): { row: number; cells: string[] }[] {
  const start = hasHeader ? 1 : 0;
  return range.values.slice(start, start + count).map((values, i) => ({
    row: range.row + start + i + 1,
    cells: cols.map((c) => (isBlank(values[c]) ? "" : String(values[c]))),
  }));
}

function names(range: RangeData, hasHeader: boolean) {
  const options = columnOptions(range, hasHeader);
  return (c: number) => columnName(options[c]);
}

export function clusterTaskInput(range: RangeData, hasHeader: boolean, m: SegmentMapping): ClusterInput {
  const name = names(range, hasHeader);
  return {
    values: range.values,
    hasHeader,
    columns: m.columns,
    names: m.columns.map(name),
    idColumn: m.id,
    idLabel: m.id >= 0 ? name(m.id) : "",
    firstRowNumber: range.row + 1,
  };
}

export function tierTaskInput(range: RangeData, hasHeader: boolean, m: SegmentMapping): TierInput {
  const name = names(range, hasHeader);
  return {
    values: range.values,
    hasHeader,
    value: m.value,
    need: m.need,
    id: m.id,
    labels: { value: name(m.value), need: name(m.need), id: m.id >= 0 ? name(m.id) : "" },
    firstRowNumber: range.row + 1,
  };
}

export function paretoTaskInput(range: RangeData, hasHeader: boolean, m: SegmentMapping): ParetoInput {
  const name = names(range, hasHeader);
  return { values: range.values, hasHeader, item: m.item, value: m.amount, labels: { item: name(m.item), value: name(m.amount) }, firstRowNumber: range.row + 1 };
}

/** What the engine will read for the method, or the first cell it cannot (throws InputError): the data step's check and a refresh's skipped count. */
export function inspectSegment(method: SegmentMethod, range: RangeData, hasHeader: boolean, mapping: SegmentMapping): SegmentInspect {
  if (method === "clusters") return inspectClusterInput(clusterTaskInput(range, hasHeader, mapping));
  if (method === "tiers") return inspectTierInput(tierTaskInput(range, hasHeader, mapping));
  return inspectParetoInput(paretoTaskInput(range, hasHeader, mapping));
}

/** Whether a column looks like money or a count: skewed to the right and never negative. Such columns cluster better on a log scale. */
export function looksSkewed(skewness: number, minimum: number): boolean {
  return skewness > 1 && minimum >= 0;
}
