// The results of each method, then "Insert into workbook": for clusters the sizes, the editable
// names with their profiles and the centres; for tiers the value x need heat map, editable tier
// names and the totals; for Pareto the headline, the Pareto chart and the ABC classes. Each says
// what the groups mean and what to do with them.
import {
  Body1,
  Caption1,
  Field,
  Input,
              makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type Cell, findTable, type ReportTable } from "../../core/report";
import { ChartView } from "../charts/ChartView";
import type { ClusterSettings, ElbowOutput, KMeansOutput, ParetoOutput, ParetoSettings, TierOutput } from "../compute/segment-task";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { HeatMap } from "../rfm/HeatMap";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import { ClusterScatter, ParetoChart } from "./SegmentCharts";
import {
  clusterSheetReport,
  clusterSummaryLine,
  describeProfile,
  finalNames,
  levelName,
  localizeSegmentText,
  paretoClassLine,
  paretoHeadline,
  paretoSheetReport,
  tierSheetReport,
  tierSummaryLine,
} from "./segment-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2 },
  nameGrid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", gap: tokens.spacingHorizontalS },
});

function formatCell(language: Language, v: Cell, format: ReportTable["formats"][number]): string {
  if (typeof v !== "number") return String(v);
  if (format === "percent") return formatShare(language, v);
  if (format === "integer") return formatNumber(language, v);
  return formatNumber(language, v, 2);
}

/** A report table as a Fluent table; `columns` picks columns by index (default all). */
function TableView({ language, table, columns, rows }: { language: Language; table: ReportTable; columns?: number[]; rows?: Cell[][] }) {
  const cols = columns ?? table.header.map((_, j) => j);
  return (
    <ResultTable
      label={table.title}
      header={cols.map((j) => table.header[j])}
      rows={(rows ?? table.rows).map((row) => cols.map((j) => formatCell(language, row[j], table.formats[j])))}
      layout="wide"
    />
  );
}

function Meaning({ language, keys }: { language: Language; keys: StringKey[] }) {
  return (
    <ResultSection id="cx-seg-meaning" title={t(language, "segMeaningHeading")}>
      {keys.map((key) => (
        <Body1 key={key}>{t(language, key)}</Body1>
      ))}
    </ResultSection>
  );
}

export interface ClusterResultsProps extends InsertActions {
  language: Language;
  output: KMeansOutput;
  elbow?: ElbowOutput;
  settings: ClusterSettings;
  names: string[];
  onNamesChange(names: string[]): void;
}

export function ClusterResults({ language, output, elbow, settings, names, onNamesChange, insert, ...actions }: ClusterResultsProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const shownNames = finalNames(language, names);
  const sheet = clusterSheetReport(language, output, elbow, settings, shownNames, 0);
  const centers = findTable(sheet, "centers");
  return (
    <div className={styles.stack}>
      <Body1>{clusterSummaryLine(language, output, settings)}</Body1>
      <ResultSection id="cx-seg-sizes" title={s("segSizesHeading")}>
        <ChartView
          chart={{
            type: "column",
            title: localizeSegmentText(language, "Rows by cluster"),
            categories: shownNames,
            series: [{ name: localizeSegmentText(language, "Size"), values: output.sizes }],
          }}
          format={(_, v) => `${formatNumber(language, v)} (${formatShare(language, v / output.n)})`}
        />
      </ResultSection>
      {output.axes && (
        <ResultSection id="cx-seg-scatter" title={s("segScatterHeading")}>
          <ClusterScatter
            title={fill(language, "segScatterTitle", { x: output.names[output.axes[0]], y: output.names[output.axes[1]] })}
            points={output.points}
            names={shownNames}
            axes={{ x: output.names[output.axes[0]], y: output.names[output.axes[1]] }}
            caption={fill(language, "segScatterCaption", { count: formatNumber(language, output.points.length) })}
            format={(v) => formatNumber(language, v, 2)}
          />
        </ResultSection>
      )}
      <ResultSection id="cx-seg-names" title={s("segNamesHeading")}>
        <Caption1 className={styles.hint}>{s("segNamesHint")}</Caption1>
        {output.profiles.map((p, c) => (
          <Field key={c} label={fill(language, "segNameLabel", { n: c + 1 })} hint={`${formatNumber(language, p.size)} (${formatShare(language, p.size / output.n)}): ${describeProfile(language, p)}`}>
            <Input value={names[c]} onChange={(_, d) => onNamesChange(names.map((n, i) => (i === c ? d.value : n)))} />
          </Field>
        ))}
      </ResultSection>
      <ResultSection id="cx-seg-centers" title={s("segCentersHeading")}>
        {/* The pane is narrow: inertia and the profile (shown with the names) stay on the sheet. */}
        <TableView language={language} table={centers} columns={centers.header.map((_, j) => j).slice(0, centers.header.length - 2)} />
      </ResultSection>
      <Meaning language={language} keys={["segClusterMeaning", "segClusterToDo", ...(output.converged ? [] : (["segNotConverged"] as StringKey[]))]} />
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}

export interface TierResultsProps extends InsertActions {
  language: Language;
  output: TierOutput;
  names: string[][];
  onNamesChange(names: string[][]): void;
}

export function TierResults({ language, output, names, onNamesChange, insert, ...actions }: TierResultsProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const sheet = tierSheetReport(language, output, names, 0);
  const valueLevels = [...output.valueLevels].reverse();
  return (
    <div className={styles.stack}>
      <Body1>{tierSummaryLine(language, output)}</Body1>
      <ResultSection id="cx-seg-grid" title={s("segGridHeading")}>
        <HeatMap table={findTable(sheet, "grid")} caption={s("segGridCaption")} language={language} />
      </ResultSection>
      <ResultSection id="cx-seg-tier-names" title={s("segTierNamesHeading")}>
        <Caption1 className={styles.hint}>{s("segTierNamesHint")}</Caption1>
        <div className={styles.nameGrid}>
          {valueLevels.map((v, i) =>
            output.needLevels.map((n, j) => (
              <Field key={`${i}-${j}`} label={fill(language, "segTierNameLabel", { value: levelName(language, v), need: levelName(language, n) })}>
                <Input value={names[i][j]} onChange={(_, d) => onNamesChange(names.map((row, a) => row.map((x, b) => (a === i && b === j ? d.value : x))))} />
              </Field>
            )),
          )}
        </div>
      </ResultSection>
      <ResultSection id="cx-seg-tier-summary" title={s("segTierSummaryHeading")}>
        {/* The pane is narrow: tier, count, share, total and share of value (the sheet has the levels and means too). */}
        <TableView language={language} table={findTable(sheet, "summary")} columns={[0, 3, 4, 5, 6]} />
      </ResultSection>
      <Meaning language={language} keys={["segTierMeaning", "segTierToDo"]} />
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}

/** Items the pane's Pareto chart shows at most (the sheet's chart has them all). */
export const PANE_PARETO_ITEMS = 30;

export interface ParetoResultsProps extends InsertActions {
  language: Language;
  output: ParetoOutput;
  settings: ParetoSettings;
}

export function ParetoResults({ language, output, settings, insert, ...actions }: ParetoResultsProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const sheet = paretoSheetReport(language, output, settings, 0);
  const items = findTable(sheet, "items");
  return (
    <div className={styles.stack}>
      <Body1>{paretoHeadline(language, output)}</Body1>
      <Body1>{paretoClassLine(language, output)}</Body1>
      <Caption1 className={styles.hint}>{fill(language, "segParetoRule", { a: formatShare(language, settings.aShare), ab: formatShare(language, settings.aShare + settings.bShare) })}</Caption1>
      <ResultSection id="cx-seg-pareto" title={s("segParetoChartHeading")}>
        <ParetoChart
          title={localizeSegmentText(language, "Pareto chart: value and cumulative share")}
          bars={output.items.slice(0, PANE_PARETO_ITEMS).map((x) => ({ label: x.item, value: x.value, cumulativeShare: x.cumulativeShare }))}
          barLegend={localizeSegmentText(language, "Value")}
          lineLegend={localizeSegmentText(language, "Cumulative share")}
          caption={
            output.items.length > PANE_PARETO_ITEMS
              ? `${s("segParetoChartCaption")} ${fill(language, "segParetoFirstItems", { shown: PANE_PARETO_ITEMS, items: formatNumber(language, output.items.length) })}`
              : s("segParetoChartCaption")
          }
          formatValue={(v) => formatNumber(language, v, 2)}
          formatShare={(v) => formatShare(language, v)}
        />
      </ResultSection>
      <ResultSection id="cx-seg-classes" title={s("segClassesHeading")}>
        <TableView language={language} table={findTable(sheet, "classes")} />
      </ResultSection>
      <ResultSection id="cx-seg-top" title={s("segTopItemsHeading")}>
        <TableView language={language} table={items} rows={items.rows.slice(0, 10)} />
      </ResultSection>
      <Meaning language={language} keys={["segParetoToDo"]} />
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
