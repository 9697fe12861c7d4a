// A labelled scatter of points with dashed quadrant lines (e.g. Kano's Better against |Worse| on
// the unit square with lines at 0.5, or a 2 x 2 priority matrix on its data's ranges), drawn with
// Fluent UI's line chart: the points with their labels, each quadrant line as a two-point dashed
// line, the quadrant names as annotations.
import { type ChartAnnotation, LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  caption: { color: tokens.colorNeutralForeground2 },
});

const PALETTE = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive, tokens.colorPaletteBerryBorderActive];
const UNIT: readonly [number, number] = [0, 1];

/** Five evenly spaced ticks over [lo, hi] (0, 0.25, ..., 1 on the unit square). */
export function rangeTicks([lo, hi]: readonly [number, number]): number[] {
  return [0, 1, 2, 3, 4].map((k) => Number((lo + ((hi - lo) * k) / 4).toPrecision(12)));
}

export interface QuadrantPoint {
  label: string;
  x: number;
  y: number;
}

export interface QuadrantChartProps {
  title: string;
  xTitle: string;
  yTitle: string;
  points: readonly QuadrantPoint[];
  /** Where the vertical and horizontal quadrant lines cross the axes (default 0.5, 0.5). */
  xLine?: number;
  yLine?: number;
  /** The axes' ranges (default 0 to 1); the quadrant lines span them. */
  xRange?: readonly [number, number];
  yRange?: readonly [number, number];
  /** Names of the quadrants, drawn in their corners. */
  quadrants?: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
  caption?: string;
  width?: number;
  height?: number;
  format?: (v: number) => string;
}

/** The series the chart draws: each point, then the two quadrant lines. Exported for tests. */
export function quadrantSeries(props: QuadrantChartProps): LineChartPoints[] {
  const { points, xLine = 0.5, yLine = 0.5, xTitle, yTitle, xRange = UNIT, yRange = UNIT, format = (v: number) => v.toFixed(2) } = props;
  const line = { strokeDasharray: "4 4", strokeWidth: 1, mode: "lines" as const };
  // One single-point series per point: the chart then draws each point's own label (and names the
  // point for screen readers), and mode "text" keeps the axes at their ranges (markers would pad them).
  return [
    ...points.map(
      (p, k): LineChartPoints => ({
        legend: p.label,
        color: PALETTE[k % PALETTE.length],
        lineOptions: { mode: "text" },
        data: [{ x: p.x, y: p.y, text: p.label, xAxisCalloutData: p.label, yAxisCalloutData: `${xTitle} ${format(p.x)}, ${yTitle} ${format(p.y)}` }],
      }),
    ),
    { legend: `${xTitle} = ${format(xLine)}`, color: tokens.colorNeutralStroke1, lineOptions: line, data: [{ x: xLine, y: yRange[0] }, { x: xLine, y: yRange[1] }] },
    { legend: `${yTitle} = ${format(yLine)}`, color: tokens.colorNeutralStroke1, lineOptions: line, data: [{ x: xRange[0], y: yLine }, { x: xRange[1], y: yLine }] },
  ];
}

export function QuadrantChart(props: QuadrantChartProps) {
  const styles = useStyles();
  const { quadrants, width = 320, height = 300, xRange = UNIT, yRange = UNIT } = props;
  // A corner at fractions (fx, fy) of the axes' ranges.
  const at = (fx: number, fy: number) => ({ x: xRange[0] + fx * (xRange[1] - xRange[0]), y: yRange[0] + fy * (yRange[1] - yRange[0]) });
  const corner = (text: string, fx: number, fy: number, align: "start" | "end"): ChartAnnotation => ({
    id: `quadrant-${fx}-${fy}`,
    text,
    coordinates: { type: "data", ...at(fx, fy) },
    layout: { align, verticalAlign: fy > 0.5 ? "top" : "bottom", clipToBounds: true },
    style: { textColor: tokens.colorNeutralForeground3, fontSize: "11px" },
  });
  const annotations = quadrants
    ? [corner(quadrants.topLeft, 0.02, 0.98, "start"), corner(quadrants.topRight, 0.98, 0.98, "end"), corner(quadrants.bottomLeft, 0.02, 0.02, "start"), corner(quadrants.bottomRight, 0.98, 0.02, "end")]
    : undefined;
  return (
    <figure className={styles.figure} aria-label={props.title}>
      <LineChart
        data={{ chartTitle: props.title, lineChartData: quadrantSeries(props) }}
        width={width}
        height={height}
        xMinValue={xRange[0]}
        xMaxValue={xRange[1]}
        yMinValue={yRange[0]}
        yMaxValue={yRange[1]}
        tickValues={rangeTicks(xRange)}
        yAxisTickValues={rangeTicks(yRange)}
        xAxisTitle={props.xTitle}
        yAxisTitle={props.yTitle}
        annotations={annotations}
        hideLegend
      />
      {props.caption && <Caption1 className={styles.caption}>{props.caption}</Caption1>}
    </figure>
  );
}
