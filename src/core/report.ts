// The Report: plain data every surface renders (spilled by a function, written to a sheet,
// printed by the CLI, previewed in the pane). See DESIGN.md.

export type Cell = number | string | boolean;

/** How a column is shown; dates are stored as Excel serial numbers; p-values get four decimals. */
export type ColumnFormat = "text" | "integer" | "number" | "percent" | "currency" | "date" | "pvalue";

export interface ReportTable {
  /** Stable key, e.g. "customers", "segments". */
  name: string;
  title: string;
  header: string[];
  rows: Cell[][];
  formats: ColumnFormat[];
  /** "table" (default): a list with a header row; "matrix": a grid whose body is a heat map. */
  layout?: "table" | "matrix";
}

/** A labelled single value about the analysis, e.g. the as-of date. */
export interface ReportFact {
  /** Stable key, e.g. "asOf". */
  key: string;
  label: string;
  value: Cell;
  format: ColumnFormat;
}

export interface ChartSpec {
  type: "column" | "bar" | "line" | "scatter" | "pie";
  title: string;
  /** Name of the table whose columns the chart plots. */
  table: string;
  /** Header of the column giving the categories (x axis). */
  category: string;
  /** Headers of the columns plotted as series. */
  series: string[];
  /** Headers of series drawn on a secondary axis. */
  secondaryAxis?: string[];
  /** Column and bar charts: stack the series (e.g. shares that add up to 100%). */
  stacked?: boolean;
  /** Headers of series drawn heavier than the rest (our offering on a strategy canvas). */
  emphasis?: string[];
  /** Scatter charts: straight lines drawn over the points without markers (a 2 x 2 matrix's split lines). */
  lines?: ChartLines;
}

/**
 * The lines of a scatter chart, one series each: consecutive rows of `table` with the same value
 * in the `name` column are one line through their (x, y) points, e.g. two rows per split line.
 */
export interface ChartLines {
  table: string;
  /** Header of the column naming each line (the series' name). */
  name: string;
  /** Headers of the x and y columns. */
  x: string;
  y: string;
}

export interface Report {
  title: string;
  facts: ReportFact[];
  tables: ReportTable[];
  charts: ChartSpec[];
  /** A few plain-language sentences: what was computed, what it means, what was skipped. */
  explanation: string[];
}

export function findTable(report: Report, name: string): ReportTable {
  const t = report.tables.find((x) => x.name === name);
  if (!t) throw new Error(`report "${report.title}" has no table "${name}"`);
  return t;
}

/** Header row followed by the rows: the 2-D array a custom function spills. */
export function tableGrid(table: ReportTable): Cell[][] {
  return [table.header, ...table.rows];
}
