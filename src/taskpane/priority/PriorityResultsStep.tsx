// Steps 3 and 4 of the priorities wizard: the reading (top items, what the weights did), the items
// ranked with their score and quadrant, the quadrant counts, the 2 x 2 chart with its split lines,
// what each quadrant holds, then "Insert into workbook".
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { QuadrantChart } from "../charts/QuadrantChart";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { type InsertActions, InsertControls } from "../wizard/InsertControls";
import { ResultSection } from "../wizard/ResultSection";
import { type PriorityResult, rankedItems } from "./priority-analysis";
import { axisName, chartRanges, itemName, prioritySummary, quadrantReading, quadrantSide, skipNotes, splitLine, weightsLine } from "./priority-view";
import { ResultTable } from "../wizard/ResultTable";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface PriorityResultsStepProps extends InsertActions {
  language: Language;
  result: PriorityResult;
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
      <ResultSection id="cx-pr-ranked" title={s("prRankedHeading")}>
        <ResultTable
          label={s("prRankedHeading")}
          header={[s("prHdrRank"), s("prHdrItem"), ...result.names, s("prHdrScore"), s("prHdrQuadrant")]}
          rows={ranked.map((i) => [String(i.rank), itemName(language, i), ...i.values.map(num), num(i.score), labels[i.quadrant]])}
        />
        <Caption1>{s("prTieRule")}</Caption1>
      </ResultSection>
      <ResultSection id="cx-pr-quadrants" title={s("prQuadrantsHeading")}>
        <ResultTable
          label={s("prQuadrantsHeading")}
          header={[s("prHdrQuadrant"), s("prHdrCount"), s("prHdrShare")]}
          rows={result.quadrants.map((q, k) => [`${labels[k]} (${quadrantSide(language, result, k)})`, formatNumber(language, q.count), formatShare(language, q.share)])}
        />
      </ResultSection>
      <ResultSection id="cx-pr-chart" title={s("prChartHeading")}>
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
      </ResultSection>
      <ResultSection id="cx-pr-reading" title={s("prReadingHeading")}>
        {[splitLine(language, result), ...quadrantReading(language, result), ...skipNotes(language, result)].map((line) => (
          <Body1 key={line}>{line}</Body1>
        ))}
      </ResultSection>
      <InsertControls language={language} insert={insert} {...actions} />
    </div>
  );
}
