// The data step of the transaction-based wizards (RFM, lifetime value): where the transactions
// are, which column is which, and what will be skipped.
import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { InspectResult, TransactionMapping } from "../compute/tasks";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "./ColumnSelect";
import { PreviewTable } from "./PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "./RangeSource";
import { columnName, columnOptions, mappingProblem, previewRows, type Role, ROLES } from "./transaction-data";
import { ProblemBar, ReadSummary, StepHeading } from "./DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const ROLE_LABELS: Record<Role, StringKey> = { customer: "customerColumn", date: "dateColumn", amount: "amountColumn" };

export interface TransactionDataStepProps extends RangeSourceProps {
  mapping: TransactionMapping;
  onMappingChange(mapping: TransactionMapping): void;
  inspect?: InspectResult;
  /** A problem with the data or the range, in plain words. */
  problem?: string;
  onNext(): void;
  /** When given, the amount column is optional: the label of its "no amount column" choice (cohorts, churn). */
  amountNone?: string;
}

export function TransactionDataStep(props: TransactionDataStepProps) {
  const { language, range, hasHeader, mapping, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => columnLabel(language, options, i);
  const optional: Role[] = props.amountNone !== undefined ? ["amount"] : [];
  const problem = range ? mappingProblem(mapping, optional) : undefined;
  const mapped = ROLES.filter((role) => mapping[role] >= 0);
  const canGoOn = !!range && !problem && !!inspect && inspect.rows > 0 && !props.problem;

  return (
    <div className={styles.stack}>
      <Body1>{s("dataIntro")}</Body1>
      <RangeSource {...props} />

      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={hasHeader} onHeaderChange={props.onHeaderChange} />
          <StepHeading>{s("mappingHeading")}</StepHeading>
          {ROLES.map((role) => (
            <ColumnSelect
              key={role}
              language={language}
              label={s(ROLE_LABELS[role])}
              column={mapping[role]}
              columns={options.map((o) => o.index)}
              columnLabel={label}
              onChange={(column) => props.onMappingChange({ ...mapping, [role]: column })}
              none={optional.includes(role) ? props.amountNone : undefined}
            />
          ))}
          {problem && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s(problem === "incomplete" ? "mappingIncomplete" : "mappingDuplicate")}</MessageBarBody>
            </MessageBar>
          )}
          {!problem && (
            <PreviewTable
              language={language}
              headers={mapped.map((role) => columnName(options[mapping[role]]))}
              rows={previewRows(range, hasHeader, mapping, 5, mapped)}
            />
          )}
          {inspect && !props.problem && !problem && (
            <ReadSummary language={language} headline={fill(language, "willAnalyse", { rows: formatNumber(language, inspect.rows) })} skipped={inspect.skipped} blankRows={inspect.blankRows} />
          )}
        </>
      )}
      <ProblemBar problem={props.problem} />
      <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
        {s("next")}
      </Button>
    </div>
  );
}
