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
//
// For tests of what lives in the workbook file: settings, saveFile()/open() (a JSON round trip,
// so only what Excel would save survives), formulas with calculated and spilled values
// (setFormula), tables that grow when rows are typed under them (appendRows), and hooks that
// make the next write fail or let "another user" edit the workbook while it runs.
import type { Cell } from "../core/report";
import { formatAddress, intersect, isSheetRange, MAX_COLS, MAX_ROWS, parseAddress, ParsedAddress, tryParseAddress } from "./address";
import {
  BlockStyle,
  ChartPlan,
  ConvertScope,
  FormulaCells,
  RangeData,
  RangeRef,
  SheetPlan,
  TablePlan,
  WorkbookError,
  WorkbookGateway,
  WriteProgress,
} from "./gateway";
import { isValidSheetName, isValidTableName } from "./names";
import { replacementNames, tableRenames, withTemporaryNames } from "./replace-names";
import { blockWidth, isTextFormat, numberAsText, safeCellValue } from "./text-safety";
import { toWorkbookError } from "./workbook-errors";
import { DEFAULT_PAYLOAD_LIMIT, planWrites, totalCells } from "./write-batches";

/** One cell as stored. */
export interface MemoryCell {
  value: Cell;
  format?: string;
  style?: BlockStyle;
  /** Excel would have entered the input as a formula (or setFormula put one here). */
  formula?: boolean;
  /** The formula of a cell whose value was calculated (setFormula); other formula cells hold their text as the value. */
  formulaText?: string;
  /** The extent of the result spilled from this formula cell, when it is more than the cell itself. */
  spill?: { rows: number; cols: number };
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

/** A saved workbook (MemoryWorkbook.saveFile): plain JSON data, as a file on disk would hold it. */
export interface MemoryWorkbookFile {
  sheets: {
    name: string;
    /** Rows of cells; null where a cell or row is empty (JSON has no holes). */
    cells: ((MemoryCell | null)[] | null)[];
    tables: TablePlan[];
    charts: ChartPlan[];
    colorScales: RangeRef[];
    columnWidths: (number | null)[];
    selection: RangeRef;
  }[];
  active?: string;
  /** Defined names: [name, sheet-qualified address]. */
  names: [string, string][];
  /** Workbook settings: [key, value]. */
  settings: [string, string][];
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

/** A cell's value written back as a value (formula gone), text protected as the Office gateway writes it. */
function asValueCell(cell: MemoryCell | undefined): MemoryCell | undefined {
  if (!cell) return undefined;
  const stored: MemoryCell | undefined = enterValue(safeCellValue(cell.value, cell.format), cell.format) ?? (cell.format !== undefined || cell.style ? { value: "" } : undefined);
  if (stored && cell.format !== undefined) stored.format = cell.format;
  if (stored && cell.style) stored.style = cell.style;
  return stored;
}

/** The formula of a formula cell as Excel's Range.formulas gives it. */
function formulaOf(cell: MemoryCell): string {
  return cell.formulaText ?? String(cell.value);
}

/**
 * Puts a formula and its calculated result into a grid of cells (MemoryWorkbook.setFormula; the
 * tests' fake Excel uses it too): the value values[0][0] at `at`, the rest spilling right and down.
 */
export function putFormula(grid: (MemoryCell | undefined)[][], at: { row: number; col: number }, formula: string, values: readonly (readonly Cell[])[]): void {
  if (!formula.startsWith("=")) throw new WorkbookError("write-failed", `"${formula}" is not a formula`);
  const extent = { rows: Math.max(1, values.length), cols: Math.max(1, blockWidth(values)) };
  if (!isSheetRange({ row: at.row, col: at.col, ...extent })) throw new WorkbookError("write-failed", "the result spills off the sheet");
  for (let i = 0; i < extent.rows; i++) {
    const cells = (grid[at.row + i] ??= []);
    for (let j = 0; j < extent.cols; j++) {
      const old = cells[at.col + j];
      const v = values[i]?.[j] ?? "";
      const cell: MemoryCell | undefined = i === 0 && j === 0 ? { value: v, formula: true, formulaText: formula } : rawCell(v);
      if (cell && old?.format !== undefined) cell.format = old.format;
      if (cell && old?.style) cell.style = old.style;
      cells[at.col + j] = cell;
    }
  }
  if (extent.rows * extent.cols > 1) grid[at.row][at.col]!.spill = extent;
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
  private readonly settings = new Map<string, string>();
  private readonly listeners = new Set<(workbook: MemoryWorkbook) => void>();
  private failure: Failure | undefined;
  private meddler: ((workbook: MemoryWorkbook) => void) | undefined;
  private readonly payloadLimit: number;
  private changes = 0;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
  }

  /** A workbook holding what `file` holds (see saveFile). */
  static open(file: MemoryWorkbookFile, options: MemoryWorkbookOptions = {}): MemoryWorkbook {
    const data = JSON.parse(JSON.stringify(file)) as MemoryWorkbookFile;
    const wb = new MemoryWorkbook(options);
    for (const s of data.sheets) {
      wb.sheets.push({
        name: s.name,
        cells: s.cells.map((row) => (row ? row.map((c) => c ?? undefined) : (undefined as unknown as MemoryCell[]))),
        tables: s.tables,
        charts: s.charts,
        colorScales: s.colorScales,
        columnWidths: s.columnWidths.map((w) => w ?? undefined),
        selection: s.selection,
      });
    }
    wb.active = (data.active === undefined ? undefined : wb.find(data.active)) ?? wb.sheets[0];
    for (const [k, v] of data.names) wb.names.set(k, v);
    for (const [k, v] of data.settings) wb.settings.set(k, v);
    return wb;
  }

  /** The workbook as saved to a file: a deep JSON copy of its sheets, names and settings. */
  saveFile(): MemoryWorkbookFile {
    const file: MemoryWorkbookFile = {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: s.cells as MemoryWorkbookFile["sheets"][number]["cells"],
        tables: s.tables,
        charts: s.charts,
        colorScales: s.colorScales,
        columnWidths: s.columnWidths.map((w) => w ?? null),
        selection: s.selection,
      })),
      active: this.active?.name,
      names: [...this.names],
      settings: [...this.settings],
    };
    return JSON.parse(JSON.stringify(file)) as MemoryWorkbookFile;
  }

  // ---- beyond the interface: for the workbench and tests ----

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /**
   * Counts the content changes listeners were told about (not selections or activations). Cells of an existing sheet change too now
   * (replaceSheet, appendRows, setFormula, convertFormulasToValues): a cache of sheet views can
   * key on this rather than on the sheet names.
   */
  get revision(): number {
    return this.changes;
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
    this.emit(false);
  }

  /** A defined name (workbook scope) for `address`, e.g. defineName("Orders", "Data!A1:F100"). */
  defineName(name: string, address: string): void {
    const parsed = parseAddress(address);
    if (parsed.sheet === undefined) throw new WorkbookError("bad-address", `a defined name needs a sheet-qualified address, got "${address}"`);
    this.names.set(fold(name), address);
    this.emit();
  }

  /** Deletes a sheet, as a user (or another co-author) would. */
  deleteSheet(name: string): void {
    const s = this.find(name);
    if (!s) throw new WorkbookError("conflict", `no sheet named "${name}"`);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    if (this.active === s) this.active = this.sheets[0];
    this.emit();
  }

  /** Renames a sheet, as a user (or another co-author) would. */
  renameSheet(name: string, newName: string): void {
    const s = this.find(name);
    if (!s) throw new WorkbookError("conflict", `no sheet named "${name}"`);
    if (!isValidSheetName(newName)) throw new WorkbookError("write-failed", `"${newName}" is not a valid sheet name`);
    const other = this.find(newName);
    if (other && other !== s) throw new WorkbookError("sheet-exists", `a sheet named "${newName}" already exists`);
    s.name = newName;
    this.emit();
  }

  /** An Excel table over `address` on `sheet` (header row first), as Insert > Table makes one. */
  addTable(sheet: string, name: string, address: string): void {
    const s = this.find(sheet);
    if (!s) throw new WorkbookError("bad-address", `no sheet named "${sheet}"`);
    const parsed = parseAddress(address);
    if (parsed.sheet !== undefined && fold(parsed.sheet) !== fold(s.name)) throw new WorkbookError("bad-address", `"${address}" is not on sheet "${s.name}"`);
    if (!isValidTableName(name)) throw new WorkbookError("write-failed", `"${name}" is not a valid table name`);
    if (this.sheets.some((x) => x.tables.some((t) => fold(t.name) === fold(name)))) throw new WorkbookError("write-failed", `a table named "${name}" already exists`);
    s.tables.push({ name, row: parsed.row, col: parsed.col, rows: parsed.rows, cols: parsed.cols });
    this.emit();
  }

  /**
   * Types `rows` (stored as given) under the used range of `sheet`, from its first column. A table
   * whose last row was the used range's last row grows over the new rows, as Excel's tables do.
   * Returns where the rows went.
   */
  appendRows(sheet: string, rows: readonly (readonly unknown[])[]): RangeRef {
    const s = this.find(sheet);
    if (!s) throw new WorkbookError("bad-address", `no sheet named "${sheet}"`);
    const used = usedRangeOf(s);
    const at: RangeRef = { row: used ? used.row + used.rows : 0, col: used?.col ?? 0, rows: rows.length, cols: Math.max(1, ...rows.map((r) => r.length)) };
    if (!isSheetRange(at)) throw new WorkbookError("write-failed", "the rows run off the sheet");
    rows.forEach((row, i) => {
      const cells = (s.cells[at.row + i] ??= []);
      row.forEach((v, j) => {
        cells[at.col + j] = rawCell(v);
      });
    });
    for (const t of s.tables) {
      if (t.row + t.rows === at.row && t.col < at.col + at.cols && at.col < t.col + t.cols) t.rows += at.rows;
    }
    this.emit();
    return at;
  }

  /**
   * A formula at `address` with its calculated result: values[0][0] is the formula cell's value,
   * the rest spills right and down from it (as a dynamic array would).
   */
  setFormula(sheet: string, address: string, formula: string, values: readonly (readonly Cell[])[]): void {
    const s = this.find(sheet);
    if (!s) throw new WorkbookError("bad-address", `no sheet named "${sheet}"`);
    const at = parseAddress(address);
    if (at.sheet !== undefined && fold(at.sheet) !== fold(s.name)) throw new WorkbookError("bad-address", `"${address}" is not on sheet "${s.name}"`);
    putFormula(s.cells, at, formula, values);
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

  /**
   * Runs `edit` once, after the first batch of cells of the next writeSheet or replaceSheet:
   * another user changing the workbook mid-write (deleting or renaming the sheet being replaced,
   * or the new sheet itself), which the write must answer with a "conflict" and no sheet left over.
   */
  duringNextWrite(edit: (workbook: MemoryWorkbook) => void): void {
    this.meddler = edit;
  }

  // ---- WorkbookGateway ----

  async readSelection(): Promise<RangeData> {
    const sheet = this.active;
    if (!sheet) throw new WorkbookError("no-selection", "the workbook has no sheet");
    return this.readRef(sheet, sheet.selection, sheet.selection.rows === MAX_ROWS || sheet.selection.cols === MAX_COLS);
  }

  async readRange(address: string): Promise<RangeData> {
    let parsed: ParsedAddress | undefined = tryParseAddress(address);
    if (!parsed) {
      const target = this.names.get(fold(address.trim()));
      if (target === undefined) {
        const table = this.findTable(address.trim());
        if (!table) throw new WorkbookError("bad-address", `"${address}" is neither a range address, a defined name nor a table`);
        return this.readRef(table.sheet, table.table, false);
      }
      parsed = parseAddress(target);
    }
    const sheet = parsed.sheet === undefined ? this.active : this.find(parsed.sheet);
    if (!sheet) throw new WorkbookError("bad-address", parsed.sheet === undefined ? "the workbook has no sheet" : `no sheet named "${parsed.sheet}"`);
    return this.readRef(sheet, parsed, parsed.wholeColumns || parsed.wholeRows);
  }

  async readSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async writeSetting(key: string, value: string | undefined): Promise<void> {
    if (value === undefined) this.settings.delete(key);
    else this.settings.set(key, value);
    this.emit();
  }

  async findFormulas(prefix: string): Promise<FormulaCells[]> {
    const out: FormulaCells[] = [];
    for (const sheet of this.sheets) {
      const cells = this.formulaCells(sheet, prefix).map(({ row, col }) => formatAddress({ row, col, rows: 1, cols: 1 }));
      if (cells.length > 0) out.push({ sheet: sheet.name, cells });
    }
    return out;
  }

  async convertFormulasToValues(prefix: string, scope: ConvertScope): Promise<number> {
    const sheet = "sheet" in scope ? this.find(scope.sheet) : this.active;
    if (!sheet) {
      if ("sheet" in scope) throw new WorkbookError("conflict", `the sheet "${scope.sheet}" is no longer in the workbook`);
      throw new WorkbookError("no-selection", "the workbook has no sheet");
    }
    const area = "sheet" in scope ? undefined : sheet.selection;
    let converted = 0;
    for (const { row, col, cell } of this.formulaCells(sheet, prefix)) {
      if (area && !intersect(area, { row, col, rows: 1, cols: 1 })) continue;
      const extent = cell.spill ?? { rows: 1, cols: 1 };
      for (let i = 0; i < extent.rows; i++) {
        const cells = sheet.cells[row + i];
        if (!cells) continue;
        for (let j = 0; j < extent.cols; j++) {
          const c = cells[col + j];
          cells[col + j] = i === 0 && j === 0 ? asValueCell({ value: c!.value, format: c!.format, style: c!.style }) : asValueCell(c);
        }
      }
      converted++;
    }
    if (converted > 0) this.emit();
    return converted;
  }

  async replaceSheet(existing: string, plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void> {
    const old = this.find(existing);
    if (!old) throw new WorkbookError("conflict", `the sheet "${existing}" is no longer in the workbook`);
    const names = replacementNames(
      plan,
      old.name,
      this.sheetNames,
      old.tables.map((t) => t.name),
      this.allTables().map((t) => t.name),
    );
    const temp = await this.build(withTemporaryNames(plan, names), onProgress);
    // Someone may have deleted or renamed the old sheet, or taken the final names, meanwhile.
    const clash = this.find(plan.name);
    const tableClash = plan.tables.find((t) => this.allTables().some((x) => x.sheet !== old && x.sheet !== temp && fold(x.name) === fold(t.name)));
    if (this.find(existing) !== old || (clash && clash !== old) || tableClash) {
      this.sheets.splice(this.sheets.indexOf(temp), 1);
      throw new WorkbookError("conflict", `the sheet "${existing}" changed while its replacement was written`);
    }
    this.sheets.splice(this.sheets.indexOf(temp), 1);
    this.sheets[this.sheets.indexOf(old)] = temp;
    temp.name = plan.name;
    const renames = new Map(tableRenames(plan, names).map(([from, to]) => [fold(from), to]));
    for (const t of temp.tables) t.name = renames.get(fold(t.name)) ?? t.name;
    if (this.active === old) this.active = temp;
    this.emit();
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
    this.emit(false);
  }

  async writeSheet(plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void> {
    if (this.find(plan.name)) throw new WorkbookError("sheet-exists", `a sheet named "${plan.name}" already exists`);
    if (!isValidSheetName(plan.name)) throw new WorkbookError("write-failed", `"${plan.name}" is not a valid sheet name`);
    const sheet = await this.build(plan, onProgress);
    this.active = sheet;
    this.emit();
  }

  // ---- internals ----

  /**
   * Adds plan.name as the last sheet and writes the plan there (listeners are not told: the
   * caller emits once the sheet is in place). On failure the sheet is removed again and the
   * error rethrown as a WorkbookError.
   */
  private async build(plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<Sheet> {
    const failure = this.failure;
    this.failure = undefined;
    let meddler = this.meddler;
    this.meddler = undefined;
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
        if (meddler) {
          const edit = meddler;
          meddler = undefined;
          edit(this);
          if (!this.sheets.includes(sheet)) throw new WorkbookError("conflict", `the sheet "${plan.name}" was deleted while it was written`);
        }
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
      return sheet;
    } catch (e) {
      const i = this.sheets.indexOf(sheet);
      if (i >= 0) this.sheets.splice(i, 1); // nothing half-written stays; listeners saw no change
      // An injected Office-style error keeps its meaning: code "ItemNotFound" etc. is a conflict.
      throw toWorkbookError(e, "write-failed");
    }
  }

  private allTables(): { sheet: Sheet; name: string }[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ sheet, name: t.name })));
  }

  private findTable(name: string): { sheet: Sheet; table: TablePlan } | undefined {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => fold(t.name) === fold(name));
      if (table) return { sheet, table };
    }
    return undefined;
  }

  /** Formula cells of `sheet` whose formula starts with `prefix` (any case), row by row. */
  private formulaCells(sheet: Sheet, prefix: string): { row: number; col: number; cell: MemoryCell }[] {
    const key = fold(prefix);
    const out: { row: number; col: number; cell: MemoryCell }[] = [];
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.formula && fold(formulaOf(cell)).startsWith(key)) out.push({ row: r, col: c, cell });
      }),
    );
    return out;
  }

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
    const data: RangeData = { ...target, sheet: sheet.name, address: formatAddress(target, { sheet: sheet.name }), values: readCells(sheet, target) };
    // What a refresh re-reads: the table this range is, or the whole columns/rows asked for.
    const table = sheet.tables.find((t) => t.row === ref.row && t.col === ref.col && t.rows === ref.rows && t.cols === ref.cols);
    if (table) data.growsWith = table.name;
    else if (trimToUsed) data.growsWith = formatAddress(ref, { sheet: sheet.name });
    return data;
  }

  /** Tells listeners; `content` false for a selection or activation, which leaves `revision` alone. */
  private emit(content = true): void {
    if (content) this.changes++;
    for (const listener of [...this.listeners]) listener(this);
  }
}
