// Step 1 of the survey wizard: where the answers are, which column holds the scores (and,
// optionally, the segment and the date), and what will be analysed or skipped.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
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
import type { RangeData } from "../../excel/gateway";
import type { VocInspect, VocMapping } from "../compute/voc-task";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { mappedRoles, type SurveyRole, SURVEY_ROLES, surveyMappingProblem, surveyPreviewRows } from "./survey-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  heading: { margin: 0 },
  preview: { overflowX: "auto" },
});

const ROLE_LABELS: Record<SurveyRole, StringKey> = { score: "vocScoreColumn", group: "vocGroupColumn", date: "vocDateColumn" };
const NONE = "-1";

export interface SurveyDataStepProps {
  language: Language;
  range?: RangeData;
  address: string;
  onAddressChange(address: string): void;
  onUseSelection(): void;
  onReadRange(): void;
  reading: boolean;
  hasHeader: boolean;
  onHeaderChange(hasHeader: boolean): void;
  mapping: VocMapping;
  onMappingChange(mapping: VocMapping): void;
  inspect?: VocInspect;
  /** A problem with the data or the range, in plain words. */
  problem?: string;
  onNext(): void;
}

function rowsText(language: Language, rows: number[], count: number): string {
  const list = rows.join(", ");
  return count > rows.length ? fill(language, "rowsListMore", { list, more: formatNumber(language, count - rows.length) }) : fill(language, "rowsList", { list });
}

export function SurveyDataStep(props: SurveyDataStepProps) {
  const { language, range, hasHeader, mapping, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => {
    const o = options[i];
    if (!o) return s("vocNoColumn");
    return o.header ? `${o.header} (${o.letter})` : fill(language, "columnLetter", { letter: o.letter });
  };
  const problem = range ? surveyMappingProblem(mapping) : undefined;
  const canGoOn = !!range && !problem && !!inspect && inspect.rows > 0 && inspect.integers && !props.problem;
  const roles = mappedRoles(mapping);

  return (
    <div className={styles.stack}>
      <Body1>{s("vocDataIntro")}</Body1>
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
          <Checkbox checked={hasHeader} onChange={(_, d) => props.onHeaderChange(d.checked === true)} label={s("firstRowHeader")} />
          <Subtitle2 as="h3" className={styles.heading}>
            {s("mappingHeading")}
          </Subtitle2>
          {SURVEY_ROLES.map((role) => (
            <Field key={role} label={s(ROLE_LABELS[role])}>
              <Dropdown
                placeholder={s("chooseColumn")}
                value={mapping[role] >= 0 ? label(mapping[role]) : role === "score" ? "" : s("vocNoColumn")}
                selectedOptions={[String(mapping[role])]}
                onOptionSelect={(_, d) => props.onMappingChange({ ...mapping, [role]: Number(d.optionValue) })}
              >
                {role !== "score" && <Option value={NONE}>{s("vocNoColumn")}</Option>}
                {options.map((o) => (
                  <Option key={o.index} value={String(o.index)}>
                    {label(o.index)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
          {problem && (
            <MessageBar intent="warning">
              <MessageBarBody>{s(problem === "noScore" ? "vocNoScore" : "mappingDuplicate")}</MessageBarBody>
            </MessageBar>
          )}
          {!problem && (
            <>
              <Subtitle2 as="h3" className={styles.heading}>
                {s("previewHeading")}
              </Subtitle2>
              <div className={styles.preview}>
                <Table size="extra-small" aria-label={s("previewHeading")}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>#</TableHeaderCell>
                      {roles.map((role) => (
                        <TableHeaderCell key={role}>{columnName(options[mapping[role]])}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {surveyPreviewRows(range, hasHeader, mapping).map((r) => (
                      <TableRow key={r.row}>
                        <TableCell>{r.row}</TableCell>
                        {r.cells.map((c, j) => (
                          <TableCell key={j}>{c}</TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          )}
          {inspect && !props.problem && !problem && (
            <MessageBar intent={!inspect.integers ? "error" : inspect.skipped.length > 0 || inspect.blankRows > 0 ? "warning" : "success"}>
              <MessageBarBody>
                {fill(language, "vocWillAnalyse", { rows: formatNumber(language, inspect.rows) })}
                {inspect.min !== undefined && inspect.max !== undefined && (
                  <div>{fill(language, "vocScoreRange", { min: formatNumber(language, inspect.min, 2), max: formatNumber(language, inspect.max, 2) })}</div>
                )}
                {!inspect.integers && <div>{s("vocNotWhole")}</div>}
                {inspect.groups !== undefined && <div>{fill(language, "vocSegmentCount", { count: formatNumber(language, inspect.groups) })}</div>}
                {inspect.firstDate && inspect.lastDate && <div>{fill(language, "vocDateRange", { first: inspect.firstDate, last: inspect.lastDate })}</div>}
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
