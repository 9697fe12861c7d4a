// Step 3 of the strategy-canvas wizard: the canvas chart (ours heavier, the proposal dashed), the
// value curve per factor with its evidence, the ERRC grid as blue-ocean texts draw it (Eliminate |
// Raise over Reduce | Create), the curve measures before and after, what the curve says, and
// "Insert into workbook". Tables and chart are the sheet's report, so the pane shows what is written.
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { type Cell, findTable, type Report, type ReportTable } from "../../core/report";
import { chartDataFromReport } from "../charts/chart-data";
import { fill, formatShare, type Language, t } from "../i18n/strings";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import type { CanvasResult } from "./canvas-analysis";
import { CANVAS_TABLES } from "./canvas-sheet";
import { actionName, errcList, level } from "./canvas-text";
import { CanvasChart } from "./CanvasChart";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalXS },
  quadrant: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  quadrantHeading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  quadrantList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  explanation: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

function cellText(language: Language, v: Cell, format: ReportTable["formats"][number]): string {
  if (typeof v !== "number") return String(v);
  return format === "percent" ? formatShare(language, v) : level(language, v);
}

/** A report table as a Fluent table, labelled by its title. */
function ReportTableView({ language, table, percentRows = [] }: { language: Language; table: ReportTable; percentRows?: number[] }) {
  return (
    <ResultTable
      label={table.title}
      header={table.header}
      rows={table.rows.map((row, i) => row.map((v, j) => cellText(language, v, percentRows.includes(i) && j > 0 ? "percent" : table.formats[j])))}
      layout="wide"
    />
  );
}

/** The four quadrants, in the blue-ocean layout: Eliminate | Raise on top, Reduce | Create below. */
function ErrcGrid({ language, result }: { language: Language; result: CanvasResult }) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {(["Eliminate", "Raise", "Reduce", "Create"] as const).map((a) => {
        const items = errcList(result, a);
        const id = `cv-errc-${a}`;
        return (
          <section key={a} className={styles.quadrant} aria-labelledby={id}>
            <h4 id={id} className={styles.quadrantHeading}>
              {actionName(language, a)}
            </h4>
            {items.length > 0 ? (
              <ul className={styles.quadrantList}>
                {items.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            ) : (
              <Body1>{t(language, "cvNone")}</Body1>
            )}
          </section>
        );
      })}
    </div>
  );
}

export interface CanvasResultsStepProps extends InsertActions {
  language: Language;
  result: CanvasResult;
  report: Report;
}

export function CanvasResultsStep({ language, result, report, ...actions }: CanvasResultsStepProps) {
  const styles = useStyles();
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const own = result.data.offerings[result.data.own];
  const spec = report.charts[0];
  const chart = chartDataFromReport(spec, report);
  const measures = findTable(report, CANVAS_TABLES.measures);
  return (
    <div className={styles.stack}>
      <Body1>
        {fill(language, "cvSummary", {
          own,
          d0: level(language, result.measures.divergence),
          f0: formatShare(language, result.measures.focus),
          d1: level(language, result.proposedMeasures.divergence),
          f1: formatShare(language, result.proposedMeasures.focus),
        })}
      </Body1>
      <ResultSection id="cv-chart" title={s("cvCanvasTitle")}>
        <CanvasChart chart={chart} emphasis={spec.emphasis ?? []} dashed={spec.series.slice(-1)} format={(v) => level(language, v)} />
        <Body1>{fill(language, "cvChartCaption", { own })}</Body1>
      </ResultSection>
      <ResultSection id="cv-factors" title={s("cvFactorsTitle")}>
        <ReportTableView language={language} table={findTable(report, CANVAS_TABLES.factors)} />
      </ResultSection>
      <ResultSection id="cv-errc" title={s("cvErrcHeading")}>
        <ErrcGrid language={language} result={result} />
        <ReportTableView language={language} table={findTable(report, CANVAS_TABLES.moves)} />
      </ResultSection>
      <ResultSection id="cv-measures" title={s("cvMeasuresTitle")}>
        {/* The focus row is a share in both columns. */}
        <ReportTableView language={language} table={measures} percentRows={[measures.rows.findIndex((r) => r[0] === s("cvFocus"))]} />
      </ResultSection>
      <ResultSection id="cv-explanation" title={s("cvExplanationHeading")}>
        <ul className={styles.explanation}>
          {report.explanation.map((line, k) => (
            <li key={k}>
              <Body1>{line}</Body1>
            </li>
          ))}
        </ul>
      </ResultSection>
      <InsertControls language={language} {...actions} />
    </div>
  );
}
