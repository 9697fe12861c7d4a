// Step 3 and 4 of the survey wizard: the headline with its interval, what it means and what to
// do, the answers by score, the breakdown by segment and the trend by period, then "Insert into
// workbook".
import {
  Body1,
  Caption1,
              makeStyles,
  tokens,
} from "@fluentui/react-components";
import { confidenceLabel } from "../../core/voc";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { VocOutput } from "../compute/voc-task";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import { DistributionChart } from "./DistributionChart";
import { localizeVocReport } from "./localize";
import { distribution, explanation, formatMeasure, headline, type Measure, measures, periodWord, segmentName, skipNotes } from "./voc-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  headline: { fontWeight: tokens.fontWeightSemibold },
});

const METRIC_COLUMN: Record<VocOutput["results"]["metric"], StringKey> = { nps: "vocMetricNps", csat: "vocMetricCsat", ces: "vocMetricEase" };

/** Segments or periods: name, answers, the measure and its interval. */
function MeasureTable({ language, out, first, rows, label }: { language: Language; out: VocOutput; first: string; rows: Measure[]; label: string }) {
  const { metric } = out.results;
  const level = confidenceLabel(out.settings.confidence);
  const metricKey = metric === "ces" && out.settings.cesScale === 5 ? "vocMetricEffort" : METRIC_COLUMN[metric];
  const f = (v?: number) => (v === undefined ? "–" : formatMeasure(language, metric, v));
  return (
    <ResultTable
      label={label}
      header={[first, t(language, "vocColAnswers"), t(language, metricKey), fill(language, "vocColCiLow", { level }), fill(language, "vocColCiHigh", { level })]}
      rows={rows.map((m) => [m.name, formatNumber(language, m.n), f(m.value), f(m.lower), f(m.upper)])}
    />
  );
}

export interface VocResultsStepProps extends InsertActions {
  language: Language;
  output: VocOutput;
}

export function VocResultsStep({ language, output, insert, ...actions }: VocResultsStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeVocReport(language, output.report);
  const ms = measures(output);
  const { metric } = output.results;
  const chartFormat = (_: number, v: number) => formatMeasure(language, metric, v);
  const chart = (table: string) => {
    const spec = report.charts.find((c) => c.table === table);
    return spec ? <ChartView chart={chartDataFromReport(spec, report)} format={chartFormat} /> : null;
  };
  const notes = skipNotes(language, output);
  const trendTitle = fill(language, "vocTrendHeading", { period: periodWord(language, output.settings.period) });
  return (
    <div className={styles.stack}>
      <Body1 className={styles.headline}>{headline(language, output)}</Body1>
      <ResultSection id="cx-voc-meaning" title={s("vocMeaningHeading")}>
        {explanation(language, output).map((line) => (
          <Body1 as="p" key={line} className={styles.heading}>
            {line}
          </Body1>
        ))}
      </ResultSection>
      <ResultSection id="cx-voc-distribution" title={s("vocDistributionHeading")}>
        <DistributionChart language={language} settings={output.settings} title={s("vocDistributionHeading")} rows={distribution(output)} />
      </ResultSection>
      {ms.groups && (
        <ResultSection id="cx-voc-segments" title={s("vocSegmentHeading")}>
          <MeasureTable language={language} out={output} first={segmentName(language, output)} rows={[...ms.groups, { ...ms.overall, name: s("vrTotal") }]} label={s("vocSegmentHeading")} />
          {chart("byGroup")}
        </ResultSection>
      )}
      {ms.periods && (
        <ResultSection id="cx-voc-trend" title={trendTitle}>
          <MeasureTable language={language} out={output} first={s("vocColPeriod")} rows={ms.periods} label={trendTitle} />
          {chart("byPeriod")}
        </ResultSection>
      )}
      {notes.length > 0 && (
        <ResultSection id="cx-voc-notes" title={s("vocNotesHeading")}>
          {notes.map((n) => (
            <Caption1 key={n}>{n}</Caption1>
          ))}
        </ResultSection>
      )}
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
