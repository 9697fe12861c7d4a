// Step 1 of the survey wizard: where the answers are, which column holds the scores (and,
// optionally, the segment and the date), and what will be analysed or skipped.
import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { VocInspect, VocMapping } from "../compute/voc-task";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { PreviewTable } from "../wizard/PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { mappedRoles, type SurveyRole, SURVEY_ROLES, surveyMappingProblem, surveyPreviewRows } from "./survey-data";
import { ProblemBar, ReadSummary, StepHeading } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const ROLE_LABELS: Record<SurveyRole, StringKey> = { score: "vocScoreColumn", group: "vocGroupColumn", date: "vocDateColumn" };

export interface SurveyDataStepProps extends RangeSourceProps {
  mapping: VocMapping;
  onMappingChange(mapping: VocMapping): void;
  inspect?: VocInspect;
  /** A problem with the data or the range, in plain words. */
  problem?: string;
  onNext(): void;
}

export function SurveyDataStep(props: SurveyDataStepProps) {
  const { language, range, hasHeader, mapping, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => columnLabel(language, options, i, s("vocNoColumn"));
  const problem = range ? surveyMappingProblem(mapping) : undefined;
  const canGoOn = !!range && !problem && !!inspect && inspect.rows > 0 && inspect.integers && !props.problem;
  const roles = mappedRoles(mapping);

  return (
    <div className={styles.stack}>
      <Body1>{s("vocDataIntro")}</Body1>
      <RangeSource {...props} />

      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={hasHeader} onHeaderChange={props.onHeaderChange} />
          <StepHeading>{s("mappingHeading")}</StepHeading>
          {SURVEY_ROLES.map((role) => (
            <ColumnSelect
              key={role}
              language={language}
              label={s(ROLE_LABELS[role])}
              column={mapping[role]}
              columns={options.map((o) => o.index)}
              columnLabel={label}
              onChange={(column) => props.onMappingChange({ ...mapping, [role]: column })}
              none={role === "score" ? undefined : s("vocNoColumn")}
            />
          ))}
          {problem && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s(problem === "noScore" ? "vocNoScore" : "mappingDuplicate")}</MessageBarBody>
            </MessageBar>
          )}
          {!problem && <PreviewTable language={language} headers={roles.map((role) => columnName(options[mapping[role]]))} rows={surveyPreviewRows(range, hasHeader, mapping)} />}
          {inspect && !props.problem && !problem && (
            <ReadSummary
              language={language}
              headline={fill(language, "vocWillAnalyse", { rows: formatNumber(language, inspect.rows) })}
              skipped={inspect.skipped}
              blankRows={inspect.blankRows}
              intent={inspect.integers ? undefined : "error"}
            >
              {inspect.min !== undefined && inspect.max !== undefined && (
                <div>{fill(language, "vocScoreRange", { min: formatNumber(language, inspect.min, 2), max: formatNumber(language, inspect.max, 2) })}</div>
              )}
              {!inspect.integers && <div>{s("vocNotWhole")}</div>}
              {inspect.groups !== undefined && <div>{fill(language, "vocSegmentCount", { count: formatNumber(language, inspect.groups) })}</div>}
              {inspect.firstDate && inspect.lastDate && <div>{fill(language, "vocDateRange", { first: inspect.firstDate, last: inspect.lastDate })}</div>}
            </ReadSummary>
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
