// Draws ChartData with Fluent UI charts. Series on different scales (a secondary axis in Excel)
// are drawn as small multiples, one bar chart per series, so each keeps its own axis.
import { HorizontalBarChartWithAxis, type HorizontalBarChartWithAxisDataPoint } from "@fluentui/react-charts";
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

export function ChartView({ chart, width = 320, format = defaultFormat }: ChartViewProps) {
  const styles = useStyles();
  const height = Math.max(120, 26 * chart.categories.length + 40);
  // Room for the longest category label (about 7 px a character at the axis' font size).
  const left = Math.min(width / 2, 16 + 7 * Math.max(0, ...chart.categories.map((c) => c.length)));
  return (
    <figure className={styles.figure} aria-label={chart.title}>
      {chart.series.map((series, k) => {
        // The chart draws its first point at the bottom: reverse so the list reads top-down like the table.
        const data: HorizontalBarChartWithAxisDataPoint[] = chart.categories.map((category, i) => ({
          x: series.values[i],
          y: category,
          legend: series.name,
          color: PALETTE[k % PALETTE.length],
          barLabel: format(k, series.values[i]),
          xAxisCalloutData: format(k, series.values[i]),
        })).reverse();
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
