// The workbook gateway: everything the task pane does to a workbook goes through this interface.
// Two implementations: Office.js (office-gateway.ts, the only code that calls Excel.run) and an
// in-memory workbook (memory-gateway.ts, for tests and the workbench).
//
// Writing is declarative: the pane builds a SheetPlan (a new sheet with its cell blocks, Excel
// tables, charts and color scales) and the gateway carries it out, batching and chunking as its
// platform needs, and removing the sheet again if anything fails (nothing half-written is left).
import type { Cell, ChartSpec } from "../core/report";

/** A rectangle of cells, 0-based, on one sheet. */
export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Values read from the workbook, as Excel gives them (numbers, text, booleans, "" for blanks). */
export interface RangeData extends RangeRef {
  /** Sheet-qualified A1 address, e.g. "Orders!A1:F35338" (quoted when the name needs it). */
  address: string;
  sheet: string;
  values: unknown[][];
}

export type BlockStyle = "title" | "header" | "label" | "note" | "plain";

/** Values written at a position. Text is always written as text, never as a formula. */
export interface CellBlock {
  row: number;
  col: number;
  values: Cell[][];
  /** Excel number format per column of the block ("@" text, "0", "0.0%", "yyyy-mm-dd", ...); undefined = General. */
  columnFormats?: (string | undefined)[];
  style?: BlockStyle;
}

/** An Excel table over a range whose first row is the header. */
export interface TablePlan extends RangeRef {
  /** Workbook-unique table name (letters, digits, underscores). */
  name: string;
}

export interface ChartSeriesPlan {
  name: string;
  /** A single column of values. */
  values: RangeRef;
  secondaryAxis?: boolean;
}

export interface ChartPlan {
  type: ChartSpec["type"];
  title: string;
  /** A single column of category labels (x axis). */
  categories: RangeRef;
  series: ChartSeriesPlan[];
  /** Where the chart sits, in cells. */
  position: RangeRef;
  /** Column and bar charts: the series are stacked (ChartSpec.stacked). */
  stacked?: boolean;
}

/** What one new sheet will hold. */
export interface SheetPlan {
  name: string;
  blocks: CellBlock[];
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Ranges given a white-to-blue color scale (heat maps). */
  colorScales: RangeRef[];
  /** Column widths in characters, from column A; undefined entries keep Excel's default. */
  columnWidths?: (number | undefined)[];
}

export interface WriteProgress {
  /** Cells written so far and in all. */
  done: number;
  total: number;
}

export type WorkbookErrorKind =
  | "sheet-exists" // the plan's sheet name is taken
  | "bad-address" // a range address that cannot be read
  | "empty-range" // the range holds no cells
  | "no-selection"
  | "conflict" // the workbook changed under us (sheet renamed or deleted, cells edited)
  | "write-failed";

/** A workbook problem, with a kind the pane turns into a message in the user's language. */
export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

export interface WorkbookGateway {
  /** The selected range of the active sheet. */
  readSelection(): Promise<RangeData>;
  /** A range by address ("Orders!A1:F100", "A1:F100" on the active sheet, or a defined name). */
  readRange(address: string): Promise<RangeData>;
  listSheets(): Promise<string[]>;
  listTables(): Promise<string[]>;
  /** Adds plan.name as a new sheet and writes it; on failure removes that sheet and rethrows. */
  writeSheet(plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void>;
  activate(sheet: string): Promise<void>;
}
