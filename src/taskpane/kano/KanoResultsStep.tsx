// Step 3 and 4 of the Kano wizard: the category of each feature with Better, Worse, strength and
// Fong's test, the Better/Worse quadrant chart, the category shares per feature, what each
// category means and what to do, then "Insert into workbook".
import {
  Body1,
  Body1Strong,
  Caption1,
              makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATEGORY_NAMES, IMPORTANCE_HEADER, WORSE_ABS } from "../../core/kano";
import { findTable } from "../../core/report";
import { QuadrantChart } from "../charts/QuadrantChart";
import { StackedBarChart } from "../charts/StackedBarChart";
import type { KanoOutput } from "../compute/kano-task";
import { formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import {
  ADVICE_ORDER,
  betterWorsePoints,
  CATEGORY_ADVICE,
  featuresLine,
  kanoNotes,
  kanoSummaryLine,
  localizeKanoReport,
  localizeKanoText,
  SHARE_ORDER,
  shareRows,
} from "./kano-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  advice: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** The columns of the engine's features table the pane shows, by English header. */
const SHOWN = ["Feature", "Category", "Better", "Worse", "Category strength", "Top two differ (Fong)", IMPORTANCE_HEADER];

export interface KanoResultsStepProps extends InsertActions {
  language: Language;
  output: KanoOutput;
}

export function KanoResultsStep({ language, output, insert, ...actions }: KanoResultsStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const english = findTable(output.report, "features");
  const table = findTable(localizeKanoReport(language, output.report), "features");
  const cols = SHOWN.map((h) => english.header.indexOf(h)).filter((j) => j >= 0);
  const cell = (v: unknown, j: number) => {
    if (typeof v !== "number") return String(v);
    if (table.formats[j] === "percent") return formatShare(language, v);
    return formatNumber(language, v, 2);
  };
  const text = (english: string) => localizeKanoText(language, english);
  const notes = kanoNotes(language, output);
  return (
    <div className={styles.stack}>
      <Body1>{kanoSummaryLine(language, output)}</Body1>
      <ResultSection id="cx-kano-table" title={s("kanoTableHeading")}>
        <ResultTable label={table.title} header={cols.map((j) => table.header[j])} rows={table.rows.map((row) => cols.map((j) => cell(row[j], j)))} />
      </ResultSection>
      <ResultSection id="cx-kano-scatter" title={s("kanoScatterHeading")}>
        <QuadrantChart
          title={text("Better and Worse (satisfaction against dissatisfaction)")}
          xTitle={text(WORSE_ABS)}
          yTitle={text("Better")}
          points={betterWorsePoints(output.features)}
          quadrants={{ topLeft: s("kanoQuadAttractive"), topRight: s("kanoQuadOneDimensional"), bottomLeft: s("kanoQuadIndifferent"), bottomRight: s("kanoQuadMustBe") }}
          caption={s("kanoScatterCaption")}
          format={(v) => formatNumber(language, v, 2)}
        />
      </ResultSection>
      <ResultSection id="cx-kano-shares" title={s("kanoSharesHeading")}>
        <StackedBarChart
          title={text("Share of respondents in each Kano category")}
          series={SHARE_ORDER.map((c) => text(CATEGORY_NAMES[c]))}
          rows={shareRows(output.features)}
          format={(v) => formatShare(language, v)}
        />
      </ResultSection>
      <ResultSection id="cx-kano-advice" title={s("kanoWhatToDoHeading")}>
        {ADVICE_ORDER.map((c) => (
          <div key={c} className={styles.advice}>
            <Body1Strong>{s(CATEGORY_ADVICE[c].meaning)}</Body1Strong>
            <Body1>{s(CATEGORY_ADVICE[c].action)}</Body1>
            <Caption1>{featuresLine(language, output, c)}</Caption1>
          </div>
        ))}
      </ResultSection>
      <ResultSection id="cx-kano-notes" title={s("kanoNotesHeading")}>
        {[...notes, s("kanoBetterWorse"), s(output.scale === 5 ? "kanoReadAs5" : "kanoReadAs3")].map((n) => (
          <Caption1 key={n}>{n}</Caption1>
        ))}
      </ResultSection>
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
