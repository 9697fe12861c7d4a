// One stacked horizontal bar per row (e.g. a Kano feature's category shares adding up to 100%),
// drawn with Fluent UI's horizontal bar chart, with a shared legend.
import { type ChartProps, HorizontalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const PALETTE = [
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteRedBorderActive,
  tokens.colorNeutralForeground3,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteYellowBorderActive,
];

export interface StackedBarRow {
  label: string;
  /** One value per series. */
  values: number[];
}

export interface StackedBarChartProps {
  title: string;
  series: readonly string[];
  rows: readonly StackedBarRow[];
  /** Colors by series (default: a palette of six). */
  colors?: readonly string[];
  width?: number;
  format?: (v: number) => string;
}

/** The chart's data: one stacked bar per row, zero parts left out. Exported for tests. */
export function stackedBarData({ series, rows, colors = PALETTE, format = String }: StackedBarChartProps): ChartProps[] {
  return rows.map((row) => {
    const total = row.values.reduce((a, b) => a + b, 0);
    return {
      chartTitle: row.label,
      chartData: series
        .map((name, k) => ({
          legend: name,
          horizontalBarChartdata: { x: row.values[k] ?? 0, total },
          color: colors[k % colors.length],
          xAxisCalloutData: row.label,
          yAxisCalloutData: format(row.values[k] ?? 0),
        }))
        .filter((point) => point.horizontalBarChartdata.x > 0),
    };
  });
}

export function StackedBarChart(props: StackedBarChartProps) {
  const styles = useStyles();
  const colors = props.colors ?? PALETTE;
  return (
    <figure className={styles.figure} aria-label={props.title}>
      <HorizontalBarChart
        data={stackedBarData(props)}
        width={props.width ?? 320}
        chartDataMode="hidden"
        barHeight={14}
        // The chart would list one legend entry per bar part; one per series, wrapped, reads better.
        legendProps={{ legends: props.series.map((title, k) => ({ title, color: colors[k % colors.length] })), enabledWrapLines: true }}
      />
    </figure>
  );
}
