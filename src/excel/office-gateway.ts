// The Office.js workbook gateway: the only code that calls Excel.run.
//
// Requirement sets: ExcelApi 1.7 (the add-in's minimum: getRangeByIndexes, chart series
// setValues/setXAxisValues, freeze panes), 1.4 for *OrNullObject, 1.6 for conditional formats;
// a series' secondary axis (axisGroup) is ExcelApi 1.8 and only used when supported.
//
// writeSheet does everything in ONE Excel.run: a sync to check the name is free, then the cell
// blocks in batches that keep each request under the payload limit (Excel on the web refuses
// requests over 5 MB; default limit 4 MB), syncing only between batches, with the tables, color
// scales, charts and column widths queued with the last batch, so a small sheet is written in
// one sync. Progress is reported after each sync. If anything fails, a fresh Excel.run deletes
// the new sheet and the error is rethrown as a WorkbookError.
//
// Excel enums are written as their string values ("ColumnClustered", "ColorScale", ...), which
// Office.js accepts everywhere, so this module runs without the Excel global (tests).
import { cellAddress, formatAddress, intersect, MAX_COLS, MAX_ROWS, tryParseAddress } from "./address";
import type { BlockStyle, ChartPlan, RangeData, RangeRef, SheetPlan, WorkbookErrorKind, WorkbookGateway, WriteProgress } from "./gateway";
import { WorkbookError } from "./gateway";
import { isValidSheetName } from "./names";
import { DEFAULT_PAYLOAD_LIMIT, planWrites, RANGE_OVERHEAD, totalCells } from "./write-batches";

/** Runs a batch against the workbook: Excel.run, or a test's mock context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  run?: ExcelRun;
  /** Estimated payload per request (bytes) the writer keeps under; default 4 MB. */
  payloadLimit?: number;
  /** Cells read per request; default 50,000 (a response over 5 MB fails on the web). */
  readChunkCells?: number;
  /** Office.context.requirements.isSetSupported, injectable for tests. */
  isSetSupported?: (name: string, version: string) => boolean;
}

export const DEFAULT_READ_CHUNK_CELLS = 50_000;

/** Excel chart type for each ChartSpec type. */
export const CHART_TYPES = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
  scatter: "XYScatter",
  pie: "Pie",
} as const satisfies Record<ChartPlan["type"], Excel.ChartType | `${Excel.ChartType}`>;

/** Excel chart type of stacked column and bar charts (ChartPlan.stacked). */
export const STACKED_CHART_TYPES = { column: "ColumnStacked", bar: "BarStacked" } as const satisfies Partial<Record<ChartPlan["type"], `${Excel.ChartType}`>>;

/** Color scale of heat maps: white (lowest) to blue (highest). */
export const COLOR_SCALE = { low: "#FFFFFF", high: "#5B9BD5" } as const;

/** Column width in points per character of the plan's widths. */
export const POINTS_PER_CHAR = 7;

/** Office error codes meaning the workbook changed under us (an item gone, renamed or taken). */
const CONFLICT_CODES = new Set(["ItemNotFound", "Conflict", "ItemAlreadyExists", "InsertDeleteConflict"]);

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** An Office error as a WorkbookError: "conflict" for a vanished or changed item, `fallback` otherwise. */
export function toWorkbookError(e: unknown, fallback: WorkbookErrorKind = "write-failed"): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const code = errorCode(e);
  const error = new WorkbookError(code && CONFLICT_CODES.has(code) ? "conflict" : fallback, code ? `${code}: ${message}` : message);
  (error as { cause?: unknown }).cause = e;
  return error;
}

function defaultIsSetSupported(name: string, version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(name, version);
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

function applyStyle(range: Excel.Range, style: BlockStyle): void {
  switch (style) {
    case "title":
      range.format.font.bold = true;
      range.format.font.size = 14;
      break;
    case "header":
    case "label":
      range.format.font.bold = true;
      break;
    case "note":
      range.format.font.italic = true;
      range.format.font.color = "#595959";
      break;
    case "plain":
      break;
  }
}

/** Estimated payload of what is queued after the cells: tables, color scales, charts, widths. */
function extrasBytes(plan: SheetPlan): number {
  const chartOps = plan.charts.reduce((n, c) => n + 4 + 4 * c.series.length, 0);
  const ops = plan.tables.length * 2 + plan.colorScales.length * 2 + chartOps + (plan.columnWidths?.length ?? 0) + 2;
  return ops * RANGE_OVERHEAD + plan.charts.reduce((n, c) => n + c.title.length + c.series.reduce((m, s) => m + s.name.length, 0), 0);
}

export class OfficeWorkbook implements WorkbookGateway {
  private readonly run: ExcelRun;
  private readonly payloadLimit: number;
  private readonly readChunkCells: number;
  private readonly isSetSupported: (name: string, version: string) => boolean;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? defaultRun;
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.readChunkCells = Math.max(1, options.readChunkCells ?? DEFAULT_READ_CHUNK_CELLS);
    this.isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
  }

  async readSelection(): Promise<RangeData> {
    try {
      return await this.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        const sheet = range.worksheet;
        sheet.load("name");
        await context.sync();
        const ref = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
        return this.readValues(context, sheet, ref, ref.rows === MAX_ROWS || ref.cols === MAX_COLS);
      });
    } catch (e) {
      // InvalidSelection: several areas, or a chart or shape selected rather than cells.
      throw toWorkbookError(e, errorCode(e) === "InvalidSelection" ? "no-selection" : "conflict");
    }
  }

  async readRange(address: string): Promise<RangeData> {
    const parsed = tryParseAddress(address);
    try {
      return await this.run(async (context) => {
        if (parsed) {
          const sheets = context.workbook.worksheets;
          const sheet = parsed.sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItemOrNullObject(parsed.sheet);
          sheet.load("name");
          await context.sync();
          if (sheet.isNullObject) throw new WorkbookError("bad-address", `no sheet named "${parsed.sheet}"`);
          return this.readValues(context, sheet, parsed, parsed.wholeColumns || parsed.wholeRows);
        }
        // Not an A1 address: a defined name referring to a range.
        const item = context.workbook.names.getItemOrNullObject(address.trim());
        await context.sync();
        if (item.isNullObject) throw new WorkbookError("bad-address", `"${address}" is neither a range address nor a defined name`);
        const range = item.getRangeOrNullObject();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        const sheet = range.worksheet;
        sheet.load("name");
        await context.sync();
        if (range.isNullObject) throw new WorkbookError("bad-address", `the name "${address}" does not refer to a range`);
        const ref = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
        return this.readValues(context, sheet, ref, ref.rows === MAX_ROWS || ref.cols === MAX_COLS);
      });
    } catch (e) {
      const code = errorCode(e);
      throw toWorkbookError(e, code === "InvalidArgument" || code === "InvalidReference" ? "bad-address" : "conflict");
    }
  }

  async listSheets(): Promise<string[]> {
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
    } catch (e) {
      throw toWorkbookError(e, "conflict");
    }
  }

  async listTables(): Promise<string[]> {
    try {
      return await this.run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        return tables.items.map((t) => t.name);
      });
    } catch (e) {
      throw toWorkbookError(e, "conflict");
    }
  }

  async activate(sheet: string): Promise<void> {
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      });
    } catch (e) {
      throw toWorkbookError(e, "conflict");
    }
  }

  async writeSheet(plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void> {
    if (!isValidSheetName(plan.name)) throw new WorkbookError("write-failed", `"${plan.name}" is not a valid sheet name`);
    const total = totalCells(plan.blocks);
    const batches = planWrites(plan.blocks, this.payloadLimit);
    const secondaryAxis = plan.charts.some((c) => c.series.some((s) => s.secondaryAxis)) && this.isSetSupported("ExcelApi", "1.8");
    let added = false; // sheets.add was queued
    let sheetId: string | undefined; // known once a sync after the add succeeded
    try {
      await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const existing = sheets.getItemOrNullObject(plan.name);
        await context.sync();
        if (!existing.isNullObject) throw new WorkbookError("sheet-exists", `a sheet named "${plan.name}" already exists`);

        const sheet = sheets.add(plan.name);
        sheet.load("id");
        added = true;
        let done = 0;
        let queued = 0;
        const sync = async () => {
          await context.sync();
          sheetId ??= sheet.id;
          done += queued;
          queued = 0;
          onProgress?.({ done, total });
        };
        const rangeOf = (r: RangeRef) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

        for (let b = 0; b < batches.length; b++) {
          for (const chunk of batches[b].chunks) {
            const range = rangeOf(chunk);
            // Formats before values: a text-formatted ("@") cell keeps its input as text.
            if (chunk.numberFormat) range.numberFormat = chunk.numberFormat;
            range.values = chunk.values;
            if (chunk.style) applyStyle(range, chunk.style);
          }
          queued += batches[b].cells;
          if (b < batches.length - 1) await sync();
        }
        const last = batches[batches.length - 1];
        if (last.chunks.length > 0 && last.bytes + extrasBytes(plan) > this.payloadLimit) await sync();

        for (const t of plan.tables) {
          const table = sheet.tables.add(formatAddress(t), true);
          table.name = t.name;
        }
        for (const r of plan.colorScales) {
          const format = rangeOf(r).conditionalFormats.add("ColorScale");
          format.colorScale.criteria = {
            minimum: { type: "LowestValue", color: COLOR_SCALE.low },
            maximum: { type: "HighestValue", color: COLOR_SCALE.high },
          };
        }
        for (const c of plan.charts) this.addChart(sheet, c, secondaryAxis);
        plan.columnWidths?.forEach((w, j) => {
          if (w !== undefined && w > 0) sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = w * POINTS_PER_CHAR;
        });
        sheet.activate();
        await sync();
      });
    } catch (e) {
      const error = toWorkbookError(e, "write-failed");
      // An add refused because the name was taken meanwhile created nothing of ours: delete nothing.
      if (added && (sheetId !== undefined || errorCode(e) !== "ItemAlreadyExists")) await this.removeSheet(sheetId ?? plan.name);
      throw error;
    }
  }

  private addChart(sheet: Excel.Worksheet, plan: ChartPlan, secondaryAxis: boolean): void {
    if (plan.series.length === 0) return;
    const rangeOf = (r: RangeRef) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
    const type = plan.stacked && (plan.type === "column" || plan.type === "bar") ? STACKED_CHART_TYPES[plan.type] : CHART_TYPES[plan.type];
    const chart = sheet.charts.add(type, rangeOf(plan.series[0].values), "Columns");
    chart.title.text = plan.title;
    const categories = rangeOf(plan.categories);
    plan.series.forEach((s, i) => {
      let series: Excel.ChartSeries;
      if (i === 0) {
        series = chart.series.getItemAt(0);
        series.name = s.name;
      } else {
        series = chart.series.add(s.name);
        series.setValues(rangeOf(s.values));
      }
      series.setXAxisValues(categories);
      if (s.secondaryAxis && secondaryAxis) {
        series.axisGroup = "Secondary";
        // Columns on two axes hide each other: the secondary series of a column chart is a line.
        if (plan.type === "column") series.chartType = "Line";
      }
    });
    chart.legend.visible = plan.series.length > 1;
    chart.legend.position = "Bottom";
    const p = plan.position;
    chart.setPosition(cellAddress(p.row, p.col), cellAddress(p.row + p.rows - 1, p.col + p.cols - 1));
  }

  /** Rollback: deletes the sheet (by id, or by name when the id never came back) in a fresh Excel.run. */
  private async removeSheet(key: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(key);
        await context.sync();
        if (sheet.isNullObject) return;
        sheet.delete();
        await context.sync();
      });
    } catch {
      // The error worth reporting is the one that made the write fail.
    }
  }

  /** Values of `ref` on `sheet`, in row chunks of at most readChunkCells cells (one sync each). */
  private async readValues(context: Excel.RequestContext, sheet: Excel.Worksheet, ref: RangeRef, trimToUsed: boolean): Promise<RangeData> {
    let target: RangeRef | undefined = { row: ref.row, col: ref.col, rows: ref.rows, cols: ref.cols };
    if (trimToUsed) {
      // Whole columns or rows: only the part inside the used range (values only) is read.
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      target = used.isNullObject ? undefined : intersect(target, { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount });
      if (!target) throw new WorkbookError("empty-range", `${formatAddress(ref, { sheet: sheet.name })} holds no values`);
    }
    const rowsPerChunk = Math.max(1, Math.floor(this.readChunkCells / target.cols));
    const values: unknown[][] = [];
    for (let r = 0; r < target.rows; r += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, target.rows - r);
      const range = sheet.getRangeByIndexes(target.row + r, target.col, n, target.cols);
      range.load("values");
      await context.sync();
      for (const row of range.values) values.push(row);
    }
    return { ...target, sheet: sheet.name, address: formatAddress(target, { sheet: sheet.name }), values };
  }
}
