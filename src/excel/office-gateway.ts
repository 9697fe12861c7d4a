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
// replaceSheet takes three runs: a check (the old sheet, the names in use), the write of the new
// content under a temporary name (writeSheet's run, without activating), and the swap: one sync
// to see the old sheet is still there and one carrying delete + rename + position + table
// renames together.
//
// Workbook settings (the stored recipes) are Workbook.settings, ExcelApi 1.4, saved in the file.
// findFormulas uses Range.getSpecialCellsOrNullObject("Formulas") (ExcelApi 1.9); without it,
// the used range's formulas and values are read in chunks and a cell counts as a formula where
// the two differ (a text constant reads the same in both). convertFormulasToValues needs
// Range.getSpillingToRangeOrNullObject (ExcelApi 1.12) to find the cells a result spilled into:
// without it, converting only the anchor would leave the rest of each result to vanish, so it
// refuses with a "write-failed" WorkbookError instead (Excel versions with dynamic arrays, the
// only ones where CX. functions spill, have ExcelApi 1.12).
//
// Excel enums are written as their string values ("ColumnClustered", "ColorScale", ...), which
// Office.js accepts everywhere, so this module runs without the Excel global (tests).
import { cellAddress, formatAddress, intersect, MAX_COLS, MAX_ROWS, tryParseAddress } from "./address";
import type { BlockStyle, ChartPlan, ConvertScope, FormulaCells, RangeData, RangeRef, SheetPlan, WorkbookGateway, WriteProgress } from "./gateway";
import { WorkbookError } from "./gateway";
import { isValidSheetName } from "./names";
import { replacementNames, tableRenames, withTemporaryNames } from "./replace-names";
import { safeCellValue } from "./text-safety";
import { errorCode, toWorkbookError } from "./workbook-errors";
import { DEFAULT_PAYLOAD_LIMIT, planWrites, RANGE_OVERHEAD, totalCells } from "./write-batches";

export { toWorkbookError } from "./workbook-errors";

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

/** Line weight (points) of an emphasised series on a line chart; Excel's default is 2.25. */
export const EMPHASIS_LINE_WEIGHT = 4.5;

const fold = (s: string) => s.toLocaleUpperCase("en-US");

const REF_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

/** The rectangle of a range whose REF_PROPS are loaded. */
const refOf = (r: Excel.Range): RangeRef => ({ row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount });

const sameRef = (a: RangeRef, b: RangeRef) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

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
        range.load(REF_PROPS);
        const sheet = range.worksheet;
        sheet.load("name");
        await context.sync();
        const ref = refOf(range);
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
        // Not an A1 address: a defined name referring to a range, or else a table.
        const item = context.workbook.names.getItemOrNullObject(address.trim());
        const table = context.workbook.tables.getItemOrNullObject(address.trim());
        await context.sync();
        if (item.isNullObject && table.isNullObject) throw new WorkbookError("bad-address", `"${address}" is neither a range address, a defined name nor a table`);
        const range = item.isNullObject ? table.getRange() : item.getRangeOrNullObject();
        range.load(REF_PROPS);
        const sheet = range.worksheet;
        sheet.load("name");
        if (item.isNullObject) {
          table.load("name"); // as Excel spells it
          await context.sync();
          return this.readValues(context, sheet, refOf(range), false, table.name);
        }
        await context.sync();
        if (range.isNullObject) throw new WorkbookError("bad-address", `the name "${address}" does not refer to a range`);
        const ref = refOf(range);
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
    await this.writeNew(plan, onProgress, true);
  }

  async readSetting(key: string): Promise<string | undefined> {
    try {
      return await this.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load("value");
        await context.sync();
        if (item.isNullObject) return undefined;
        // Ours are strings; a value another add-in stored under the key comes back as its JSON.
        return typeof item.value === "string" ? item.value : JSON.stringify(item.value);
      });
    } catch (e) {
      throw toWorkbookError(e, "conflict");
    }
  }

  async writeSetting(key: string, value: string | undefined): Promise<void> {
    try {
      await this.run(async (context) => {
        const settings = context.workbook.settings;
        if (value !== undefined) {
          settings.add(key, value); // adds or overwrites
          await context.sync();
          return;
        }
        const item = settings.getItemOrNullObject(key);
        await context.sync();
        if (item.isNullObject) return;
        item.delete();
        await context.sync();
      });
    } catch (e) {
      throw toWorkbookError(e, "write-failed");
    }
  }

  async replaceSheet(existing: string, plan: SheetPlan, onProgress?: (p: WriteProgress) => void): Promise<void> {
    let oldId = "";
    let names: ReturnType<typeof replacementNames> | undefined;
    try {
      await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const all = context.workbook.tables;
        all.load("items/name");
        const old = sheets.getItemOrNullObject(existing);
        old.load("id,name");
        await context.sync();
        if (old.isNullObject) throw new WorkbookError("conflict", `the sheet "${existing}" is no longer in the workbook`);
        old.tables.load("items/name");
        await context.sync();
        oldId = old.id;
        names = replacementNames(
          plan,
          old.name,
          sheets.items.map((s) => s.name),
          old.tables.items.map((t) => t.name),
          all.items.map((t) => t.name),
        );
      });
    } catch (e) {
      throw toWorkbookError(e, "conflict");
    }
    const temp = names!;
    const tempId = await this.writeNew(withTemporaryNames(plan, temp), onProgress, false);
    let swapping = false; // the swap's sync was sent: the old sheet may be gone already
    try {
      await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const old = sheets.getItemOrNullObject(oldId);
        old.load("name,position");
        const fresh = sheets.getItemOrNullObject(tempId);
        fresh.load("name");
        const active = sheets.getActiveWorksheet();
        active.load("id");
        const clash = fold(plan.name) === fold(existing) ? undefined : sheets.getItemOrNullObject(plan.name);
        await context.sync();
        // Someone deleted or renamed the old sheet (or took the new name) while we wrote.
        if (old.isNullObject || fold(old.name) !== fold(existing) || fresh.isNullObject || (clash && !clash.isNullObject)) {
          throw new WorkbookError("conflict", `the sheet "${existing}" changed while its replacement was written`);
        }
        if (active.id === oldId) fresh.activate();
        old.delete();
        fresh.name = plan.name;
        fresh.position = old.position;
        for (const [from, to] of tableRenames(plan, temp)) fresh.tables.getItem(from).name = to;
        swapping = true;
        await context.sync();
      });
    } catch (e) {
      const error = toWorkbookError(e, "write-failed");
      // Before the swap, or when it failed with the old sheet still there: the new one goes. If the
      // old sheet is gone, the new one (complete, perhaps under its temporary name) is all there is.
      await this.removeSheet(tempId, swapping ? oldId : undefined);
      throw error;
    }
  }

  async findFormulas(prefix: string): Promise<FormulaCells[]> {
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const anchors = await this.formulaAnchors(context, sheets.items, prefix);
        return sheets.items
          .map((s, k) => ({ sheet: s.name, cells: anchors[k].map((a) => formatAddress(a)) }))
          .filter((f) => f.cells.length > 0);
      });
    } catch (e) {
      throw toWorkbookError(e, "conflict");
    }
  }

  async convertFormulasToValues(prefix: string, scope: ConvertScope): Promise<number> {
    try {
      return await this.run(async (context) => {
        let sheet: Excel.Worksheet;
        let area: RangeRef | undefined;
        if ("sheet" in scope) {
          sheet = context.workbook.worksheets.getItemOrNullObject(scope.sheet);
          sheet.load("name");
          await context.sync();
          if (sheet.isNullObject) throw new WorkbookError("conflict", `the sheet "${scope.sheet}" is no longer in the workbook`);
        } else {
          const selection = context.workbook.getSelectedRange();
          selection.load(REF_PROPS);
          sheet = selection.worksheet;
          sheet.load("name");
          await context.sync();
          area = refOf(selection);
        }
        const anchors = (await this.formulaAnchors(context, [sheet], prefix))[0].filter((a) => !area || intersect(area, a));
        if (anchors.length === 0) return 0;
        if (!this.isSetSupported("ExcelApi", "1.12")) {
          throw new WorkbookError("write-failed", "converting formulas to values needs Excel with ExcelApi 1.12 (to find the cells each result spills into)");
        }
        const spills = anchors.map((a) => {
          const spill = sheet.getRangeByIndexes(a.row, a.col, 1, 1).getSpillingToRangeOrNullObject();
          spill.load(REF_PROPS);
          return spill;
        });
        await context.sync();
        const targets = spills.map((s, k) => (s.isNullObject ? anchors[k] : refOf(s)));
        // Every value is read before anything is written: replacing an anchor's formula empties
        // the cells its result spilled into.
        const grids: unknown[][][][] = [];
        for (const t of targets) grids.push(await this.readGrid(context, sheet, t, ["values", "numberFormat"]));
        let queued = 0;
        for (let k = 0; k < targets.length; k++) {
          const [values, formats] = grids[k];
          // Text stays text (a value "=x" must not become a formula again): text-safety.ts.
          const safe = values.map((row, i) => row.map((v, j) => safeCellValue(v as string | number | boolean, formats[i][j] as string)));
          const t = targets[k];
          const rowsPerChunk = Math.max(1, Math.floor(this.readChunkCells / t.cols));
          for (let r = 0; r < t.rows; r += rowsPerChunk) {
            const n = Math.min(rowsPerChunk, t.rows - r);
            sheet.getRangeByIndexes(t.row + r, t.col, n, t.cols).values = safe.slice(r, r + n);
            queued += n * t.cols;
            if (queued >= this.readChunkCells) {
              await context.sync();
              queued = 0;
            }
          }
        }
        if (queued > 0) await context.sync();
        return anchors.length;
      });
    } catch (e) {
      throw toWorkbookError(e, "write-failed");
    }
  }

  /**
   * Adds plan.name as a new sheet and writes the plan there (see the top of this file); returns the
   * new sheet's id. On failure the sheet is removed again and the error rethrown as a WorkbookError.
   */
  private async writeNew(plan: SheetPlan, onProgress: ((p: WriteProgress) => void) | undefined, activate: boolean): Promise<string> {
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
        if (activate) sheet.activate();
        await sync();
      });
      return sheetId!;
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
      series.setXAxisValues(s.xValues ? rangeOf(s.xValues) : categories);
      // A scatter's line (e.g. a quadrant split) has its own x values and no markers (ExcelApi 1.7).
      if (s.line && plan.type === "scatter") series.chartType = "XYScatterLinesNoMarkers";
      if (s.secondaryAxis && secondaryAxis) {
        series.axisGroup = "Secondary";
        // Columns on two axes hide each other: the secondary series of a column chart is a line.
        if (plan.type === "column") series.chartType = "Line";
      }
      if (s.emphasis && plan.type === "line") series.format.line.weight = EMPHASIS_LINE_WEIGHT;
    });
    chart.legend.visible = plan.series.length > 1;
    chart.legend.position = "Bottom";
    const p = plan.position;
    chart.setPosition(cellAddress(p.row, p.col), cellAddress(p.row + p.rows - 1, p.col + p.cols - 1));
  }

  /**
   * Rollback: deletes the sheet (by id, or by name when the id never came back) in a fresh
   * Excel.run; with `unlessGone`, only while that sheet (the one being replaced) still exists.
   */
  private async removeSheet(key: string, unlessGone?: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(key);
        const keep = unlessGone === undefined ? undefined : context.workbook.worksheets.getItemOrNullObject(unlessGone);
        await context.sync();
        if (sheet.isNullObject || keep?.isNullObject) return;
        sheet.delete();
        await context.sync();
      });
    } catch {
      // The error worth reporting is the one that made the write fail.
    }
  }

  /**
   * Values of `ref` on `sheet` (see readGrid), with what a refresh re-reads: `table`, else the
   * table whose range is exactly `ref` (one more sync when the sheet has tables), else the whole
   * columns or rows asked for.
   */
  private async readValues(context: Excel.RequestContext, sheet: Excel.Worksheet, ref: RangeRef, trimToUsed: boolean, table?: string): Promise<RangeData> {
    let target: RangeRef | undefined = { row: ref.row, col: ref.col, rows: ref.rows, cols: ref.cols };
    if (trimToUsed) {
      // Whole columns or rows: only the part inside the used range (values only) is read.
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      target = used.isNullObject ? undefined : intersect(target, { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount });
      if (!target) throw new WorkbookError("empty-range", `${formatAddress(ref, { sheet: sheet.name })} holds no values`);
    }
    const lookForTable = table === undefined && !trimToUsed;
    if (lookForTable) sheet.tables.load("items/name"); // goes with the first read of values
    const [values] = await this.readGrid(context, sheet, target, ["values"]);
    const data: RangeData = { ...target, sheet: sheet.name, address: formatAddress(target, { sheet: sheet.name }), values };
    let growsWith = table ?? (trimToUsed ? formatAddress(ref, { sheet: sheet.name }) : undefined);
    if (lookForTable && sheet.tables.items.length > 0) {
      const tables = sheet.tables.items;
      const ranges = tables.map((t) => t.getRange().load(REF_PROPS));
      await context.sync();
      growsWith = tables[ranges.findIndex((r) => sameRef(refOf(r), ref))]?.name;
    }
    if (growsWith !== undefined) data.growsWith = growsWith;
    return data;
  }

  /** Properties of `ref` on `sheet`, one grid per property, in row chunks of at most readChunkCells cells (one sync each). */
  private async readGrid(context: Excel.RequestContext, sheet: Excel.Worksheet, ref: RangeRef, props: ("values" | "formulas" | "numberFormat")[]): Promise<unknown[][][]> {
    const rowsPerChunk = Math.max(1, Math.floor(this.readChunkCells / props.length / ref.cols));
    const grids: unknown[][][] = props.map(() => []);
    for (let r = 0; r < ref.rows; r += rowsPerChunk) {
      const n = Math.min(rowsPerChunk, ref.rows - r);
      const range = sheet.getRangeByIndexes(ref.row + r, ref.col, n, ref.cols);
      range.load(props.join(","));
      await context.sync();
      props.forEach((p, k) => {
        for (const row of range[p]) grids[k].push(row);
      });
    }
    return grids;
  }

  /**
   * The cells of each sheet (names loaded) whose formula starts with `prefix`, any case: special
   * cells where ExcelApi 1.9 has them, else the used range read in chunks (see the top of this file).
   */
  private async formulaAnchors(context: Excel.RequestContext, sheets: Excel.Worksheet[], prefix: string): Promise<RangeRef[][]> {
    const key = fold(prefix);
    const matches = (f: unknown) => typeof f === "string" && fold(f).startsWith(key);
    if (this.isSetSupported("ExcelApi", "1.9")) {
      const special = sheets.map((s) => s.getUsedRange(false).getSpecialCellsOrNullObject("Formulas"));
      await context.sync();
      const found = special.filter((a) => !a.isNullObject);
      for (const a of found) a.areas.load(`items/address,items/formulas`);
      if (found.length > 0) await context.sync();
      return special.map((a) => {
        if (a.isNullObject) return [];
        const out: RangeRef[] = [];
        for (const area of a.areas.items) {
          const at = tryParseAddress(area.address);
          if (!at) continue;
          area.formulas.forEach((row, i) => row.forEach((f, j) => matches(f) && out.push({ row: at.row + i, col: at.col + j, rows: 1, cols: 1 })));
        }
        return out.sort((x, y) => x.row - y.row || x.col - y.col);
      });
    }
    const used = sheets.map((s) => s.getUsedRangeOrNullObject(false).load(REF_PROPS));
    await context.sync();
    const out: RangeRef[][] = [];
    for (let k = 0; k < sheets.length; k++) {
      const cells: RangeRef[] = [];
      if (!used[k].isNullObject) {
        const ref = refOf(used[k]);
        const [formulas, values] = await this.readGrid(context, sheets[k], ref, ["formulas", "values"]);
        formulas.forEach((row, i) => row.forEach((f, j) => matches(f) && f !== values[i][j] && cells.push({ row: ref.row + i, col: ref.col + j, rows: 1, cols: 1 })));
      }
      out.push(cells);
    }
    return out;
  }
}
