// Steps 1 and 2 of the segmentation wizard: the method (clusters, tiers or Pareto), then where the
// data is, which columns to use and what will be analysed or skipped.
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { SegmentInspect } from "../compute/segment-task";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { ColumnChecks, ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { PreviewTable } from "../wizard/PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { mappedColumns, type SegmentMapping, type SegmentMappingProblem, type SegmentMethod, segmentPreviewRows } from "./segment-data";
import { ProblemBar, ReadSummary, StepHeading } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  group: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground2 },
});

const METHODS: readonly { method: SegmentMethod; label: StringKey; hint: StringKey }[] = [
  { method: "clusters", label: "segMethodClusters", hint: "segMethodClustersHint" },
  { method: "tiers", label: "segMethodTiers", hint: "segMethodTiersHint" },
  { method: "pareto", label: "segMethodPareto", hint: "segMethodParetoHint" },
];

export function MethodStep({ language, method, onMethodChange, onNext }: { language: Language; method: SegmentMethod; onMethodChange(m: SegmentMethod): void; onNext(): void }) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  return (
    <div className={styles.stack}>
      <Field label={s("segMethodLabel")}>
        <RadioGroup value={method} onChange={(_, d) => onMethodChange(d.value as SegmentMethod)}>
          {METHODS.map((m) => (
            <div key={m.method} className={styles.group}>
              <Radio value={m.method} label={s(m.label)} />
              <Caption1 className={styles.hint}>{s(m.hint)}</Caption1>
            </div>
          ))}
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={onNext}>
        {s("next")}
      </Button>
    </div>
  );
}

const INTRO: Record<SegmentMethod, StringKey> = { clusters: "segDataIntroClusters", tiers: "segDataIntroTiers", pareto: "segDataIntroPareto" };
const PROBLEM_TEXT: Record<Exclude<SegmentMappingProblem, undefined>, StringKey> = {
  clusterColumns: "segMapClusters",
  tierColumns: "segMapTiers",
  paretoColumns: "segMapPareto",
  duplicate: "mappingDuplicate",
};

export interface SegmentDataStepProps extends RangeSourceProps {
  method: SegmentMethod;
  mapping: SegmentMapping;
  onMappingChange(mapping: SegmentMapping): void;
  mappingIssue: SegmentMappingProblem;
  inspect?: SegmentInspect;
  problem?: string;
  onBack(): void;
  onNext(): void;
}

type SingleRole = "id" | "value" | "need" | "item" | "amount";
const ROLES: Record<SegmentMethod, readonly { role: SingleRole; label: StringKey; optional?: boolean }[]> = {
  clusters: [{ role: "id", label: "segIdColumn", optional: true }],
  tiers: [
    { role: "value", label: "segValueColumn" },
    { role: "need", label: "segNeedColumn" },
    { role: "id", label: "segIdColumn", optional: true },
  ],
  pareto: [
    { role: "item", label: "segItemColumn" },
    { role: "amount", label: "segAmountColumn" },
  ],
};

export function SegmentDataStep(props: SegmentDataStepProps) {
  const { language, method, range, hasHeader, mapping, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => columnLabel(language, options, i, s("segNoColumn"));
  const canGoOn = !!range && !props.mappingIssue && !!inspect && inspect.rows > 0 && !props.problem;
  const shown = range && !props.mappingIssue ? mappedColumns(method, mapping) : [];

  return (
    <div className={styles.stack}>
      <Body1>{s(INTRO[method])}</Body1>
      <RangeSource {...props} />
      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={hasHeader} onHeaderChange={props.onHeaderChange} />
          <StepHeading>{s("mappingHeading")}</StepHeading>
          {method === "clusters" && (
            <ColumnChecks
              id="cx-seg-columns"
              label={s("segClusterColumns")}
              hint={s("segClusterColumnsHint")}
              columns={options.map((o) => o.index)}
              selected={mapping.columns}
              columnLabel={label}
              onChange={(columns) => props.onMappingChange({ ...mapping, columns })}
            />
          )}
          {ROLES[method].map(({ role, label: roleLabel, optional }) => (
            <ColumnSelect
              key={role}
              language={language}
              label={s(roleLabel)}
              column={mapping[role]}
              columns={options.map((o) => o.index)}
              columnLabel={label}
              onChange={(column) => props.onMappingChange({ ...mapping, [role]: column })}
              none={optional ? s("segNoColumn") : undefined}
            />
          ))}
          {props.mappingIssue && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s(PROBLEM_TEXT[props.mappingIssue])}</MessageBarBody>
            </MessageBar>
          )}
          {shown.length > 0 && <PreviewTable language={language} headers={shown.map((c) => columnName(options[c]))} rows={segmentPreviewRows(range, hasHeader, shown)} />}
          {inspect && !props.problem && !props.mappingIssue && (
            <ReadSummary language={language} headline={fill(language, "segWillAnalyse", { rows: formatNumber(language, inspect.rows) })} skipped={inspect.skipped} blankRows={inspect.blankRows} />
          )}
        </>
      )}
      <ProblemBar problem={props.problem} />
      <div className={styles.row}>
        <Button onClick={props.onBack}>{s("back")}</Button>
        <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
          {s("next")}
        </Button>
      </div>
    </div>
  );
}
