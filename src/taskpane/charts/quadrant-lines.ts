// A quadrant chart's split lines for the native chart: Excel's scatter charts have no reference
// lines, so each split is a two-point line series (ChartSpec.lines) read from a small table of
// points written on the sheet, x = split from the bottom to the top of y, and y = split across x.
import type { Report, ReportTable } from "../../core/report";
import { fill, formatNumber, type Language, t } from "../i18n/strings";

export const QUADRANT_LINES_TABLE = "quadrantLines";

export interface QuadrantSplits {
  xSplit: number;
  ySplit: number;
  /** The extent of each line: the axes' ranges. */
  xRange: readonly [number, number];
  yRange: readonly [number, number];
}

/** The table of the two lines' end points: Line | x | y (headers: the chart's axis names). */
export function quadrantLinesTable(lang: Language, xName: string, yName: string, s: QuadrantSplits): ReportTable {
  const name = (axis: string, value: number) => fill(lang, "quadLineName", { axis, value: formatNumber(lang, value, 4) });
  const vertical = name(xName, s.xSplit);
  const horizontal = name(yName, s.ySplit);
  return {
    name: QUADRANT_LINES_TABLE,
    title: t(lang, "quadLinesTitle"),
    header: [t(lang, "quadLineHeader"), xName, yName],
    rows: [
      [vertical, s.xSplit, s.yRange[0]],
      [vertical, s.xSplit, s.yRange[1]],
      [horizontal, s.xRange[0], s.ySplit],
      [horizontal, s.xRange[1], s.ySplit],
    ],
    formats: ["text", "number", "number"],
  };
}

/** `report` with the split lines drawn on its scatter chart of `table` (its category is x, its first series y). */
export function withQuadrantLines(lang: Language, report: Report, table: string, s: QuadrantSplits): Report {
  const k = report.charts.findIndex((c) => c.type === "scatter" && c.table === table);
  if (k < 0) return report;
  const chart = report.charts[k];
  const lines = quadrantLinesTable(lang, chart.category, chart.series[0], s);
  return {
    ...report,
    tables: [...report.tables, lines],
    charts: report.charts.map((c, i) => (i === k ? { ...c, lines: { table: QUADRANT_LINES_TABLE, name: lines.header[0], x: chart.category, y: chart.series[0] } } : c)),
  };
}
