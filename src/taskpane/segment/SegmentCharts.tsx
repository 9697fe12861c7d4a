// The segmentation wizard's two-axis charts, drawn with Fluent UI charts as Excel draws them on the
// sheet: the elbow (inertia by k, mean silhouette on a secondary axis) and the Pareto chart (value
// of each item as columns, cumulative share as a line on a secondary axis from 0 to 100%).
import { LineChart, type LineChartPoints, ScatterChart, type ScatterChartPoints, VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  caption: { color: tokens.colorNeutralForeground2 },
});

const BLUE = tokens.colorPaletteBlueBorderActive;
const ORANGE = tokens.colorPaletteDarkOrangeBorderActive;
const CLUSTER_COLORS = [
  BLUE,
  ORANGE,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteGrapeBorderActive,
  tokens.colorPaletteCranberryBorderActive,
];

export interface ClusterPoint {
  x: number;
  y: number;
  cluster: number;
}

/** The scatter's series: one per cluster, named, in the cluster's color. Exported for tests. */
export function clusterSeries(points: readonly ClusterPoint[], names: readonly string[], axes: { x: string; y: string }, format: (v: number) => string): ScatterChartPoints[] {
  return names.map((name, c) => ({
    legend: name,
    color: CLUSTER_COLORS[c % CLUSTER_COLORS.length],
    data: points
      .filter((p) => p.cluster === c)
      .map((p) => ({ x: p.x, y: p.y, xAxisCalloutData: `${axes.x} ${format(p.x)}`, yAxisCalloutData: `${axes.y} ${format(p.y)}` })),
  }));
}

export interface ClusterScatterProps {
  title: string;
  points: readonly ClusterPoint[];
  names: readonly string[];
  axes: { x: string; y: string };
  caption?: string;
  width?: number;
  format?: (v: number) => string;
}

export function ClusterScatter({ title, points, names, axes, caption, width = 320, format = (v) => v.toFixed(2) }: ClusterScatterProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-label={title}>
      <ScatterChart
        data={{ chartTitle: title, scatterChartData: clusterSeries(points, names, axes, format) }}
        width={width}
        height={260}
        xAxisTitle={axes.x}
        yAxisTitle={axes.y}
      />
      {caption && <Caption1 className={styles.caption}>{caption}</Caption1>}
    </figure>
  );
}

export interface ElbowPoint {
  k: number;
  inertia: number;
  silhouette?: number;
}

/** The elbow chart's lines: inertia on the left axis, mean silhouette (where known) on the right. Exported for tests. */
export function elbowSeries(points: readonly ElbowPoint[], names: { inertia: string; silhouette: string }, format: (v: number) => string): LineChartPoints[] {
  return [
    { legend: names.inertia, color: BLUE, data: points.map((p) => ({ x: p.k, y: p.inertia, xAxisCalloutData: `k = ${p.k}`, yAxisCalloutData: format(p.inertia) })) },
    {
      legend: names.silhouette,
      color: ORANGE,
      useSecondaryYScale: true,
      data: points.filter((p) => p.silhouette !== undefined).map((p) => ({ x: p.k, y: p.silhouette!, xAxisCalloutData: `k = ${p.k}`, yAxisCalloutData: format(p.silhouette!) })),
    },
  ];
}

export interface ElbowChartProps {
  title: string;
  points: readonly ElbowPoint[];
  names: { inertia: string; silhouette: string };
  caption?: string;
  width?: number;
  format?: (v: number) => string;
}

export function ElbowChart({ title, points, names, caption, width = 320, format = (v) => v.toFixed(2) }: ElbowChartProps) {
  const styles = useStyles();
  const silhouettes = points.map((p) => p.silhouette).filter((s): s is number => s !== undefined);
  return (
    <figure className={styles.figure} aria-label={title}>
      <LineChart
        data={{ chartTitle: title, lineChartData: elbowSeries(points, names, format) }}
        width={width}
        height={240}
        secondaryYScaleOptions={{ yMinValue: Math.min(0, ...silhouettes), yMaxValue: Math.max(1, ...silhouettes) }}
        tickValues={points.map((p) => p.k)}
      />
      {caption && <Caption1 className={styles.caption}>{caption}</Caption1>}
    </figure>
  );
}

export interface ParetoBar {
  label: string;
  value: number;
  cumulativeShare: number;
}

/** The Pareto chart's bars with the cumulative share as their line on the secondary axis. Exported for tests. */
export function paretoBars(bars: readonly ParetoBar[], barLegend: string, formatValue: (v: number) => string, formatShare: (v: number) => string): VerticalBarChartDataPoint[] {
  return bars.map((b) => ({
    x: b.label,
    y: b.value,
    legend: barLegend,
    color: BLUE,
    xAxisCalloutData: b.label,
    yAxisCalloutData: formatValue(b.value),
    lineData: { y: b.cumulativeShare, yAxisCalloutData: formatShare(b.cumulativeShare), useSecondaryYScale: true },
  }));
}

export interface ParetoChartProps {
  title: string;
  bars: readonly ParetoBar[];
  barLegend: string;
  lineLegend: string;
  caption?: string;
  width?: number;
  formatValue?: (v: number) => string;
  formatShare?: (v: number) => string;
}

export function ParetoChart({ title, bars, barLegend, lineLegend, caption, width = 320, formatValue = (v) => v.toLocaleString(), formatShare = (v) => `${Math.round(v * 100)}%` }: ParetoChartProps) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-label={title}>
      <VerticalBarChart
        data={paretoBars(bars, barLegend, formatValue, formatShare)}
        chartTitle={title}
        width={width}
        height={240}
        lineLegendText={lineLegend}
        lineLegendColor={ORANGE}
        secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: 1 }}
        hideLegend={false}
        wrapXAxisLables
      />
      {caption && <Caption1 className={styles.caption}>{caption}</Caption1>}
    </figure>
  );
}
