// Step 3 and 4: the results in the pane (segments, R x F heat map, chart, what to do), then
// "Insert into workbook" with its progress and the name of the new sheet.
import { Body1, Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { findTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { RfmOutput } from "../compute/tasks";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { notes, segmentReadings, summaryLine } from "./explain";
import { HeatMap } from "./HeatMap";
import { localizeReport } from "./localize";
import { SegmentTable } from "./SegmentTable";
import { InsertControls, type InsertState } from "../wizard/InsertControls";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface ResultsStepProps {
  language: Language;
  output: RfmOutput;
  insert: InsertState;
  onBack(): void;
  onInsert(): void;
  onGoToSheet(sheet: string): void;
  onStartOver(): void;
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

      <section className={styles.section} aria-labelledby="cx-rfm-segments">
        <Subtitle2 as="h3" id="cx-rfm-segments" className={styles.heading}>
          {s("segmentsHeading")}
        </Subtitle2>
        <SegmentTable segments={segments} language={language} label={s("segmentsHeading")} />
      </section>

      <section className={styles.section} aria-labelledby="cx-rfm-heatmap">
        <Subtitle2 as="h3" id="cx-rfm-heatmap" className={styles.heading}>
          {s("heatmapHeading")}
        </Subtitle2>
        <HeatMap table={findTable(report, "heatmap")} caption={s("heatmapCaption")} language={language} />
      </section>

      {chart && (
        <section className={styles.section} aria-labelledby="cx-rfm-chart">
          <Subtitle2 as="h3" id="cx-rfm-chart" className={styles.heading}>
            {s("chartHeading")}
          </Subtitle2>
          <ChartView chart={chart} format={(_, v) => formatNumber(language, v)} />
        </section>
      )}

      <section className={styles.section} aria-labelledby="cx-rfm-todo">
        <Subtitle2 as="h3" id="cx-rfm-todo" className={styles.heading}>
          {s("whatToDoHeading")}
        </Subtitle2>
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
      </section>

      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
