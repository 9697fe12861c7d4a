// The data step's logic, free of React: columns to choose from, auto-mapping, the preview rows
// and the task input for the engine.
import { autoMapColumns, detectHeaderRow, TRANSACTION_ROLES } from "../../core/table/automap";
import { isBlank } from "../../core/table/blank";
import { epochDayFromSerial, isoFromEpochDay } from "../../core/table/date";
import { columnLetters, formatAddress } from "../../excel/address";
import type { RangeData } from "../../excel/gateway";
import type { TransactionInput, TransactionMapping } from "../compute/tasks";

export type Role = keyof TransactionMapping;
export const ROLES: readonly Role[] = ["customer", "date", "amount"];

export interface ColumnOption {
  index: number;
  /** The header text, or "" when the range has no header row. */
  header: string;
  /** Column letter in the sheet, e.g. "C". */
  letter: string;
}

export function columnOptions(range: RangeData, hasHeader: boolean): ColumnOption[] {
  const first = range.values[0] ?? [];
  return Array.from({ length: range.cols }, (_, j) => ({
    index: j,
    header: hasHeader && typeof first[j] === "string" ? (first[j] as string).trim() : hasHeader && !isBlank(first[j]) ? String(first[j]) : "",
    letter: columnLetters(range.col + j),
  }));
}

export function initialHeader(range: RangeData): boolean {
  return detectHeaderRow(range.values);
}

export function initialMapping(range: RangeData, hasHeader: boolean): TransactionMapping {
  const headers = hasHeader ? range.values[0] ?? [] : [];
  const body = range.values.slice(hasHeader ? 1 : 0, 60);
  const names = Array.from({ length: range.cols }, (_, j) => headers[j] ?? "");
  return autoMapColumns(names, body, TRANSACTION_ROLES);
}

export type MappingProblem = "incomplete" | "duplicate" | undefined;

/** `optional`: roles that may be left unmapped (-1), e.g. the amount for cohorts and churn. */
export function mappingProblem(m: TransactionMapping, optional: readonly Role[] = []): MappingProblem {
  const cols = ROLES.filter((r) => !(optional.includes(r) && m[r] < 0)).map((r) => m[r]);
  if (cols.some((c) => c < 0)) return "incomplete";
  return new Set(cols).size < cols.length ? "duplicate" : undefined;
}

/** Column name for messages: the header, else the column letter. */
export function columnName(option: ColumnOption): string {
  return option.header || option.letter;
}

export function taskInput(range: RangeData, hasHeader: boolean, mapping: TransactionMapping): TransactionInput {
  const options = columnOptions(range, hasHeader);
  return {
    values: range.values,
    hasHeader,
    mapping,
    labels: { customer: columnName(options[mapping.customer]), date: columnName(options[mapping.date]), amount: mapping.amount >= 0 ? columnName(options[mapping.amount]) : "amounts" },
    firstRowNumber: range.row + 1,
  };
}

/** A cell as the preview shows it: Excel date serials in the date column as yyyy-mm-dd. */
function display(v: unknown, role: Role): string {
  if (isBlank(v)) return "";
  if (role === "date" && typeof v === "number") {
    const day = epochDayFromSerial(v);
    if (typeof day === "number") return isoFromEpochDay(day);
  }
  return String(v);
}

/** The first rows of the mapped columns, with their sheet row numbers. */
export function previewRows(range: RangeData, hasHeader: boolean, mapping: TransactionMapping, count = 5, roles: readonly Role[] = ROLES): { row: number; cells: string[] }[] {
  const start = hasHeader ? 1 : 0;
  return range.values.slice(start, start + count).map((values, i) => ({
    row: range.row + start + i + 1,
    cells: roles.map((role) => display(values[mapping[role]], role)),
  }));
}

/** Address of one column of a range, e.g. column 2 of Orders!A1:F100 -> Orders!C1:C100 (for formula equivalents). */
export function columnAddress(range: RangeData, col: number): string {
  return formatAddress({ row: range.row, col: range.col + col, rows: range.rows, cols: 1 }, { sheet: range.sheet });
}

/** The day after an ISO date (yyyy-mm-dd). */
export function nextDay(iso?: string): string | undefined {
  if (!iso) return undefined;
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
