// The priorities data step's logic, free of React: the columns suggested (a text column naming the
// items, the numeric columns as criteria), the default weight of each criterion (-1 for costs and
// difficulty, which count against), the preview rows, and the items read as the engine reads them.
import { MAX_COLUMNS, readSegmentColumns, type SegmentData } from "../../core/segment/data";
import { isBlank } from "../../core/table/blank";
import { readColumns, type SkipCount } from "../../core/table/columns";
import type { RangeData } from "../../excel/gateway";
import { numberShare, segmentPreviewRows } from "../segment/segment-data";
import { columnName, columnOptions } from "../wizard/transaction-data";

/** Columns as positions in the range: the item names (-1: none, rows are named by number) and the criteria. */
export interface PriorityMapping {
  label: number;
  criteria: number[];
}

export const NO_PRIORITY_MAPPING: PriorityMapping = { label: -1, criteria: [] };

/** Headers of criteria that count against an item: what it costs, how hard or risky it is. */
export const AGAINST = /effort|difficult|cost|risk|complex|time to|price|expense|难度|成本|风险|工作量|投入|费用|复杂|耗时/i;

const ITEM = /name|item|opportunit|project|initiative|feature|account|customer|partner|product|idea|名称|项目|机会|功能|客户|伙伴|产品|举措/i;

export function initialPriorityMapping(range: RangeData, hasHeader: boolean): PriorityMapping {
  const options = columnOptions(range, hasHeader);
  const numeric = options.filter((o) => numberShare(range, hasHeader, o.index) >= 0.9).map((o) => o.index);
  const text = options.filter((o) => !numeric.includes(o.index));
  const label = (text.find((o) => ITEM.test(o.header)) ?? text[0])?.index ?? -1;
  return { label, criteria: numeric.filter((c) => c !== label) };
}

export type PriorityMappingProblem = "noCriteria" | "tooMany" | "duplicate" | undefined;

/** No criteria, more than =CX.SCORE takes (MAX_COLUMNS), or the item names among the criteria. */
export function priorityMappingProblem(m: PriorityMapping): PriorityMappingProblem {
  if (m.criteria.length === 0) return "noCriteria";
  if (m.criteria.length > MAX_COLUMNS) return "tooMany";
  return m.label >= 0 && m.criteria.includes(m.label) ? "duplicate" : undefined;
}

/** The weight a criterion starts with: -1 when its header says it counts against, else 1. */
export function defaultWeight(header: string): number {
  return AGAINST.test(header) ? -1 : 1;
}

/** The columns the preview shows: the item names, then the criteria. */
export function previewColumns(m: PriorityMapping): number[] {
  return [...(m.label >= 0 ? [m.label] : []), ...m.criteria];
}

export function priorityPreviewRows(range: RangeData, hasHeader: boolean, m: PriorityMapping) {
  return segmentPreviewRows(range, hasHeader, previewColumns(m));
}

/** Each criterion's name: its header, else its column letter. */
export function criterionNames(range: RangeData, hasHeader: boolean, m: PriorityMapping): string[] {
  const options = columnOptions(range, hasHeader);
  return m.criteria.map((c) => columnName(options[c]));
}

/** The items as read: the criteria of the rows with a number in each, and their names ("" when none). */
export interface PriorityItems {
  data: SegmentData;
  /** Per kept row, the text of its label cell ("" without a label column or when blank). */
  labels: string[];
  skipped: SkipCount[];
  blankRows: number;
}

/**
 * Reads the criteria as =CX.SCORE does (a row with a blank criterion is skipped and counted; text
 * stops with its cell named, e.g. "Difficulty, row 4: 'hard' is not a number"). Throws InputError.
 */
export function readPriorityItems(range: RangeData, hasHeader: boolean, m: PriorityMapping): PriorityItems {
  const names = criterionNames(range, hasHeader, m);
  const firstRowNumber = range.row + 1;
  const refs = m.criteria.map((col) => ({ rows: range.values, col }));
  const data = readSegmentColumns({ refs, names, labels: names, header: hasHeader, firstRowNumber, label: "scores" });
  // The skip counts for the data step (readSegmentColumns words them as notes only).
  const counts = readColumns(Object.fromEntries(refs.map((r, j) => [`c${j}`, r])), Object.fromEntries(names.map((n, j) => [`c${j}`, { kind: "number" as const, label: n }])), {
    header: hasHeader,
    firstRowNumber,
  });
  const labels = Array.from(data.sourceRows, (row) => {
    const v = m.label >= 0 ? range.values[row - firstRowNumber]?.[m.label] : undefined;
    return isBlank(v) ? "" : String(v).trim();
  });
  return { data, labels, skipped: counts.skipped, blankRows: counts.blankRows };
}
