// The funnel data step's logic, free of React: which column holds the stage names and which the
// counts (found by header, else by their values), and the task input for the engine.
import { autoMapColumns, detectHeaderRow, type RoleSpec } from "../../core/table/automap";
import { isBlank } from "../../core/table/blank";
import { parseNumber } from "../../core/table/number";
import type { RangeData } from "../../excel/gateway";
import type { FunnelTaskInput } from "../compute/cohort-task";
import { columnName, columnOptions } from "../wizard/transaction-data";

export interface FunnelColumns {
  stage: number;
  count: number;
}

export const FUNNEL_ROLES = {
  stage: { aliases: ["stage", "stage name", "funnel stage", "step", "step name", "event", "page", "阶段", "阶段名称", "步骤", "环节", "漏斗阶段"], kind: "category" },
  count: {
    aliases: ["users", "count", "people", "visitors", "sessions", "customers", "number", "reached", "人数", "用户数", "访客数", "数量", "次数", "客户数"],
    kind: "number",
  },
} as const satisfies Record<string, RoleSpec>;

/** Share of a column's first non-blank cells that are numbers. */
function numericShare(body: readonly (readonly unknown[])[], col: number): number {
  let seen = 0;
  let hits = 0;
  for (const row of body.slice(0, 50)) {
    const v = row[col];
    if (isBlank(v)) continue;
    seen++;
    if (parseNumber(v) !== undefined) hits++;
  }
  return seen === 0 ? -1 : hits / seen;
}

export function initialFunnelHeader(range: RangeData): boolean {
  return detectHeaderRow(range.values);
}

/** Stage and count columns by header name; else the first text column and the first number column after it (or anywhere). */
export function autoFunnelColumns(range: RangeData, hasHeader: boolean): FunnelColumns {
  const headers = hasHeader ? (range.values[0] ?? []) : [];
  const body = range.values.slice(hasHeader ? 1 : 0);
  const names = Array.from({ length: range.cols }, (_, j) => headers[j] ?? "");
  const found = autoMapColumns(names, body, FUNNEL_ROLES);
  const shares = Array.from({ length: range.cols }, (_, j) => numericShare(body, j));
  let { stage, count } = found;
  if (stage < 0) stage = shares.findIndex((x, j) => x >= 0 && x < 0.5 && j !== count);
  if (count < 0) {
    count = shares.findIndex((x, j) => x >= 0.9 && j !== stage && j > stage);
    if (count < 0) count = shares.findIndex((x, j) => x >= 0.9 && j !== stage);
  }
  return { stage, count };
}

export function funnelColumnsProblem(c: FunnelColumns): boolean {
  return c.stage < 0 || c.count < 0 || c.stage === c.count;
}

export function funnelTaskInput(range: RangeData, hasHeader: boolean, columns: FunnelColumns): FunnelTaskInput {
  const options = columnOptions(range, hasHeader);
  return {
    values: range.values,
    hasHeader,
    stage: columns.stage,
    count: columns.count,
    labels: { stage: columnName(options[columns.stage]), count: columnName(options[columns.count]) },
    firstRowNumber: range.row + 1,
  };
}
