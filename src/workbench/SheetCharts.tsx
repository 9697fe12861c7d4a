// A sheet's charts, drawn from their ChartPlans with the task pane's own ChartView.
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartPlan } from "../excel/gateway";
import { ChartView } from "../taskpane/charts/ChartView";
import { chartDataFromSheet } from "./chart-data-from-sheet";

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
});

export interface SheetChartsProps {
  heading: string;
  charts: readonly ChartPlan[];
  values: readonly (readonly unknown[])[];
  width?: number;
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
          <ChartView chart={chartDataFromSheet(plan, values)} width={width} />
        </div>
      ))}
    </section>
  );
}
