// A Report laid out as a new sheet (a SheetPlan), pure and deterministic. Layout, from row 1 down:
//
//   title
//   (blank)
//   fact label | value            one row per report fact; dates get a date format
//   Source     | Orders!A1:F100   the input, as text
//   Formula    | =CX.RFM(...)     the formula equivalent, as TEXT ("@") so it does not run
//              | note             "Copy this formula into an empty cell to make the result live"
//   (blank)
//   explanation lines, one per row
//   (blank)
//   small tables, each under its title, a blank row apart       | charts to the right,
//     lists become Excel tables; matrices (layout "matrix") get   | about 8 columns x 18 rows
//     a color scale over their body and no Excel table            | each
//   (blank)
//   detail table(s) under their title (the customers, up to 10^5 rows and more) as Excel tables
//
// Which tables are "detail" tables: options.detailTables, by default the report's first table
// when it is a list (what the analysis' main custom function spills, e.g. =CX.RFM's customers).
import type { Cell, ChartLines, ChartSpec, ColumnFormat, Report, ReportTable } from "../core/report";
import type { BlockStyle, CellBlock, ChartPlan, ChartSeriesPlan, RangeRef, SheetPlan, TablePlan } from "./gateway";
import { freeTableName } from "./names";
import { numberAsText, TEXT_FORMAT } from "./text-safety";

/** Excel number format for each ColumnFormat. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: TEXT_FORMAT,
  integer: "#,##0",
  number: "#,##0.00",
  percent: "0.0%",
  currency: "#,##0.00",
  date: "yyyy-mm-dd",
  pvalue: "0.0000",
};

export function numberFormatFor(format: ColumnFormat): string {
  return NUMBER_FORMATS[format];
}

/** Strings the pane passes in, already in the user's language. */
export interface ReportLabels {
  /** Sheet title; default report.title. */
  title?: string;
  source: string;
  formula: string;
  /** Shown under the formula, e.g. "Copy this formula into an empty cell to make the result live". */
  formulaNote: string;
}

export interface PlanReportOptions {
  sheetName: string;
  labels: ReportLabels;
  /** Table names already in the workbook (the plan's Excel tables get free names). */
  existingTables?: Iterable<string>;
  /** The input range as the user sees it, e.g. "Orders!A1:F35338"; no Source row when absent. */
  sourceAddress?: string;
  /** The formula equivalent, e.g. "=CX.RFM(Orders!A2:A100,Orders!B2:B100,Orders!C2:C100)"; no Formula row when absent. */
  formula?: string;
  /** Excel table names are "<prefix>_<Table>"; default: the sheet name without its " (n)" suffix ("RFM"). */
  tablePrefix?: string;
  /** Names of the report tables laid out last as large tables; default: the first table when it is a list. */
  detailTables?: readonly string[];
}

export const CHART_ROWS = 18;
export const CHART_COLS = 8;
export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 50;

/** Where a report table was put: its header row and first column; the body follows the header. */
export interface PlacedTable {
  table: ReportTable;
  row: number;
  col: number;
}

const capitalize = (s: string) => (s === "" ? s : s[0].toUpperCase() + s.slice(1));

/** Characters a value takes once formatted (East Asian wide characters count twice). */
export function displayWidth(v: Cell, format: string | undefined): number {
  if (typeof v === "boolean") return 5;
  if (typeof v === "string") {
    let n = 0;
    for (const ch of v) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    return n;
  }
  if (!Number.isFinite(v)) return 0;
  const sign = v < 0 ? 1 : 0;
  const grouped = (x: number) => {
    const d = String(Math.trunc(Math.abs(x))).length;
    return sign + d + Math.floor((d - 1) / 3);
  };
  switch (format) {
    case "yyyy-mm-dd":
      return 10;
    case "0.0%":
      return (v * 100).toFixed(1).length + 1;
    case "#,##0":
      return grouped(Math.round(v));
    case "#,##0.00":
      return grouped(v) + 3;
    default:
      return Math.min(numberAsText(v).length, 11);
  }
}

class ColumnWidths {
  private readonly chars: number[] = [];

  measure(block: CellBlock): void {
    for (const row of block.values) {
      for (let j = 0; j < row.length; j++) {
        const w = displayWidth(row[j], block.columnFormats?.[j]);
        const c = block.col + j;
        if (w > (this.chars[c] ?? 0)) this.chars[c] = w;
      }
    }
  }

  widths(): (number | undefined)[] {
    return Array.from(this.chars, (w) => (w === undefined || w === 0 ? undefined : Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w + 2))));
  }
}

function defaultDetailTables(report: Report): string[] {
  const first = report.tables[0];
  return first && first.layout !== "matrix" ? [first.name] : [];
}

interface ChartTable {
  rows: Cell[][];
  at(header: string): number;
  cells(header: string, from?: number, rows?: number): RangeRef;
}

/**
 * The series of a scatter chart's lines (ChartLines): one per run of rows with the same name, its
 * x and y values the run's cells in the x and y columns, drawn as a line without markers.
 */
function lineSeries(lines: ChartLines, table: ChartTable): ChartSeriesPlan[] {
  const name = table.at(lines.name);
  const out: ChartSeriesPlan[] = [];
  for (let from = 0; from < table.rows.length; ) {
    let to = from + 1;
    while (to < table.rows.length && table.rows[to][name] === table.rows[from][name]) to++;
    out.push({ name: String(table.rows[from][name]), values: table.cells(lines.y, from, to - from), xValues: table.cells(lines.x, from, to - from), line: true });
    from = to;
  }
  return out;
}

/** The SheetPlan for a Report (layout at the top of this file). */
export function planReportSheet(report: Report, options: PlanReportOptions): SheetPlan {
  const blocks: CellBlock[] = [];
  const tables: TablePlan[] = [];
  const charts: ChartPlan[] = [];
  const colorScales: RangeRef[] = [];
  const widths = new ColumnWidths();
  const takenTables = [...(options.existingTables ?? [])];
  const prefix = options.tablePrefix ?? options.sheetName.replace(/\s*\(\d+\)$/, "");

  const add = (block: CellBlock, measure = true) => {
    blocks.push(block);
    if (measure) widths.measure(block);
  };
  const text = (row: number, col: number, value: string, style: BlockStyle, measure = true) => add({ row, col, values: [[value]], style }, measure);

  let row = 0;
  text(row, 0, options.labels.title ?? report.title, "title", false);
  row += 2;

  for (const fact of report.facts) {
    text(row, 0, fact.label, "label");
    add({ row, col: 1, values: [[fact.value]], columnFormats: [numberFormatFor(fact.format)] });
    row++;
  }
  if (options.sourceAddress !== undefined) {
    text(row, 0, options.labels.source, "label");
    add({ row, col: 1, values: [[options.sourceAddress]], columnFormats: [TEXT_FORMAT] }, false);
    row++;
  }
  if (options.formula !== undefined) {
    text(row, 0, options.labels.formula, "label");
    // Text format, so the formula shows as text and does not run until the user copies it.
    add({ row, col: 1, values: [[options.formula]], columnFormats: [TEXT_FORMAT] }, false);
    row++;
    text(row, 1, options.labels.formulaNote, "note", false);
    row++;
  }
  if (report.explanation.length > 0) {
    row++;
    for (const line of report.explanation) text(row++, 0, line, "note", false);
  }
  row++;

  const detailNames = options.detailTables ?? defaultDetailTables(report);
  const placed = new Map<string, PlacedTable>();

  /** Writes a table's title, header and body at (row, col); returns the row after its last. */
  const placeTable = (table: ReportTable, top: number, col: number): number => {
    text(top, col, table.title, "label", false);
    const headerRow = top + 1;
    const formats = table.formats.map(numberFormatFor);
    add({ row: headerRow, col, values: [table.header], style: "header" });
    if (table.rows.length > 0) add({ row: headerRow + 1, col, values: table.rows, columnFormats: formats });
    placed.set(table.name, { table, row: headerRow, col });
    const cols = table.header.length;
    if (table.layout === "matrix") {
      // The body's first column holds the row labels; the color scale covers the counts.
      if (table.rows.length > 0 && cols > 1) colorScales.push({ row: headerRow + 1, col: col + 1, rows: table.rows.length, cols: cols - 1 });
    } else if (cols > 0) {
      const name = freeTableName(`${prefix}_${capitalize(table.name)}`, takenTables);
      takenTables.push(name);
      tables.push({ name, row: headerRow, col, rows: 1 + table.rows.length, cols });
    }
    return headerRow + 1 + table.rows.length;
  };

  const small = report.tables.filter((t) => !detailNames.includes(t.name));
  const detail = report.tables.filter((t) => detailNames.includes(t.name));

  const smallTop = row;
  let smallEnd = smallTop;
  for (const t of small) {
    smallEnd = placeTable(t, smallEnd, 0) + 1;
  }
  const smallWidth = small.reduce((w, t) => Math.max(w, t.header.length), 0);

  // Charts sit beside the small tables; their ranges are filled in once every table is placed.
  const chartCol = smallWidth > 0 ? smallWidth + 1 : 0;
  const chartSlots = report.charts.map((spec, k) => ({ spec, position: { row: smallTop + k * (CHART_ROWS + 1), col: chartCol, rows: CHART_ROWS, cols: CHART_COLS } }));
  const chartsEnd = chartSlots.length > 0 ? smallTop + chartSlots.length * (CHART_ROWS + 1) : smallTop;

  row = Math.max(smallEnd, chartsEnd);
  for (const t of detail) row = placeTable(t, row, 0) + 1;

  /** A placed table a chart reads: its rows, a column's index, and a column's cells (rows [from, from + rows)). */
  const chartTable = (spec: ChartSpec, table: string): ChartTable => {
    const where = placed.get(table);
    if (!where) throw new Error(`chart "${spec.title}": the report has no table "${table}"`);
    const at = (header: string) => {
      const j = where.table.header.indexOf(header);
      if (j < 0) throw new Error(`chart "${spec.title}": table "${table}" has no column "${header}"`);
      return j;
    };
    const cells = (header: string, from = 0, rows = where.table.rows.length): RangeRef => ({ row: where.row + 1 + from, col: where.col + at(header), rows, cols: 1 });
    return { rows: where.table.rows, at, cells };
  };

  for (const { spec, position } of chartSlots) {
    const points = chartTable(spec, spec.table);
    if (points.rows.length === 0) continue; // nothing to plot; Excel refuses an empty series
    const column = (header: string) => points.cells(header);
    charts.push({
      type: spec.type,
      title: spec.title,
      categories: column(spec.category),
      series: [
        ...spec.series.map((name) => {
          const s: ChartPlan["series"][number] = { name, values: column(name) };
          if (spec.secondaryAxis?.includes(name)) s.secondaryAxis = true;
          if (spec.emphasis?.includes(name)) s.emphasis = true;
          return s;
        }),
        ...(spec.lines && spec.type === "scatter" ? lineSeries(spec.lines, chartTable(spec, spec.lines.table)) : []),
      ],
      position,
      ...(spec.stacked && (spec.type === "bar" || spec.type === "column") ? { stacked: true } : {}),
    });
  }

  return { name: options.sheetName, blocks, tables, charts, colorScales, columnWidths: widths.widths() };
}
