// The strategy canvas in the pane: the factors along the x axis (named ticks), one line per
// offering, our offering's line heavier and the proposed curve dashed, as the sheet's Excel chart
// draws them. The data comes from the sheet's report (chartDataFromReport), so pane and sheet
// plot the same table; ChartView's plain lines have no per-line weight or dash, hence this view.
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { makeStyles } from "@fluentui/react-components";
import type { ChartData } from "../charts/chart-data";
import { LINE_PALETTE } from "../charts/palette";

const useStyles = makeStyles({ figure: { margin: 0 } });

export interface CanvasChartProps {
  chart: ChartData;
  /** Series drawn heavier (our offering). */
  emphasis: readonly string[];
  /** Series drawn dashed (the proposed curve). */
  dashed: readonly string[];
  width?: number;
  format(v: number): string;
}

/** The lines as the chart draws them (x = 1, 2, ... for the factors); exported for tests, as jsdom draws no lines. */
export function canvasLines({ chart, emphasis, dashed, format }: Omit<CanvasChartProps, "width">): LineChartPoints[] {
  return chart.series.map((s, k) => ({
    legend: s.name,
    // Our curve and its proposal share a colour: the proposal is ours, redrawn.
    color: dashed.includes(s.name) ? LINE_PALETTE[0] : LINE_PALETTE[k % LINE_PALETTE.length],
    lineOptions: { strokeWidth: emphasis.includes(s.name) ? 5 : dashed.includes(s.name) ? 3 : 2, ...(dashed.includes(s.name) ? { strokeDasharray: "6 4" } : {}) },
    data: s.values.map((y, i) => ({ x: i + 1, y, xAxisCalloutData: chart.categories[i], yAxisCalloutData: format(y) })),
  }));
}

export function CanvasChart(props: CanvasChartProps) {
  const styles = useStyles();
  const { chart, width = 320 } = props;
  const x = chart.categories.map((_, i) => i + 1);
  const lines = canvasLines(props);
  return (
    <figure className={styles.figure} aria-label={chart.title}>
      <LineChart
        data={{ chartTitle: chart.title, lineChartData: lines }}
        width={width}
        height={260}
        tickValues={x}
        xAxis={{ tickText: chart.categories }}
        rotateXAxisLables
      />
    </figure>
  );
}
