// Step 3 and 4 of the lifetime-value wizard: the fit, the holdout check, the top customers and the
// value by decile, then "Insert into workbook".
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
import { findTable, type Report, type ReportTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { ClvOutput } from "../compute/tasks";
import { formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { localizeReport } from "../rfm/localize";
import { InsertControls, type InsertState } from "../wizard/InsertControls";
import { clvSummaryLine, verdictLine } from "./clv-view";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** A small report table as a Fluent table, numbers formatted for the language. */
function SmallTable({ table, language, rows = 10 }: { table: ReportTable; language: Language; rows?: number }) {
  const cell = (v: unknown, j: number) =>
    typeof v !== "number" ? String(v) : table.formats[j] === "percent" ? formatShare(language, v) : formatNumber(language, v, table.formats[j] === "integer" ? 0 : 2);
  return (
    <Table size="extra-small" aria-label={table.title}>
      <TableHeader>
        <TableRow>
          {table.header.map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.rows.slice(0, rows).map((row, i) => (
          <TableRow key={i}>
            {row.map((v, j) => (
              <TableCell key={j}>{cell(v, j)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

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

function chart(report: Report, index: number, language: Language) {
  const spec = report.charts[index];
  return spec ? <ChartView chart={chartDataFromReport(spec, report)} format={(_, v) => formatNumber(language, v, v < 10 ? 2 : 0)} /> : null;
}

export interface ClvResultsStepProps {
  language: Language;
  output: ClvOutput;
  insert: InsertState;
  onBack(): void;
  onInsert(): void;
  onGoToSheet(sheet: string): void;
  onStartOver(): void;
}

export function ClvResultsStep({ language, output, insert, ...actions }: ClvResultsStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeReport(language, output.report);
  const check = output.validation && localizeReport(language, output.validation.report);
  const warnings = output.report.explanation.slice(2);
  return (
    <div className={styles.stack}>
      <Body1>{clvSummaryLine(language, output)}</Body1>
      <Section id="cx-clv-params" title={s("parametersHeading")}>
        <SmallTable table={findTable(report, "parameters")} language={language} rows={20} />
      </Section>
      {check && (
        <Section id="cx-clv-check" title={s("validationHeading")}>
          <Body1>{verdictLine(language, output)}</Body1>
          {chart(check, 0, language)}
          <Subtitle2 as="h4" className={styles.heading}>
            {s("trackingHeading")}
          </Subtitle2>
          {chart(check, 1, language)}
        </Section>
      )}
      <Section id="cx-clv-top" title={s("topHeading")}>
        <SmallTable table={findTable(report, "top")} language={language} />
        {chart(report, 0, language)}
      </Section>
      <Section id="cx-clv-deciles" title={s("decilesHeading")}>
        {chart(report, 1, language)}
      </Section>
      {warnings.length > 0 && (
        <Section id="cx-clv-notes" title={s("clvWarnings")}>
          {warnings.map((w) => (
            <Caption1 key={w}>{w}</Caption1>
          ))}
        </Section>
      )}
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
