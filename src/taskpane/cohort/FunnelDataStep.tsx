// The funnel's data step: where the stages are, which column holds the names and which the
// counts (found automatically, editable), and "Run analysis"; a count that increases down the
// funnel is reported here with its row.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnOptions } from "../wizard/transaction-data";
import { type FunnelColumns, funnelColumnsProblem } from "./funnel-data";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface FunnelDataStepProps extends RangeSourceProps {
  columns: FunnelColumns;
  onColumnsChange(columns: FunnelColumns): void;
  running: boolean;
  problem?: string;
  onRun(): void;
}

export function FunnelDataStep(props: FunnelDataStepProps) {
  const { language, range, columns } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, props.hasHeader) : [];
  const label = (i: number) => columnLabel(language, options, i);
  const bad = funnelColumnsProblem(columns);
  const stages = range ? Math.max(0, range.rows - (props.hasHeader ? 1 : 0)) : 0;
  const field = (role: keyof FunnelColumns, key: StringKey) => (
    <ColumnSelect
      language={language}
      label={s(key)}
      column={columns[role]}
      columns={options.map((o) => o.index)}
      columnLabel={label}
      onChange={(column) => props.onColumnsChange({ ...columns, [role]: column })}
    />
  );

  return (
    <div className={styles.stack}>
      <Body1>{s("cohFunnelIntro")}</Body1>
      <RangeSource {...props} />
      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={props.hasHeader} onHeaderChange={props.onHeaderChange} />
          {field("stage", "cohStageColumn")}
          {field("count", "cohCountColumn")}
          {bad ? (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s("cohFunnelMapping")}</MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1>{fill(language, "cohFunnelRows", { n: formatNumber(language, stages) })}</Caption1>
          )}
        </>
      )}
      <ProblemBar problem={props.problem} />
      <Button appearance="primary" onClick={props.onRun} disabled={!range || bad || props.running}>
        {s("runAnalysis")}
      </Button>
      {props.running && <Spinner size="tiny" label={s("cohRunning")} />}
    </div>
  );
}
