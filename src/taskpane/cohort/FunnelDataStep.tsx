// The funnel's data step: where the stages are, which column holds the names and which the
// counts (found automatically, editable), and "Run analysis"; a count that increases down the
// funnel is reported here with its row.
import { Body1, Button, Caption1, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { RangeData } from "../../excel/gateway";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { columnOptions } from "../wizard/transaction-data";
import { type FunnelColumns, funnelColumnsProblem } from "./funnel-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

export interface FunnelDataStepProps {
  language: Language;
  range?: RangeData;
  address: string;
  onAddressChange(address: string): void;
  onUseSelection(): void;
  onReadRange(): void;
  reading: boolean;
  hasHeader: boolean;
  onHeaderChange(hasHeader: boolean): void;
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
  const label = (i: number) => {
    const o = options[i];
    return o ? (o.header ? `${o.header} (${o.letter})` : fill(language, "columnLetter", { letter: o.letter })) : "";
  };
  const bad = funnelColumnsProblem(columns);
  const stages = range ? Math.max(0, range.rows - (props.hasHeader ? 1 : 0)) : 0;
  const field = (role: keyof FunnelColumns, key: StringKey) => (
    <Field label={s(key)}>
      <Dropdown
        placeholder={s("chooseColumn")}
        value={columns[role] >= 0 ? label(columns[role]) : ""}
        selectedOptions={columns[role] >= 0 ? [String(columns[role])] : []}
        onOptionSelect={(_, d) => props.onColumnsChange({ ...columns, [role]: Number(d.optionValue) })}
      >
        {options.map((o) => (
          <Option key={o.index} value={String(o.index)}>
            {label(o.index)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <div className={styles.stack}>
      <Body1>{s("cohFunnelIntro")}</Body1>
      <Button appearance="primary" onClick={props.onUseSelection} disabled={props.reading}>
        {s("useSelection")}
      </Button>
      <div className={styles.row}>
        <Field label={s("rangeAddress")} hint={s("rangeAddressHint")} className={styles.grow}>
          <Input
            value={props.address}
            onChange={(_, d) => props.onAddressChange(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && props.address.trim()) props.onReadRange();
            }}
          />
        </Field>
        <Button onClick={props.onReadRange} disabled={props.reading || !props.address.trim()}>
          {s("readRange")}
        </Button>
      </div>
      {props.reading && <Spinner size="tiny" label={s("reading")} />}
      {range && (
        <>
          <Caption1>{fill(language, "rangeSummary", { address: range.address, rows: formatNumber(language, range.rows), cols: range.cols })}</Caption1>
          <Checkbox checked={props.hasHeader} onChange={(_, d) => props.onHeaderChange(d.checked === true)} label={s("firstRowHeader")} />
          {field("stage", "cohStageColumn")}
          {field("count", "cohCountColumn")}
          {bad ? (
            <MessageBar intent="warning">
              <MessageBarBody>{s("cohFunnelMapping")}</MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1>{fill(language, "cohFunnelRows", { n: formatNumber(language, stages) })}</Caption1>
          )}
        </>
      )}
      {props.problem && (
        <MessageBar intent="error">
          <MessageBarBody>{props.problem}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={props.onRun} disabled={!range || bad || props.running}>
        {s("runAnalysis")}
      </Button>
      {props.running && <Spinner size="tiny" label={s("cohRunning")} />}
    </div>
  );
}
