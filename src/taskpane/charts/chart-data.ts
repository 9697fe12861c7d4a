// A chart as plain data (categories and numeric series), made from a Report's ChartSpec or from
// a written sheet's ChartPlan, so the pane and the workbench draw charts the same way.
import type { ChartSpec, Report } from "../../core/report";
import { findTable } from "../../core/report";

export interface ChartSeriesData {
  name: string;
  values: number[];
  secondaryAxis?: boolean;
}

export interface ChartData {
  type: ChartSpec["type"];
  title: string;
  categories: string[];
  series: ChartSeriesData[];
}

const asNumber = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The data a ChartSpec plots, read from the report's table by column header. */
export function chartDataFromReport(spec: ChartSpec, report: Report): ChartData {
  const table = findTable(report, spec.table);
  const column = (header: string) => {
    const j = table.header.indexOf(header);
    if (j < 0) throw new Error(`chart "${spec.title}": table "${table.name}" has no column "${header}"`);
    return table.rows.map((row) => row[j]);
  };
  return {
    type: spec.type,
    title: spec.title,
    categories: column(spec.category).map(String),
    series: spec.series.map((name) => ({
      name,
      values: column(name).map(asNumber),
      secondaryAxis: spec.secondaryAxis?.includes(name) ?? false,
    })),
  };
}
