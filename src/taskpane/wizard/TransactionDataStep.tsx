// The data step of the transaction-based wizards (RFM, lifetime value): where the transactions
// are, which column is which, and what will be skipped.
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
import type { InspectResult, TransactionMapping } from "../compute/tasks";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { columnName, columnOptions, mappingProblem, previewRows, type Role, ROLES } from "./transaction-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  heading: { margin: 0 },
  preview: { overflowX: "auto" },
});

const ROLE_LABELS: Record<Role, StringKey> = { customer: "customerColumn", date: "dateColumn", amount: "amountColumn" };

export interface TransactionDataStepProps {
  language: Language;
  range?: RangeData;
  address: string;
  onAddressChange(address: string): void;
  onUseSelection(): void;
  onReadRange(): void;
  reading: boolean;
  hasHeader: boolean;
  onHeaderChange(hasHeader: boolean): void;
  mapping: TransactionMapping;
  onMappingChange(mapping: TransactionMapping): void;
  inspect?: InspectResult;
  /** A problem with the data or the range, in plain words. */
  problem?: string;
  onNext(): void;
  /** When given, the amount column is optional: the label of its "no amount column" choice (cohorts, churn). */
  amountNone?: string;
}

function rowsText(language: Language, rows: number[], count: number): string {
  const list = rows.join(", ");
  return count > rows.length ? fill(language, "rowsListMore", { list, more: formatNumber(language, count - rows.length) }) : fill(language, "rowsList", { list });
}

export function TransactionDataStep(props: TransactionDataStepProps) {
  const { language, range, hasHeader, mapping, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => {
    const o = options[i];
    return o ? (o.header ? `${o.header} (${o.letter})` : fill(language, "columnLetter", { letter: o.letter })) : "";
  };
  const optional: Role[] = props.amountNone !== undefined ? ["amount"] : [];
  const problem = range ? mappingProblem(mapping, optional) : undefined;
  const mapped = ROLES.filter((role) => mapping[role] >= 0);
  const none = (role: Role) => optional.includes(role) && mapping[role] < 0;
  const canGoOn = !!range && !problem && !!inspect && inspect.rows > 0 && !props.problem;

  return (
    <div className={styles.stack}>
      <Body1>{s("dataIntro")}</Body1>
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
          {ROLES.map((role) => (
            <Field key={role} label={s(ROLE_LABELS[role])}>
              <Dropdown
                placeholder={s("chooseColumn")}
                value={mapping[role] >= 0 ? label(mapping[role]) : none(role) ? props.amountNone : ""}
                selectedOptions={mapping[role] >= 0 || none(role) ? [String(mapping[role])] : []}
                onOptionSelect={(_, d) => props.onMappingChange({ ...mapping, [role]: Number(d.optionValue) })}
              >
                {optional.includes(role) && props.amountNone !== undefined && (
                  <Option key="none" value="-1">
                    {props.amountNone}
                  </Option>
                )}
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
              <MessageBarBody>{s(problem === "incomplete" ? "mappingIncomplete" : "mappingDuplicate")}</MessageBarBody>
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
                      {mapped.map((role) => (
                        <TableHeaderCell key={role}>{columnName(options[mapping[role]])}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {previewRows(range, hasHeader, mapping, 5, mapped).map((r) => (
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
