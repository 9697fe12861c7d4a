// The A/B test's results: the verdict, each arm's rate with its interval, the test (difference,
// its interval, lift, statistic, p-value), the chart of the rates with their intervals, notes,
// then "Insert into workbook".
import {
  Body1,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findTable, type ReportTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { AbTestOutput } from "../compute/abtest-task";
import { type Language, type StringKey, t } from "../i18n/strings";
import { InsertControls, type InsertState } from "../wizard/InsertControls";
import { explanationLines, formatCell, localizeAbReport, verdictOf } from "./ab-view";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: "auto" },
  // Columns as wide as their content (Fluent's tables share the width equally): headers such as "Conversions" do not overlap.
  auto: { tableLayout: "auto" },
});

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A table with a header row (each arm or group). */
function RowsTable({ table, language }: { table: ReportTable; language: Language }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={table.title} className={styles.auto}>
        <TableHeader>
          <TableRow>
            {table.header.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, i) => (
            <TableRow key={i}>
              {row.map((v, j) => (
                <TableCell key={j}>{formatCell(language, v, table.formats[j])}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** A one-row table turned on its side (measure | value), narrow enough for the pane; the verdict is shown above it. */
function MeasuresTable({ table, language }: { table: ReportTable; language: Language }) {
  const row = table.rows[0] ?? [];
  const shown = table.header.map((h, j) => ({ h, v: row[j], f: table.formats[j] })).filter((x) => x.f !== "text" && x.v !== "");
  return (
    <Table size="extra-small" aria-label={table.title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(language, "abMeasure")}</TableHeaderCell>
          <TableHeaderCell>{t(language, "abValue")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {shown.map((x) => (
          <TableRow key={x.h}>
            <TableCell>{x.h}</TableCell>
            <TableCell>{formatCell(language, x.v, x.f)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export interface AbResultsProps {
  language: Language;
  output: AbTestOutput;
  /** Name of the group column (range mode), for the notes. */
  groupColumn?: string;
  insert: InsertState;
  onBack(): void;
  onInsert(): void;
  onGoToSheet(sheet: string): void;
  onStartOver(): void;
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
      <Section id="cx-ab-each" title={s(rates ? "abArmsHeading" : "abGroupsHeading")}>
        <RowsTable table={each} language={language} />
      </Section>
      <Section id="cx-ab-test" title={s("abTestHeading")}>
        <MeasuresTable table={test} language={language} />
      </Section>
      {chart && (
        <Section id="cx-ab-chart" title={s(rates ? "abChartHeading" : "abMeansChartHeading")}>
          <ChartView chart={chartDataFromReport(chart, report)} format={rates ? percentChart : numberChart} />
          {rates && <Caption1>{s("abChartCaption")}</Caption1>}
        </Section>
      )}
      {notes.length > 0 && (
        <Section id="cx-ab-notes" title={s("abNotesHeading")}>
          {notes.map((n) => (
            <Caption1 key={n}>{n}</Caption1>
          ))}
        </Section>
      )}
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
