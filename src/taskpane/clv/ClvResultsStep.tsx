// Step 3 and 4 of the lifetime-value wizard: the fit, the holdout check, the top customers and the
// value by decile, then "Insert into workbook".
import {
  Body1,
  Caption1,
  Subtitle2,
              makeStyles,
  tokens,
} from "@fluentui/react-components";
import { findTable, type Report, type ReportTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import { chartDataFromReport } from "../charts/chart-data";
import type { ClvOutput } from "../compute/tasks";
import { formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { localizeReport } from "../rfm/localize";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import { clvSummaryLine, verdictLine } from "./clv-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** A small report table as a Fluent table, numbers formatted for the language. */
function SmallTable({ table, language, rows = 10 }: { table: ReportTable; language: Language; rows?: number }) {
  const cell = (v: unknown, j: number) =>
    typeof v !== "number" ? String(v) : table.formats[j] === "percent" ? formatShare(language, v) : formatNumber(language, v, table.formats[j] === "integer" ? 0 : 2);
  return <ResultTable label={table.title} header={table.header} rows={table.rows.slice(0, rows).map((row) => row.map(cell))} noScroll />;
}

function chart(report: Report, index: number, language: Language) {
  const spec = report.charts[index];
  return spec ? <ChartView chart={chartDataFromReport(spec, report)} format={(_, v) => formatNumber(language, v, v < 10 ? 2 : 0)} /> : null;
}

export interface ClvResultsStepProps extends InsertActions {
  language: Language;
  output: ClvOutput;
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
      <ResultSection id="cx-clv-params" title={s("parametersHeading")}>
        <SmallTable table={findTable(report, "parameters")} language={language} rows={20} />
      </ResultSection>
      {check && (
        <ResultSection id="cx-clv-check" title={s("validationHeading")}>
          <Body1>{verdictLine(language, output)}</Body1>
          {chart(check, 0, language)}
          <Subtitle2 as="h4" className={styles.heading}>
            {s("trackingHeading")}
          </Subtitle2>
          {chart(check, 1, language)}
        </ResultSection>
      )}
      <ResultSection id="cx-clv-top" title={s("topHeading")}>
        <SmallTable table={findTable(report, "top")} language={language} />
        {chart(report, 0, language)}
      </ResultSection>
      <ResultSection id="cx-clv-deciles" title={s("decilesHeading")}>
        {chart(report, 1, language)}
      </ResultSection>
      {warnings.length > 0 && (
        <ResultSection id="cx-clv-notes" title={s("clvWarnings")}>
          {warnings.map((w) => (
            <Caption1 key={w}>{w}</Caption1>
          ))}
        </ResultSection>
      )}
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
