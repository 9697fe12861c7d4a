// The data step of the transaction-based wizards (RFM, lifetime value): where the transactions
// are, which column is which, and what will be skipped.
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { InspectResult, TransactionMapping } from "../compute/tasks";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "./ColumnSelect";
import { rowsText } from "./messages";
import { PreviewTable } from "./PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "./RangeSource";
import { columnName, columnOptions, mappingProblem, previewRows, type Role, ROLES } from "./transaction-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
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
          <Subtitle2 as="h3" className={styles.heading}>
            {s("mappingHeading")}
          </Subtitle2>
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
            <MessageBar intent="warning">
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
            <MessageBar intent={inspect.skipped.length > 0 || inspect.blankRows > 0 ? "warning" : "success"}>
              <MessageBarBody>
                {fill(language, "willAnalyse", { rows: formatNumber(language, inspect.rows) })}
                {inspect.skipped.map((skip) => (
                  <div key={skip.column}>
                    {fill(language, "willSkipBlank", {
                      count: formatNumber(language, skip.count),
                      column: skip.column,
                      rows: rowsText(language, skip.firstRows, skip.count),
                    })}
                  </div>
                ))}
                {inspect.blankRows > 0 && <div>{fill(language, "willIgnoreEmpty", { count: formatNumber(language, inspect.blankRows) })}</div>}
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
      <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
        {s("next")}
      </Button>
    </div>
  );
}
