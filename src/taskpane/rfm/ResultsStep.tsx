// Step 3 and 4: the results in the pane (segments, R x F heat map, chart, what to do), then
// "Insert into workbook" with its progress and the name of the new sheet.
import { Body1, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { findTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { RfmOutput } from "../compute/tasks";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { notes, segmentReadings, summaryLine } from "./explain";
import { HeatMap } from "./HeatMap";
import { localizeReport } from "./localize";
import { SegmentTable } from "./SegmentTable";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ResultsStepProps extends InsertActions {
  language: Language;
  output: RfmOutput;
}

export function ResultsStep({ language, output, insert, ...actions }: ResultsStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeReport(language, output.report);
  const segments = segmentReadings(language, output);
  const chart = report.charts[0] ? chartDataFromReport(report.charts[0], report) : undefined;

  return (
    <div className={styles.stack}>
      <Body1>{summaryLine(language, output)}</Body1>

      <ResultSection id="cx-rfm-segments" title={s("segmentsHeading")}>
        <SegmentTable segments={segments} language={language} label={s("segmentsHeading")} />
      </ResultSection>

      <ResultSection id="cx-rfm-heatmap" title={s("heatmapHeading")}>
        <HeatMap table={findTable(report, "heatmap")} caption={s("heatmapCaption")} language={language} />
      </ResultSection>

      {chart && (
        <ResultSection id="cx-rfm-chart" title={s("chartHeading")}>
          <ChartView chart={chart} format={(_, v) => formatNumber(language, v)} />
        </ResultSection>
      )}

      <ResultSection id="cx-rfm-todo" title={s("whatToDoHeading")}>
        <ul className={styles.list}>
          {segments.map((x) => (
            <li key={x.segment}>
              <Body1Strong>{x.name}</Body1Strong>{" "}
              <Caption1>{fill(language, "segmentShares", { share: formatShare(language, x.share), revenueShare: formatShare(language, x.revenueShare) })}</Caption1>
              <Body1 as="p" block style={{ margin: 0 }}>
                {x.advice ?? s("userSegment")}
              </Body1>
            </li>
          ))}
        </ul>
        {notes(language, output).map((n) => (
          <Caption1 key={n}>{n}</Caption1>
        ))}
      </ResultSection>

      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
