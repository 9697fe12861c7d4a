// Step 1 of the priorities wizard: where the items are, which column names them, which columns are
// the criteria, the first rows, and how many items will be scored or which cell stops the run.
import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnChecks, ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { PreviewTable } from "../wizard/PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { type PriorityItems, type PriorityMapping, type PriorityMappingProblem, previewColumns, priorityPreviewRows } from "./priority-data";
import { ProblemBar, ReadSummary, StepHeading } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
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

  return (
    <div className={styles.stack}>
      <Body1>{s("prDataIntro")}</Body1>
      <RangeSource {...props} />
      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={hasHeader} onHeaderChange={props.onHeaderChange} />
          <StepHeading>{s("mappingHeading")}</StepHeading>
          <ColumnSelect
            language={language}
            label={s("prLabelColumn")}
            column={mapping.label}
            columns={options.map((o) => o.index)}
            columnLabel={label}
            onChange={(column) => props.onMappingChange({ ...mapping, label: column })}
            none={s("prNoLabel")}
          />
          <ColumnChecks
            id="cx-pr-criteria"
            label={s("prCriteria")}
            hint={s("prCriteriaHint")}
            columns={options.map((o) => o.index)}
            selected={mapping.criteria}
            columnLabel={label}
            onChange={(criteria) => props.onMappingChange({ ...mapping, criteria })}
          />
          {props.mappingIssue && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s(PROBLEM_TEXT[props.mappingIssue])}</MessageBarBody>
            </MessageBar>
          )}
          {shown.length > 0 && <PreviewTable language={language} headers={shown.map((c) => columnName(options[c]))} rows={priorityPreviewRows(range, hasHeader, mapping)} />}
          {items && !props.problem && !props.mappingIssue && (
            <ReadSummary language={language} headline={fill(language, "prWillScore", { rows: formatNumber(language, items.data.n) })} skipped={items.skipped} blankRows={items.blankRows} />
          )}
        </>
      )}
      <ProblemBar problem={props.problem} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
          {s("next")}
        </Button>
      </div>
    </div>
  );
}
