// Step 3 and 4 of the cohort wizard: the cohorts (reading, heat map, retention curves), the churn
// (reading, active and churned, churn rate by period) or the funnel (reading, conversions, the
// funnel chart), then "Insert into workbook".
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { findTable, type ReportTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import type { ChurnOutput, CohortOutput, FunnelOutput } from "../compute/cohort-task";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import { CohortHeatMap } from "./CohortHeatMap";
import { CurvesChart } from "./CohortCharts";
import {
  churnLines,
  churnRatePoints,
  cohortLines,
  cohortNotes,
  curveLines,
  funnelLines,
  isoFromSerial,
  localizeCohortReport,
  localizeCohortText,
  preciseShare,
} from "./cohort-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** A report table as a Fluent table, values formatted for the language; `rows` picks the rows shown. */
export function ReportTableView({ table, language, rows, precise }: { table: ReportTable; language: Language; rows?: number[]; precise?: boolean }) {
  const cell = (v: unknown, j: number) => {
    if (typeof v !== "number") return String(v);
    const f = table.formats[j];
    if (f === "percent") return precise ? preciseShare(language, v) : formatShare(language, v);
    if (f === "date") return isoFromSerial(v);
    return formatNumber(language, v, f === "integer" ? 0 : 2);
  };
  const shown = rows ?? table.rows.map((_, i) => i);
  return <ResultTable label={table.title} header={table.header} rows={shown.map((i) => table.rows[i].map(cell))} />;
}

export function CohortResultsView({ language, output, ...actions }: { language: Language; output: CohortOutput } & InsertActions) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeCohortReport(language, output.report);
  const curves = findTable(report, "curves");
  const lines = curveLines(curves);
  const notes = cohortNotes(output);
  return (
    <div className={styles.stack}>
      {cohortLines(language, output).map((line) => (
        <Body1 key={line}>{line}</Body1>
      ))}
      <ResultSection id="cx-coh-heatmap" title={s("cohHeatmapHeading")}>
        <CohortHeatMap table={findTable(report, "heatmap")} caption={s("cohHeatmapCaption")} language={language} />
      </ResultSection>
      <ResultSection id="cx-coh-curves" title={s("cohCurvesHeading")}>
        <Caption1>{fill(language, "cohCurvesNote", { n: lines.length })}</Caption1>
        <CurvesChart title={report.charts[0]?.title ?? ""} lines={lines} language={language} />
      </ResultSection>
      {notes.length > 0 && (
        <ResultSection id="cx-coh-notes" title={s("cohNotesHeading")}>
          {notes.map((n) => (
            <Caption1 key={n}>{n}</Caption1>
          ))}
        </ResultSection>
      )}
      <InsertControls language={language} {...actions} />
    </div>
  );
}

/** Rows of the churn-rate table shown in the pane: the latest 12 periods. */
const RATE_ROWS = 12;

export function ChurnResultsView({ language, output, ...actions }: { language: Language; output: ChurnOutput } & InsertActions) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeCohortReport(language, output.report);
  const rates = findTable(report, "rates");
  const points = churnRatePoints(output.report);
  const chart = report.charts[0];
  const start = Math.max(0, rates.rows.length - RATE_ROWS);
  return (
    <div className={styles.stack}>
      {churnLines(language, output).map((line) => (
        <Body1 key={line}>{line}</Body1>
      ))}
      <ResultSection id="cx-coh-status" title={s("cohStatusHeading")}>
        <ReportTableView table={findTable(report, "summary")} language={language} />
      </ResultSection>
      {rates.rows.length > 0 && (
        <ResultSection id="cx-coh-rates" title={s("cohRatesHeading")}>
          {chart && points.length > 0 && (
            <ChartView
              chart={{ type: "line", title: chart.title, categories: points.map((p) => p.label), series: [{ name: localizeCohortText(language, "Churn rate"), values: points.map((p) => p.rate) }] }}
              format={(_, v) => formatShare(language, v)}
            />
          )}
          <ReportTableView table={rates} language={language} rows={rates.rows.map((_, i) => i).slice(start)} />
        </ResultSection>
      )}
      <InsertControls language={language} {...actions} />
    </div>
  );
}

export function FunnelResultsView({ language, output, ...actions }: { language: Language; output: FunnelOutput } & InsertActions) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const report = localizeCohortReport(language, output.report);
  const funnel = findTable(report, "funnel");
  const chart = report.charts[0];
  return (
    <div className={styles.stack}>
      {funnelLines(language, output).map((line) => (
        <Body1 key={line}>{line}</Body1>
      ))}
      <ResultSection id="cx-coh-funnel-table" title={s("cohFunnelTableHeading")}>
        <ReportTableView table={funnel} language={language} precise />
      </ResultSection>
      {chart && (
        <ResultSection id="cx-coh-funnel-chart" title={s("cohFunnelChartHeading")}>
          {/* One series as horizontal bars: ChartView draws them in the table's order from the top. */}
          <ChartView
            chart={{ type: "bar", title: chart.title, categories: funnel.rows.map((r) => String(r[0])), series: [{ name: funnel.header[1], values: funnel.rows.map((r) => Number(r[1])) }] }}
            format={(_, v) => formatNumber(language, v, 2)}
          />
        </ResultSection>
      )}
      <InsertControls language={language} {...actions} />
    </div>
  );
}
