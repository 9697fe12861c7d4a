// Answers by score as vertical bars coloured by band: detractors, passives and promoters for NPS;
// dissatisfied, neutral and satisfied for CSAT; hard, neutral and easy for CES. The bands are also
// listed in words under the chart, so the colours are never the only cue.
import { VerticalBarChart, type VerticalBarChartDataPoint } from "@fluentui/react-charts";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { VocSettings } from "../compute/voc-task";
import { formatNumber, formatShare, type Language } from "../i18n/strings";
import { type Band, bandLabel, bandOf, bandOrder } from "./voc-view";

const BAND_COLORS: Record<Band, string> = {
  low: tokens.colorPaletteRedBorderActive,
  mid: tokens.colorPaletteMarigoldBorderActive,
  high: tokens.colorPaletteGreenBorderActive,
};

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  caption: { color: tokens.colorNeutralForeground2 },
});

export interface DistributionChartProps {
  language: Language;
  settings: VocSettings;
  title: string;
  rows: { score: number; answers: number; share: number }[];
  width?: number;
}

/** The bands in chart order with their answers and share of all answers. */
export function bandTotals(settings: VocSettings, rows: DistributionChartProps["rows"]): { band: Band; answers: number; share: number }[] {
  const order = bandOrder(settings);
  const total = rows.reduce((a, r) => a + r.answers, 0);
  return order
    .map((band) => {
      const answers = rows.filter((r) => bandOf(settings, r.score) === band).reduce((a, r) => a + r.answers, 0);
      return { band, answers, share: total > 0 ? answers / total : 0 };
    })
    .filter((b) => rows.some((r) => bandOf(settings, r.score) === b.band));
}

export function DistributionChart({ language, settings, title, rows, width = 320 }: DistributionChartProps) {
  const styles = useStyles();
  const data: VerticalBarChartDataPoint[] = rows.map((r) => {
    const band = bandOf(settings, r.score);
    return {
      x: String(r.score),
      y: r.answers,
      color: BAND_COLORS[band],
      legend: bandLabel(language, settings, band),
      xAxisCalloutData: String(r.score),
      yAxisCalloutData: `${formatNumber(language, r.answers)} (${formatShare(language, r.share)})`,
    };
  });
  return (
    <figure className={styles.figure} aria-label={title}>
      <VerticalBarChart data={data} width={width} height={220} chartTitle={title} hideLegend />
      <Caption1 className={styles.caption}>
        {bandTotals(settings, rows)
          .map((b) => `${bandLabel(language, settings, b.band)}: ${formatNumber(language, b.answers)} (${formatShare(language, b.share)})`)
          .join(" · ")}
      </Caption1>
    </figure>
  );
}
