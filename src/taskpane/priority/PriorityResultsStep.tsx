// Steps 3 and 4 of the priorities wizard: the reading (top items, what the weights did), the items
// ranked with their score and quadrant, the quadrant counts, the 2 x 2 chart with its split lines,
// what each quadrant holds, then "Insert into workbook".
import { Body1, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { QuadrantChart } from "../charts/QuadrantChart";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { InsertControls, type InsertState } from "../wizard/InsertControls";
import { type PriorityResult, rankedItems } from "./priority-analysis";
import { axisName, chartRanges, itemName, prioritySummary, quadrantReading, quadrantSide, skipNotes, splitLine, weightsLine } from "./priority-view";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  scroll: { overflowX: "auto" },
});

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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

function SimpleTable({ label, header, rows }: { label: string; header: string[]; rows: string[][] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={label}>
        <TableHeader>
          <TableRow>
            {header.map((h, j) => (
              <TableHeaderCell key={j}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              {row.map((c, j) => (
                <TableCell key={j}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export interface PriorityResultsStepProps {
  language: Language;
  result: PriorityResult;
  insert: InsertState;
  onBack(): void;
  onInsert(): void;
  onGoToSheet(sheet: string): void;
  onStartOver(): void;
}

export function PriorityResultsStep({ language, result, insert, ...actions }: PriorityResultsStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const num = (v: number) => formatNumber(language, v, 2);
  const { labels, x, y } = result.settings;
  const xName = axisName(language, result.names, x);
  const yName = axisName(language, result.names, y);
  const ranked = rankedItems(result);
  return (
    <div className={styles.stack}>
      <Body1>{prioritySummary(language, result)}</Body1>
      <Body1>{weightsLine(language, result)}</Body1>
      <Section id="cx-pr-ranked" title={s("prRankedHeading")}>
        <SimpleTable
          label={s("prRankedHeading")}
          header={[s("prHdrRank"), s("prHdrItem"), ...result.names, s("prHdrScore"), s("prHdrQuadrant")]}
          rows={ranked.map((i) => [String(i.rank), itemName(language, i), ...i.values.map(num), num(i.score), labels[i.quadrant]])}
        />
        <Caption1>{s("prTieRule")}</Caption1>
      </Section>
      <Section id="cx-pr-quadrants" title={s("prQuadrantsHeading")}>
        <SimpleTable
          label={s("prQuadrantsHeading")}
          header={[s("prHdrQuadrant"), s("prHdrCount"), s("prHdrShare")]}
          rows={result.quadrants.map((q, k) => [`${labels[k]} (${quadrantSide(language, result, k)})`, formatNumber(language, q.count), formatShare(language, q.share)])}
        />
      </Section>
      <Section id="cx-pr-chart" title={s("prChartHeading")}>
        <QuadrantChart
          title={fill(language, "prChartTitle", { x: xName, y: yName })}
          xTitle={xName}
          yTitle={yName}
          points={result.items.map((i) => ({ label: itemName(language, i), x: i.x, y: i.y }))}
          xLine={result.xSplit}
          yLine={result.ySplit}
          {...chartRanges(result)}
          quadrants={{ topLeft: labels[0], topRight: labels[1], bottomLeft: labels[2], bottomRight: labels[3] }}
          caption={s("prChartCaption")}
          format={num}
        />
      </Section>
      <Section id="cx-pr-reading" title={s("prReadingHeading")}>
        {[splitLine(language, result), ...quadrantReading(language, result), ...skipNotes(language, result)].map((line) => (
          <Body1 key={line}>{line}</Body1>
        ))}
      </Section>
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
