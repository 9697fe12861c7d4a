// Draws ChartData with Fluent UI charts: lines as a line chart (numeric categories on the x axis),
// several series on one scale as grouped bars, and series on different scales (a secondary axis
// in Excel) as small multiples, one horizontal bar chart per series, so each keeps its own axis.
import {
  GroupedVerticalBarChart,
  type GroupedVerticalBarChartData,
  HorizontalBarChartWithAxis,
  type HorizontalBarChartWithAxisDataPoint,
  LineChart,
} from "@fluentui/react-charts";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartData } from "./chart-data";

const PALETTE = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive];

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  caption: { color: tokens.colorNeutralForeground2 },
});

export interface ChartViewProps {
  chart: ChartData;
  width?: number;
  /** Formats a value for the bar labels (default: grouped digits). */
  format?: (seriesIndex: number, value: number) => string;
}

const defaultFormat = (_: number, v: number) => Math.round(v).toLocaleString();

/** How the chart is drawn; exported for tests. */
export function chartLayout(chart: ChartData): "line" | "grouped" | "multiples" {
  if (chart.type === "line" || chart.type === "scatter") return "line";
  return chart.series.length > 1 && !chart.series.some((s) => s.secondaryAxis) ? "grouped" : "multiples";
}

export function ChartView({ chart, width = 320, format = defaultFormat }: ChartViewProps) {
  const styles = useStyles();
  const layout = chartLayout(chart);
  if (layout === "line") {
    const x = chart.categories.map((c, i) => (Number.isFinite(Number(c)) ? Number(c) : i + 1));
    const lines = chart.series.map((s, k) => ({
      legend: s.name,
      color: PALETTE[k % PALETTE.length],
      data: s.values.map((y, i) => ({ x: x[i], y, xAxisCalloutData: chart.categories[i], yAxisCalloutData: format(k, y) })),
    }));
    return (
      <figure className={styles.figure} aria-label={chart.title}>
        <LineChart data={{ chartTitle: chart.title, lineChartData: lines }} width={width} height={220} />
      </figure>
    );
  }
  if (layout === "grouped") {
    const data: GroupedVerticalBarChartData[] = chart.categories.map((name, i) => ({
      name,
      series: chart.series.map((s, k) => ({ key: s.name, legend: s.name, data: s.values[i], color: PALETTE[k % PALETTE.length], yAxisCalloutData: format(k, s.values[i]) })),
    }));
    return (
      <figure className={styles.figure} aria-label={chart.title}>
        <GroupedVerticalBarChart data={data} width={width} height={240} chartTitle={chart.title} />
      </figure>
    );
  }
  const height = Math.max(120, 26 * chart.categories.length + 40);
  // Room for the longest category label (about 7 px a character at the axis' font size).
  const left = Math.min(width / 2, 16 + 7 * Math.max(0, ...chart.categories.map((c) => c.length)));
  return (
    <figure className={styles.figure} aria-label={chart.title}>
      {chart.series.map((series, k) => {
        // The chart draws its first point at the bottom: reverse so the list reads top-down like the table.
        const data: HorizontalBarChartWithAxisDataPoint[] = chart.categories
          .map((category, i) => ({
            x: series.values[i],
            y: category,
            legend: series.name,
            color: PALETTE[k % PALETTE.length],
            barLabel: format(k, series.values[i]),
            xAxisCalloutData: format(k, series.values[i]),
          }))
          .reverse();
        return (
          <div key={series.name}>
            <Caption1 className={styles.caption}>{series.name}</Caption1>
            <HorizontalBarChartWithAxis
              data={data}
              width={width}
              height={height}
              hideLegend
              showYAxisLables
              margins={{ left }}
              chartTitle={`${chart.title}: ${series.name}`}
            />
          </div>
        );
      })}
    </figure>
  );
}
