// Step 1 of the strategy-canvas wizard: read the canvas from a range (with its optional importance
// column) or start a typed grid; edit the grid; choose our offering and the Match tolerance. The
// problems that stop the analysis are listed, each naming its cell.
import { Body1, Button, Caption1, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { RangeData } from "../../excel/gateway";
import { fill, formatNumber, type Language, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnOptions } from "../wizard/transaction-data";
import { type CanvasGrid, type GridProblem } from "./canvas-grid";
import { problemText } from "./canvas-text";
import { CanvasGridEditor } from "./CanvasGridEditor";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** At most this many problems are listed; the rest are counted. */
const SHOWN_PROBLEMS = 5;

export interface CanvasDataStepProps extends RangeSourceProps {
  fromRange: boolean;
  importance: number;
  onImportanceChange(column: number): void;
  grid?: CanvasGrid;
  onGridChange(grid: CanvasGrid): void;
  onStartExample(): void;
  onStartEmpty(): void;
  own: number;
  onOwnChange(own: number): void;
  toleranceText: string;
  onToleranceChange(text: string): void;
  toleranceBad: boolean;
  problems: GridProblem[];
  readProblem?: string;
  onNext(): void;
}

function ImportanceSelect({ language, range, hasHeader, importance, onChange }: { language: Language; range: RangeData; hasHeader: boolean; importance: number; onChange(c: number): void }) {
  const options = columnOptions(range, hasHeader);
  return (
    <ColumnSelect
      language={language}
      label={t(language, "cvImportanceColumn")}
      column={importance}
      columns={options.slice(1).map((o) => o.index)}
      columnLabel={(i) => columnLabel(language, options, i)}
      onChange={onChange}
      none={t(language, "cvNoImportance")}
    />
  );
}

export function CanvasDataStep(props: CanvasDataStepProps) {
  const { language, range, grid, problems } = props;
  const styles = useStyles();
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const ownName = grid?.offerings[props.own]?.trim() ?? "";
  const canGoOn = !!grid && problems.length === 0 && !props.toleranceBad;

  return (
    <div className={styles.stack}>
      <Body1>{s("cvDataIntro")}</Body1>
      <RangeSource {...props} />
      {range && props.fromRange && (
        <>
          <RangeSummary language={language} range={range} hasHeader={props.hasHeader} onHeaderChange={props.onHeaderChange} />
          <ImportanceSelect language={language} range={range} hasHeader={props.hasHeader} importance={props.importance} onChange={props.onImportanceChange} />
        </>
      )}
      <ProblemBar problem={props.readProblem} />
      <div className={styles.buttons}>
        <Button onClick={props.onStartExample}>{s("cvStartExample")}</Button>
        <Button onClick={props.onStartEmpty}>{s("cvStartEmpty")}</Button>
      </div>
      {grid && (
        <>
          <Subtitle2 as="h3" className={styles.heading}>
            {s("cvGridHeading")}
          </Subtitle2>
          <Caption1>{s("cvGridHint")}</Caption1>
          <CanvasGridEditor language={language} grid={grid} onChange={props.onGridChange} />
          <Field label={s("cvOwnLabel")}>
            <Dropdown value={ownName} selectedOptions={[String(props.own)]} onOptionSelect={(_, d) => props.onOwnChange(Number(d.optionValue))}>
              {grid.offerings.map((o, j) => (
                <Option key={j} value={String(j)} text={o.trim() || fill(language, "cvOfferingDefault", { n: j + 1 })}>
                  {o.trim() || fill(language, "cvOfferingDefault", { n: j + 1 })}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field
            label={s("cvToleranceLabel")}
            hint={s("cvToleranceHint")}
            validationState={props.toleranceBad ? "error" : "none"}
            validationMessage={props.toleranceBad ? s("cvToleranceBad") : undefined}
          >
            <Input inputMode="decimal" value={props.toleranceText} onChange={(_, d) => props.onToleranceChange(d.value)} />
          </Field>
          {problems.length > 0 && (
            <MessageBar layout="multiline" intent="error">
              <MessageBarBody>
                <ul className={styles.list}>
                  {problems.slice(0, SHOWN_PROBLEMS).map((p, k) => (
                    <li key={k}>{problemText(language, p)}</li>
                  ))}
                </ul>
                {problems.length > SHOWN_PROBLEMS && fill(language, "cvProblemsMore", { count: formatNumber(language, problems.length - SHOWN_PROBLEMS) })}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
        {s("next")}
      </Button>
    </div>
  );
}
