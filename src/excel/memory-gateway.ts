// An in-memory workbook implementing WorkbookGateway, with no Office dependency: the tests of
// everything above the gateway and the browser workbench run on it.
//
// It behaves like Excel where the pane can tell: values read back as Excel gives them (numbers,
// strings, booleans, "" for empty cells); input is taken the way Excel takes Range.values (a
// leading apostrophe is a quote prefix and is dropped, the cell is text; in a cell formatted as
// text "@" input is stored as text; elsewhere "=..." is entered as a formula (listed in the
// sheet view's `formulas`, its text kept as the value since nothing is calculated here), numeric
// text becomes a number and "TRUE"/"FALSE" booleans), so a gateway user that forgot to protect
// text is caught. Writes go in the same batches as the Office gateway (write-batches.ts), with
// progress after each, and a failed write removes the new sheet again.
import type { Cell } from "../core/report";
import { formatAddress, intersect, isSheetRange, MAX_COLS, MAX_ROWS, parseAddress, tryParseAddress } from "./address";
import {
  BlockStyle,
  ChartPlan,
  RangeData,
  RangeRef,
  SheetPlan,
  TablePlan,
  WorkbookError,
  WorkbookGateway,
  WriteProgress,
} from "./gateway";
import { isValidSheetName, isValidTableName } from "./names";
import { isTextFormat, numberAsText } from "./text-safety";
import { DEFAULT_PAYLOAD_LIMIT, planWrites, totalCells } from "./write-batches";

/** One cell as stored. */
export interface MemoryCell {
  value: Cell;
  format?: string;
  style?: BlockStyle;
  /** Excel would have entered the input as a formula. */
  formula?: boolean;
}

/** A read-only view of one sheet. Arrays span A1 to the used range's bottom-right corner. */
export interface MemorySheetView {
  readonly name: string;
  /** Values as Excel gives them: numbers, strings, booleans, "" for empty cells. */
  readonly values: Cell[][];
  readonly formats: (string | undefined)[][];
  readonly styles: (BlockStyle | undefined)[][];
  /** A1 addresses of cells whose input Excel would have taken as a formula. */
  readonly formulas: string[];
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  readonly colorScales: readonly RangeRef[];
  readonly columnWidths: readonly (number | undefined)[];
  /** The rectangle holding every non-empty value; undefined for an empty sheet. */
  readonly usedRange: RangeRef | undefined;
  cell(row: number, col: number): MemoryCell | undefined;
  /** Values of a rectangle, "" for empty cells. */
  read(ref: RangeRef): Cell[][];
}

export interface MemoryWorkbookOptions {
  /** Payload limit per batch, as in the Office gateway (progress is reported after each batch). */
  payloadLimit?: number;
}

interface Sheet {
  name: string;
  cells: (MemoryCell | undefined)[][];
  tables: TablePlan[];
  charts: ChartPlan[];
  colorScales: RangeRef[];
  columnWidths: (number | undefined)[];
  selection: RangeRef;
}

interface Failure {
  afterCells: number;
  error?: Error;
}

const A1: RangeRef = { row: 0, col: 0, rows: 1, cols: 1 };
const fold = (s: string) => s.toLocaleUpperCase("en-US");
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** How Excel stores a value typed (or written through Range.values) into a cell with this format. */
export function enterValue(v: Cell, format: string | undefined): MemoryCell | undefined {
  if (v === "") return undefined;
  if (typeof v === "string") {
    if (v.startsWith("'")) return v.length > 1 ? { value: v.slice(1) } : undefined;
    if (isTextFormat(format)) return { value: v };
    const t = v.trim();
    if (NUMBER_TEXT.test(t)) {
      const n = Number(t.replace(/%$/, ""));
      return { value: t.endsWith("%") ? n / 100 : n };
    }
    if (/^[=+\-@]./s.test(v)) return { value: v, formula: true };
    if (/^(TRUE|FALSE)$/i.test(t)) return { value: fold(t) === "TRUE" };
    return { value: v };
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new WorkbookError("write-failed", `${v} cannot be written to a cell`);
    return { value: isTextFormat(format) ? numberAsText(v) : v };
  }
  return { value: isTextFormat(format) ? (v ? "TRUE" : "FALSE") : v };
}

function rawCell(v: unknown): MemoryCell | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: v.toISOString() };
  return { value: String(v) };
}

function usedRangeOf(sheet: Sheet): RangeRef | undefined {
  let top = -1;
  let bottom = -1;
  let left = MAX_COLS;
  let right = -1;
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell === undefined || cell.value === "") return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  return top < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

function readCells(sheet: Sheet, ref: RangeRef): Cell[][] {
  const out: Cell[][] = new Array(ref.rows);
  for (let i = 0; i < ref.rows; i++) {
    const src = sheet.cells[ref.row + i];
    const row = new Array<Cell>(ref.cols);
    for (let j = 0; j < ref.cols; j++) row[j] = src?.[ref.col + j]?.value ?? "";
    out[i] = row;
  }
  return out;
}

function view(sheet: Sheet): MemorySheetView {
  const extent = () => {
    const used = usedRangeOf(sheet);
    return used ? { rows: used.row + used.rows, cols: used.col + used.cols } : { rows: 0, cols: 0 };
  };
  const grid = <T>(pick: (cell: MemoryCell | undefined) => T): T[][] => {
    const { rows, cols } = extent();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pick(sheet.cells[r]?.[c])));
  };
  return {
    name: sheet.name,
    get values() {
      return grid((cell) => cell?.value ?? "");
    },
    get formats() {
      return grid((cell) => cell?.format);
    },
    get styles() {
      return grid((cell) => cell?.style);
    },
    get formulas() {
      const out: string[] = [];
      sheet.cells.forEach((row, r) => row?.forEach((cell, c) => cell?.formula && out.push(formatAddress({ row: r, col: c, rows: 1, cols: 1 }))));
      return out;
    },
    tables: sheet.tables,
    charts: sheet.charts,
    colorScales: sheet.colorScales,
    columnWidths: sheet.columnWidths,
    get usedRange() {
      return usedRangeOf(sheet);
    },
    cell: (row, col) => {
      const cell = sheet.cells[row]?.[col];
      return cell && { ...cell };
    },
    read: (ref) => readCells(sheet, ref),
  };
}

export class MemoryWorkbook implements WorkbookGateway {
  private readonly sheets: Sheet[] = [];
  private active: Sheet | undefined;
  private readonly names = new Map<string, string>();
  private readonly listeners = new Set<(workbook: MemoryWorkbook) => void>();
  private failure: Failure | undefined;
  private readonly payloadLimit: number;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
  }

  // ---- beyond the interface: for the workbench and tests ----

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  get activeSheet(): string | undefined {
    return this.active?.name;
  }

  /** The selection on the active sheet. */
  get selection(): RangeRef | undefined {
    return this.active && { ...this.active.selection };
  }

  sheet(name: string): MemorySheetView | undefined {
    const s = this.find(name);
    return s && view(s);
  }

  /**
   * Adds a sheet holding `values` from A1, stored as given (no input conversion: a test's data
   * is what a user's workbook already holds). The first sheet becomes the active one.
   */
  addSheetWithValues(name: string, values: readonly (readonly unknown[])[] = [], options: { formats?: (string | undefined)[] } = {}): MemorySheetView {
    if (!isValidSheetName(name)) throw new WorkbookError("write-failed", `"${name}" is not a valid sheet name`);
    if (this.find(name)) throw new WorkbookError("sheet-exists", `a sheet named "${name}" already exists`);
    const sheet = this.newSheet(name);
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        const cell = rawCell(v);
        const format = options.formats?.[c];
        if (cell && format) cell.format = format;
        if (cell) (sheet.cells[r] ??= [])[c] = cell;
      });
    });
    this.sheets.push(sheet);
    this.active ??= sheet;
    this.emit();
    return view(sheet);
  }

  /** Makes `sheet` active and selects a range on it ("B2:C9", "A:A", or a RangeRef). */
  select(sheet: string, range: string | RangeRef): void {
    const s = this.find(sheet);
    if (!s) throw new WorkbookError("bad-address", `no sheet named "${sheet}"`);
    let ref: RangeRef;
    if (typeof range === "string") {
      const parsed = parseAddress(range);
      if (parsed.sheet !== undefined && fold(parsed.sheet) !== fold(s.name)) throw new WorkbookError("bad-address", `"${range}" is not on sheet "${s.name}"`);
      ref = { row: parsed.row, col: parsed.col, rows: parsed.rows, cols: parsed.cols };
    } else {
      if (!isSheetRange(range)) throw new WorkbookError("bad-address", `not a range: ${JSON.stringify(range)}`);
      ref = { ...range };
    }
    s.selection = ref;
    this.active = s;
    this.emit();
  }

  /** A defined name (workbook scope) for `address`, e.g. defineName("Orders", "Data!A1:F100"). */
  defineName(name: string, address: string): void {
    const parsed = parseAddress(address);
    if (parsed.sheet === undefined) throw new WorkbookError("bad-address", `a defined name needs a sheet-qualified address, got "${address}"`);
    this.names.set(fold(name), address);
    this.emit();
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: (workbook: MemoryWorkbook) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Makes the next writeSheet fail once `afterCells` cells are written (or, when the plan has no
   * more cells than that, while adding its tables), with `error` or a generic one: the rollback
   * must then leave no sheet behind.
   */
  failNextWrite(afterCells = 0, error?: Error): void {
    this.failure = { afterCells, error };
  }

  // ---- WorkbookGateway ----

  async readSelection(): Promise<RangeData> {
    const sheet = this.active;
    if (!sheet) throw new WorkbookError("no-selection", "the workbook has no sheet");
    return this.readRef(sheet, sheet.selection, sheet.selection.rows === MAX_ROWS || sheet.selection.cols === MAX_COLS);
  }

  async readRange(address: string): Promise<RangeData> {
    let parsed = tryParseAddress(address);
    if (!parsed) {
      const target = this.names.get(fold(address.trim()));
      if (target === undefined) throw new WorkbookError("bad-address", `"${address}" is neither a range address nor a defined name`);
      parsed = parseAddress(target);
    }
    const sheet = parsed.sheet === undefined ? this.active : this.find(parsed.sheet);
    if (!sheet) throw new WorkbookError("bad-address", parsed.sheet === undefined ? "the workbook has no sheet" : `no sheet named "${parsed.sheet}"`);
    return this.readRef(sheet, parsed, parsed.wholeColumns || parsed.wholeRows);
  }

  async listSheets(): Promise<string[]> {
    return this.sheetNames;
  }

  async listTables(): Promise<string[]> {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }

  async activate(sheet: string): Promise<void> {
    const s = this.find(sheet);
    if (!s) throw new WorkbookError("conflict", `the sheet "${sheet}" is no longer in the workbook`);
    this.active = s;
    this.emit();
  }

  async writeSheet(plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void> {
    if (this.find(plan.name)) throw new WorkbookError("sheet-exists", `a sheet named "${plan.name}" already exists`);
    if (!isValidSheetName(plan.name)) throw new WorkbookError("write-failed", `"${plan.name}" is not a valid sheet name`);
    const failure = this.failure;
    this.failure = undefined;
    const sheet = this.newSheet(plan.name);
    this.sheets.push(sheet); // the sheet exists while it is written, as in Excel
    try {
      const total = totalCells(plan.blocks);
      let done = 0;
      for (const batch of planWrites(plan.blocks, this.payloadLimit)) {
        for (const chunk of batch.chunks) {
          if (!isSheetRange(chunk)) throw new WorkbookError("write-failed", `block at row ${chunk.row + 1}, column ${chunk.col + 1} runs off the sheet`);
          for (let i = 0; i < chunk.rows; i++) {
            const cells = (sheet.cells[chunk.row + i] ??= []);
            for (let j = 0; j < chunk.cols; j++) {
              if (failure && done >= failure.afterCells) throw failure.error ?? new Error(`injected failure after ${done} cells`);
              const c = chunk.col + j;
              // The number format first, then the value, as the Office gateway queues them.
              const format = chunk.numberFormat?.[i][j] ?? cells[c]?.format;
              const cell = enterValue(chunk.values[i][j], format);
              const stored: MemoryCell | undefined = cell ?? (format !== undefined || chunk.style ? { value: "" } : undefined);
              if (stored) {
                if (format !== undefined) stored.format = format;
                if (chunk.style) stored.style = chunk.style;
              }
              cells[c] = stored;
              done++;
            }
          }
        }
        await Promise.resolve(); // a sync point: let the caller's progress render
        onProgress?.({ done: Math.min(done, total), total });
      }
      if (failure) throw failure.error ?? new Error(`injected failure after ${done} cells`);
      const tableNames = new Set(this.sheets.flatMap((s) => s.tables.map((t) => fold(t.name))));
      for (const t of plan.tables) {
        if (!isSheetRange(t)) throw new WorkbookError("write-failed", `table ${t.name} runs off the sheet`);
        if (!isValidTableName(t.name)) throw new WorkbookError("write-failed", `"${t.name}" is not a valid table name`);
        if (tableNames.has(fold(t.name))) throw new WorkbookError("write-failed", `a table named "${t.name}" already exists`);
        tableNames.add(fold(t.name));
        sheet.tables.push({ ...t });
      }
      for (const r of plan.colorScales) {
        if (!isSheetRange(r)) throw new WorkbookError("write-failed", "a color scale runs off the sheet");
        sheet.colorScales.push({ ...r });
      }
      for (const c of plan.charts) {
        if (![c.categories, c.position, ...c.series.map((s) => s.values)].every(isSheetRange)) throw new WorkbookError("write-failed", `chart "${c.title}" refers to cells off the sheet`);
        // A copy (no structuredClone: jest's jsdom environment lacks it).
        sheet.charts.push({ ...c, categories: { ...c.categories }, position: { ...c.position }, series: c.series.map((x) => ({ ...x, values: { ...x.values } })) });
      }
      sheet.columnWidths = [...(plan.columnWidths ?? [])];
      this.active = sheet;
      this.emit();
    } catch (e) {
      const i = this.sheets.indexOf(sheet);
      if (i >= 0) this.sheets.splice(i, 1); // nothing half-written stays; listeners saw no change
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError("write-failed", e instanceof Error ? e.message : String(e));
    }
  }

  // ---- internals ----

  private find(name: string): Sheet | undefined {
    const key = fold(name);
    return this.sheets.find((s) => fold(s.name) === key);
  }

  private newSheet(name: string): Sheet {
    return { name, cells: [], tables: [], charts: [], colorScales: [], columnWidths: [], selection: { ...A1 } };
  }

  private readRef(sheet: Sheet, ref: RangeRef, trimToUsed: boolean): RangeData {
    let target: RangeRef | undefined = { row: ref.row, col: ref.col, rows: ref.rows, cols: ref.cols };
    if (trimToUsed) {
      const used = usedRangeOf(sheet);
      target = used && intersect(target, used);
      if (!target) throw new WorkbookError("empty-range", `${formatAddress(ref, { sheet: sheet.name })} holds no values`);
    }
    return { ...target, sheet: sheet.name, address: formatAddress(target, { sheet: sheet.name }), values: readCells(sheet, target) };
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener(this);
  }
}
