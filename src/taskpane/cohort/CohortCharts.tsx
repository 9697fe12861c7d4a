// The cohort wizard's charts in the pane: retention curves (one line per cohort, each only over
// the periods observed so far, so a young cohort's line ends instead of dropping to 0).
import { LineChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatShare, type Language } from "../i18n/strings";
import { LINE_PALETTE } from "../charts/palette";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface CurvesChartProps {
  title: string;
  lines: { name: string; points: { x: number; y: number }[] }[];
  language: Language;
  width?: number;
}

export function CurvesChart({ title, lines, language, width = 320 }: CurvesChartProps) {
  const styles = useStyles();
  const data = lines
    .filter((l) => l.points.length > 0)
    .map((l, k) => ({
      legend: l.name,
      color: LINE_PALETTE[k % LINE_PALETTE.length],
      data: l.points.map((p) => ({ x: p.x, y: p.y, xAxisCalloutData: String(p.x), yAxisCalloutData: formatShare(language, p.y) })),
    }));
  return (
    <figure className={styles.figure} aria-label={title}>
      <LineChart data={{ chartTitle: title, lineChartData: data }} width={width} height={240} />
    </figure>
  );
}
