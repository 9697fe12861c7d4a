// The workbench's view of its in-memory workbook: the one place that talks to MemoryWorkbook
// (src/excel/memory-gateway.ts). The task pane gets the same object as its WorkbookGateway; the
// grid reads sheets through here, cached, since a MemoryWorkbook sheet view rebuilds its arrays
// on every read and the cache is dropped whenever the workbook's revision moves (cells or sheets changed: a new
// result sheet, a refresh replacing one, formulas converted to values), not on selection.
import type { ChartPlan, RangeRef, TablePlan, WorkbookGateway } from "../excel/gateway";
import { MemoryWorkbook } from "../excel/memory-gateway";
import { freeSheetName } from "../excel/names";
import { type LoadedSheet, columnFormats } from "./load-workbook";

/** One sheet as the grid draws it. */
export interface SheetView {
  name: string;
  values: readonly (readonly unknown[])[];
  /** Number format of a cell (undefined = General). */
  formatAt: (row: number, col: number) => string | undefined;
  tables: readonly TablePlan[];
  charts: readonly ChartPlan[];
  colorScales: readonly RangeRef[];
  /** Column widths in characters, from column A. */
  columnWidths: readonly (number | undefined)[];
  /** Rows and columns in use from A1 (0 and 0 for an empty sheet). */
  used: { rows: number; cols: number };
}

export interface WorkbenchBook {
  /** What the task pane gets. */
  gateway: WorkbookGateway;
  /** The workbook itself (exposed as window.__cxWorkbook for tests). */
  workbook: MemoryWorkbook;
  sheetNames(): string[];
  /** The active sheet ("" when the workbook has none). */
  activeSheet(): string;
  sheet(name: string): SheetView | undefined;
  /** The active sheet's selection. */
  selection(): RangeRef | undefined;
  /** Activates `sheet` and selects `range` on it. */
  select(sheet: string, range: RangeRef): void;
  activate(sheet: string): void;
  /** Calls `listener` after every change (sheets added, selection, activation); returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A workbook holding `sheets`, the first one active with its used range selected. */
export function createBook(sheets: readonly LoadedSheet[]): WorkbenchBook {
  const wb = new MemoryWorkbook();
  for (const s of sheets) {
    wb.addSheetWithValues(freeSheetName(s.name, wb.sheetNames), s.values, { formats: columnFormats(s) });
  }
  const first = wb.sheetNames[0];
  if (first !== undefined) {
    const used = wb.sheet(first)?.usedRange;
    const extent = used ? { rows: used.row + used.rows, cols: used.col + used.cols } : { rows: 1, cols: 1 };
    wb.select(first, { row: 0, col: 0, ...extent });
  }

  const cache = new Map<string, SheetView>();
  let revision = wb.revision;
  wb.subscribe(() => {
    if (wb.revision !== revision) {
      revision = wb.revision;
      cache.clear(); // cells changed: a sheet added, replaced by a refresh, or formulas converted to values
    }
  });

  const sheet = (name: string): SheetView | undefined => {
    const hit = cache.get(name);
    if (hit) return hit;
    const v = wb.sheet(name);
    if (!v) return undefined;
    const values = v.values;
    const formats = v.formats;
    const used = v.usedRange;
    const view: SheetView = {
      name: v.name,
      values,
      formatAt: (row, col) => formats[row]?.[col],
      tables: v.tables,
      charts: v.charts,
      colorScales: v.colorScales,
      columnWidths: v.columnWidths,
      used: used ? { rows: used.row + used.rows, cols: used.col + used.cols } : { rows: 0, cols: 0 },
    };
    cache.set(name, view);
    return view;
  };

  return {
    gateway: wb,
    workbook: wb,
    sheetNames: () => wb.sheetNames,
    activeSheet: () => wb.activeSheet ?? "",
    sheet,
    selection: () => wb.selection,
    select: (name, range) => wb.select(name, range),
    activate: (name) => void wb.activate(name),
    subscribe: (listener) => wb.subscribe(() => listener()),
  };
}
