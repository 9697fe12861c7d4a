// Step 4 of the clustering: the elbow chart and table (inertia and mean silhouette for each k),
// the suggested k, and the user's choice of k.
import {
  Body1,
  Button,
  Field,
 
 
  Select,
  Spinner,
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
import { findTable } from "../../core/report";
import type { ElbowOutput } from "../compute/segment-task";
import { formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { ElbowChart } from "./SegmentCharts";
import { localizeSegmentReport, localizeSegmentText, suggestedKLine } from "./segment-view";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  scroll: { overflowX: "auto" },
  narrow: { width: "140px" },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export interface ChooseKStepProps {
  language: Language;
  elbow: ElbowOutput;
  k: number;
  onKChange(k: number): void;
  running?: string;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

export function ChooseKStep({ language, elbow, k, onKChange, running, problem, onBack, onRun }: ChooseKStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const table = findTable(localizeSegmentReport(language, elbow.report), "elbow");
  const cell = (v: unknown, j: number) => (typeof v !== "number" ? String(v) : table.formats[j] === "percent" ? formatShare(language, v) : formatNumber(language, v, j === 0 ? 0 : 3));
  return (
    <div className={styles.stack}>
      <Subtitle2 as="h3" className={styles.heading}>
        {s("segElbowHeading")}
      </Subtitle2>
      <ElbowChart
        title={localizeSegmentText(language, "Inertia (elbow) and mean silhouette by k")}
        points={elbow.rows}
        names={{ inertia: localizeSegmentText(language, "Inertia"), silhouette: localizeSegmentText(language, "Mean silhouette") }}
        caption={s("segElbowCaption")}
        format={(v) => formatNumber(language, v, 2)}
      />
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={table.title}>
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
                  <TableCell key={j}>{cell(v, j)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Body1>{suggestedKLine(language, elbow)}</Body1>
      <Field label={s("segChooseKLabel")} className={styles.narrow}>
        <Select value={String(k)} onChange={(_, d) => onKChange(Number(d.value))}>
          {elbow.rows.map((r) => (
            <option key={r.k} value={r.k}>
              {r.k}
            </option>
          ))}
        </Select>
      </Field>
      <ProblemBar problem={problem} />
      <div className={styles.buttons}>
        <Button onClick={onBack} disabled={running !== undefined}>
          {s("back")}
        </Button>
        <Button appearance="primary" onClick={onRun} disabled={running !== undefined}>
          {s("runAnalysis")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={running} />}
    </div>
  );
}
