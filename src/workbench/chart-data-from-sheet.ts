// A written sheet's chart (a ChartPlan, whose series point at cell ranges) as ChartData, read
// from the sheet's values, so the workbench draws what Excel would draw with the task pane's
// own ChartView.
import type { ChartPlan, RangeRef } from "../excel/gateway";
import type { ChartData } from "../taskpane/charts/chart-data";

/** The cells of a single-column (or single-row) range, in order; missing cells are undefined. */
export function rangeVector(ref: RangeRef, values: readonly (readonly unknown[])[]): unknown[] {
  const out: unknown[] = [];
  if (ref.cols > 1 && ref.rows === 1) {
    const row = values[ref.row] ?? [];
    for (let j = 0; j < ref.cols; j++) out.push(row[ref.col + j]);
    return out;
  }
  for (let i = 0; i < ref.rows; i++) out.push(values[ref.row + i]?.[ref.col]);
  return out;
}

const asNumber = (v: unknown): number => {
  if (typeof v === "number") return Number.isFinite(v) ? v : 0;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v);
    return Number.isFinite(n) ? n : 0;
  }
  return 0;
};

const asLabel = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The categories and numeric series a chart plan plots, resolved against the sheet's values. */
export function chartDataFromSheet(plan: ChartPlan, values: readonly (readonly unknown[])[]): ChartData {
  return {
    type: plan.type,
    title: plan.title,
    categories: rangeVector(plan.categories, values).map(asLabel),
    series: plan.series.map((s) => ({
      name: s.name,
      values: rangeVector(s.values, values).map(asNumber),
      secondaryAxis: s.secondaryAxis ?? false,
    })),
  };
}

/** One series of a scatter chart: its (x, y) points, and whether it is drawn as a line (ChartSeriesPlan.line). */
export interface ScatterSeriesData {
  name: string;
  points: { x: number; y: number }[];
  line: boolean;
}

/**
 * A scatter chart plan's series as points, each with its own x values (ChartSeriesPlan.xValues, else
 * the chart's categories), as Excel draws them: rows whose x or y is not a number are left out.
 */
export function scatterDataFromSheet(plan: ChartPlan, values: readonly (readonly unknown[])[]): ScatterSeriesData[] {
  const numeric = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  return plan.series.map((s) => {
    const xs = rangeVector(s.xValues ?? plan.categories, values).map(numeric);
    const ys = rangeVector(s.values, values).map(numeric);
    const points = xs.flatMap((x, i) => (x !== undefined && ys[i] !== undefined ? [{ x, y: ys[i]! }] : []));
    return { name: s.name, points, line: s.line ?? false };
  });
}
