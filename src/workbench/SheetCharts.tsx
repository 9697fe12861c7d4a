// A sheet's charts, drawn from their ChartPlans with the task pane's own ChartView; scatter charts
// as points with their lines (each series with its own x values), as Excel draws them.
import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartPlan } from "../excel/gateway";
import { ChartView } from "../taskpane/charts/ChartView";
import { chartDataFromSheet, scatterDataFromSheet } from "./chart-data-from-sheet";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  chart: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  figure: { margin: 0 },
});

export interface SheetChartsProps {
  heading: string;
  charts: readonly ChartPlan[];
  values: readonly (readonly unknown[])[];
  width?: number;
}

const POINT_COLORS = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteDarkOrangeBorderActive, tokens.colorPaletteGreenBorderActive];

/** A scatter plan: point series as markers, line series as dashed lines without markers. */
function ScatterView({ plan, values, width }: { plan: ChartPlan; values: readonly (readonly unknown[])[]; width: number }) {
  const styles = useStyles();
  let k = 0;
  const data = scatterDataFromSheet(plan, values).map(
    (s): LineChartPoints => ({
      legend: s.name,
      color: s.line ? tokens.colorNeutralStroke1 : POINT_COLORS[k++ % POINT_COLORS.length],
      lineOptions: s.line ? { mode: "lines", strokeDasharray: "4 4", strokeWidth: 1 } : { mode: "markers" },
      data: s.points,
    }),
  );
  return (
    <figure className={styles.figure} aria-label={plan.title}>
      <LineChart data={{ chartTitle: plan.title, lineChartData: data }} width={width} height={240} />
    </figure>
  );
}

export function SheetCharts({ heading, charts, values, width = 400 }: SheetChartsProps) {
  const styles = useStyles();
  if (charts.length === 0) return null;
  return (
    <section className={styles.root} aria-label={heading}>
      {charts.map((plan, k) => (
        <div key={`${k}-${plan.title}`} className={styles.chart}>
          <Subtitle2 as="h3" className={styles.heading}>
            {plan.title}
          </Subtitle2>
          {plan.type === "scatter" ? <ScatterView plan={plan} values={values} width={width} /> : <ChartView chart={chartDataFromSheet(plan, values)} width={width} />}
        </div>
      ))}
    </section>
  );
}
