// Step 1 of the priorities wizard: where the items are, which column names them, which columns are
// the criteria, the first rows, and how many items will be scored or which cell stops the run.
import { Body1, Button, Caption1, Checkbox, Label, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { rowsText } from "../wizard/messages";
import { PreviewTable } from "../wizard/PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { type PriorityItems, type PriorityMapping, type PriorityMappingProblem, previewColumns, priorityPreviewRows } from "./priority-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground2 },
});

const PROBLEM_TEXT: Record<Exclude<PriorityMappingProblem, undefined>, StringKey> = {
  noCriteria: "prMapNoCriteria",
  tooMany: "prMapTooMany",
  duplicate: "prMapDuplicate",
};

export interface PriorityDataStepProps extends RangeSourceProps {
  mapping: PriorityMapping;
  onMappingChange(mapping: PriorityMapping): void;
  mappingIssue: PriorityMappingProblem;
  items?: PriorityItems;
  problem?: string;
  onNext(): void;
}

export function PriorityDataStep(props: PriorityDataStepProps) {
  const { language, range, hasHeader, mapping, items } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => columnLabel(language, options, i, s("prNoLabel"));
  const canGoOn = !!range && !props.mappingIssue && !!items && !props.problem;
  const shown = range && !props.mappingIssue ? previewColumns(mapping) : [];
  const toggle = (col: number, on: boolean) => {
    const criteria = on ? [...mapping.criteria, col].sort((a, b) => a - b) : mapping.criteria.filter((c) => c !== col);
    props.onMappingChange({ ...mapping, criteria });
  };

  return (
    <div className={styles.stack}>
      <Body1>{s("prDataIntro")}</Body1>
      <RangeSource {...props} />
      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={hasHeader} onHeaderChange={props.onHeaderChange} />
          <Subtitle2 as="h3" className={styles.heading}>
            {s("mappingHeading")}
          </Subtitle2>
          <ColumnSelect
            language={language}
            label={s("prLabelColumn")}
            column={mapping.label}
            columns={options.map((o) => o.index)}
            columnLabel={label}
            onChange={(column) => props.onMappingChange({ ...mapping, label: column })}
            none={s("prNoLabel")}
          />
          <div role="group" aria-labelledby="cx-pr-criteria" className={styles.group}>
            <Label id="cx-pr-criteria">{s("prCriteria")}</Label>
            <Caption1 className={styles.hint}>{s("prCriteriaHint")}</Caption1>
            {options.map((o) => (
              <Checkbox key={o.index} checked={mapping.criteria.includes(o.index)} onChange={(_, d) => toggle(o.index, d.checked === true)} label={label(o.index)} />
            ))}
          </div>
          {props.mappingIssue && (
            <MessageBar intent="warning">
              <MessageBarBody>{s(PROBLEM_TEXT[props.mappingIssue])}</MessageBarBody>
            </MessageBar>
          )}
          {shown.length > 0 && <PreviewTable language={language} headers={shown.map((c) => columnName(options[c]))} rows={priorityPreviewRows(range, hasHeader, mapping)} />}
          {items && !props.problem && !props.mappingIssue && (
            <MessageBar intent={items.skipped.length > 0 || items.blankRows > 0 ? "warning" : "success"}>
              <MessageBarBody>
                {fill(language, "prWillScore", { rows: formatNumber(language, items.data.n) })}
                {items.skipped.map((skip) => (
                  <div key={skip.column}>
                    {fill(language, "willSkipBlank", { count: formatNumber(language, skip.count), column: skip.column, rows: rowsText(language, skip.firstRows, skip.count) })}
                  </div>
                ))}
                {items.blankRows > 0 && <div>{fill(language, "willIgnoreEmpty", { count: formatNumber(language, items.blankRows) })}</div>}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {props.problem && (
        <MessageBar intent="error">
          <MessageBarBody>{props.problem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
          {s("next")}
        </Button>
      </div>
    </div>
  );
}
