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
  /**
   * What a refresh re-reads to pick up rows added since: the name of the Excel table this range
   * is (header row included), or the sheet-qualified whole-column/row address it was read from
   * ("Orders!A:F"). Undefined for a fixed range.
   */
  growsWith?: string;
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
  /** Drawn heavier than the others (our own offering on a strategy canvas). */
  emphasis?: boolean;
  /** The series' own x values (a scatter chart's line); default: the chart's categories. */
  xValues?: RangeRef;
  /** Scatter charts: a straight line without markers (ChartLines), not points. */
  line?: boolean;
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

/** Cells whose formulas start with a prefix, on one sheet. */
export interface FormulaCells {
  sheet: string;
  /** A1 addresses of the formula cells (the anchors of spilled results), without the sheet. */
  cells: string[];
}

/** Where "Convert to values" works: a whole sheet, or the selection of the active sheet. */
export type ConvertScope = { sheet: string } | { selection: true };

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

  // ---- analyses that live in the workbook (stored recipes, refresh, sharing) ----

  /** A workbook setting saved inside the file (Office: Workbook.settings, ExcelApi 1.4); undefined when unset. */
  readSetting(key: string): Promise<string | undefined>;
  /** Saves (or, with undefined, removes) a workbook setting. */
  writeSetting(key: string, value: string | undefined): Promise<void>;
  /**
   * Replaces the sheet `existing` (matched case-insensitively) with `plan`, keeping its position:
   * the plan is written under a temporary name first, then `existing` is deleted and the new sheet
   * takes `plan.name` (normally existing's name) and the plan's table names. If writing fails,
   * `existing` is untouched and the temporary sheet removed. A "conflict" WorkbookError when
   * `existing` is gone (renamed or deleted by someone else).
   */
  replaceSheet(existing: string, plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void>;
  /** Cells whose formula starts with `prefix` (case-insensitive, e.g. "=CX."), sheet by sheet; sheets with none are left out. */
  findFormulas(prefix: string): Promise<FormulaCells[]>;
  /**
   * Replaces every formula starting with `prefix` in `scope` by its current value (a spilled
   * result by all of its values); text is kept as text. Returns the number of formulas converted.
   */
  convertFormulasToValues(prefix: string, scope: ConvertScope): Promise<number>;
}
