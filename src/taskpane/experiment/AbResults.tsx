// The A/B test's results: the verdict, each arm's rate with its interval, the test (difference,
// its interval, lift, statistic, p-value), the chart of the rates with their intervals, notes,
// then "Insert into workbook".
import {
  Body1,
  Caption1,
              makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findTable, type ReportTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { AbTestOutput } from "../compute/abtest-task";
import { type Language, type StringKey, t } from "../i18n/strings";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import { explanationLines, formatCell, localizeAbReport, verdictOf } from "./ab-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  verdict: { fontWeight: tokens.fontWeightSemibold },
});

/** A table with a header row (each arm or group). */
function RowsTable({ table, language }: { table: ReportTable; language: Language }) {
  return <ResultTable label={table.title} header={table.header} rows={table.rows.map((row) => row.map((v, j) => formatCell(language, v, table.formats[j])))} layout="auto" />;
}

/** A one-row table turned on its side (measure | value), narrow enough for the pane; the verdict is shown above it. */
function MeasuresTable({ table, language }: { table: ReportTable; language: Language }) {
  const row = table.rows[0] ?? [];
  const shown = table.header.map((h, j) => ({ h, v: row[j], f: table.formats[j] })).filter((x) => x.f !== "text" && x.v !== "");
  return (
    <ResultTable label={table.title} header={[t(language, "abMeasure"), t(language, "abValue")]} rows={shown.map((x) => [x.h, formatCell(language, x.v, x.f)])} noScroll />
  );
}

export interface AbResultsProps extends InsertActions {
  language: Language;
  output: AbTestOutput;
  /** Name of the group column (range mode), for the notes. */
  groupColumn?: string;
}

export function AbResults({ language, output, groupColumn, insert, ...actions }: AbResultsProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeAbReport(language, output);
  const rates = output.test === "rates";
  const each = findTable(report, rates ? "arms" : "groups");
  const test = findTable(report, rates ? "abtest" : "means");
  const chart = report.charts[0];
  const notes = explanationLines(language, output, groupColumn);
  const percentChart = (_: number, v: number) => formatCell(language, v, "percent");
  const numberChart = (_: number, v: number) => formatCell(language, v, "number");
  return (
    <div className={styles.stack}>
      <Body1 className={styles.verdict}>{verdictOf(language, output)}</Body1>
      <ResultSection id="cx-ab-each" title={s(rates ? "abArmsHeading" : "abGroupsHeading")}>
        <RowsTable table={each} language={language} />
      </ResultSection>
      <ResultSection id="cx-ab-test" title={s("abTestHeading")}>
        <MeasuresTable table={test} language={language} />
      </ResultSection>
      {chart && (
        <ResultSection id="cx-ab-chart" title={s(rates ? "abChartHeading" : "abMeansChartHeading")}>
          <ChartView chart={chartDataFromReport(chart, report)} format={rates ? percentChart : numberChart} />
          {rates && <Caption1>{s("abChartCaption")}</Caption1>}
        </ResultSection>
      )}
      {notes.length > 0 && (
        <ResultSection id="cx-ab-notes" title={s("abNotesHeading")}>
          {notes.map((n) => (
            <Caption1 key={n}>{n}</Caption1>
          ))}
        </ResultSection>
      )}
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
