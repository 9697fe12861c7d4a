// Step 1 of the Kano wizard: where the survey answers are, which columns are the functional and
// dysfunctional question of which feature (paired automatically, editable), a preview, and what
// will be skipped or stops the analysis.
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
import type { BadAnswer, KanoPair } from "../compute/kano-task";
import type { RangeData } from "../../excel/gateway";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { type KanoInspect, kanoPreviewRows, type Pairing, type PairingProblem } from "./kano-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  heading: { margin: 0 },
  preview: { overflowX: "auto" },
  pair: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface KanoDataStepProps {
  language: Language;
  range?: RangeData;
  address: string;
  onAddressChange(address: string): void;
  onUseSelection(): void;
  onReadRange(): void;
  reading: boolean;
  hasHeader: boolean;
  onHeaderChange(hasHeader: boolean): void;
  pairs: KanoPair[];
  onPairsChange(pairs: KanoPair[]): void;
  onAutoPair(): void;
  pairing: Pairing;
  pairingIssue: PairingProblem;
  inspect?: KanoInspect;
  badAnswer?: BadAnswer;
  problem?: string;
  onNext(): void;
}

const ISSUES: Record<NonNullable<PairingProblem>, StringKey> = { none: "kanoNoPairs", incomplete: "kanoPairIncomplete", duplicate: "kanoPairDuplicate" };
type Role = "functional" | "dysfunctional" | "importance";
const ROLES: { role: Role; label: StringKey }[] = [
  { role: "functional", label: "kanoFunctionalColumn" },
  { role: "dysfunctional", label: "kanoDysfunctionalColumn" },
  { role: "importance", label: "kanoImportanceColumn" },
];

function rowsText(language: Language, rows: number[], count: number): string {
  const list = rows.join(", ");
  return count > rows.length ? fill(language, "rowsListMore", { list, more: formatNumber(language, count - rows.length) }) : fill(language, "rowsList", { list });
}

export function KanoDataStep(props: KanoDataStepProps) {
  const { language, range, hasHeader, pairs, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => {
    const o = options[i];
    return o ? (o.header ? `${o.header} (${o.letter})` : fill(language, "columnLetter", { letter: o.letter })) : "";
  };
  const names = (cols: number[]) => cols.map((j) => (options[j] ? label(j) : "")).join(", ");
  const update = (k: number, patch: Partial<KanoPair>) => props.onPairsChange(pairs.map((p, i) => (i === k ? { ...p, ...patch } : p)));
  const canGoOn = !!range && !props.pairingIssue && !!inspect && inspect.respondents > 0 && !props.badAnswer && !props.problem;

  return (
    <div className={styles.stack}>
      <Body1>{s("kanoDataIntro")}</Body1>
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
            {s("kanoPairsHeading")}
          </Subtitle2>
          {pairs.length > 0 && <Caption1>{fill(language, "kanoPairsFound", { count: formatNumber(language, pairs.length) })}</Caption1>}
          {pairs.map((pair, k) => (
            <fieldset key={k} className={styles.pair}>
              <legend className={styles.legend}>{fill(language, "kanoPairLegend", { n: k + 1 })}</legend>
              <Field label={s("kanoFeatureName")}>
                <Input value={pair.name} onChange={(_, d) => update(k, { name: d.value })} />
              </Field>
              {ROLES.map(({ role, label: roleLabel }) => {
                const col = pair[role];
                const optional = role === "importance";
                return (
                  <Field key={role} label={s(roleLabel)}>
                    <Dropdown
                      placeholder={s("chooseColumn")}
                      value={col >= 0 ? label(col) : optional ? s("kanoNoColumn") : ""}
                      selectedOptions={col >= 0 ? [String(col)] : optional ? ["-1"] : []}
                      onOptionSelect={(_, d) => update(k, { [role]: Number(d.optionValue) })}
                    >
                      {optional && (
                        <Option key="none" value="-1">
                          {s("kanoNoColumn")}
                        </Option>
                      )}
                      {options.map((o) => (
                        <Option key={o.index} value={String(o.index)}>
                          {label(o.index)}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                );
              })}
              <div className={styles.buttons}>
                <Button size="small" onClick={() => props.onPairsChange(pairs.filter((_, i) => i !== k))}>
                  {fill(language, "kanoRemovePair", { name: pair.name.trim() || fill(language, "kanoPairLegend", { n: k + 1 }) })}
                </Button>
              </div>
            </fieldset>
          ))}
          <div className={styles.buttons}>
            <Button onClick={() => props.onPairsChange([...pairs, { name: "", functional: -1, dysfunctional: -1, importance: -1 }])}>{s("kanoAddPair")}</Button>
            <Button onClick={props.onAutoPair}>{s("kanoAutoPair")}</Button>
          </div>
          {props.pairing.unpaired.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{fill(language, "kanoUnpaired", { columns: names(props.pairing.unpaired) })}</MessageBarBody>
            </MessageBar>
          )}
          {props.pairing.other.length > 0 && <Caption1>{fill(language, "kanoOtherColumns", { columns: names(props.pairing.other) })}</Caption1>}
          {props.pairingIssue && (
            <MessageBar intent="warning">
              <MessageBarBody>{s(ISSUES[props.pairingIssue])}</MessageBarBody>
            </MessageBar>
          )}
          {!props.pairingIssue && (
            <>
              <Subtitle2 as="h3" className={styles.heading}>
                {s("previewHeading")}
              </Subtitle2>
              <Caption1>{s("kanoPreviewCaption")}</Caption1>
              <div className={styles.preview}>
                <Table size="extra-small" aria-label={s("previewHeading")}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>#</TableHeaderCell>
                      {pairs.map((p, k) => (
                        <TableHeaderCell key={k}>{p.name.trim() || columnName(options[p.functional])}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {kanoPreviewRows(range, hasHeader, pairs, 5).map((r) => (
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
          {props.badAnswer && (
            <MessageBar intent="error">
              <MessageBarBody>{fill(language, "kanoBadAnswer", { ...props.badAnswer, max: 5 })}</MessageBarBody>
            </MessageBar>
          )}
          {inspect && !props.badAnswer && !props.pairingIssue && (
            <MessageBar intent={inspect.blanks.length > 0 || inspect.emptyRows > 0 ? "warning" : "success"}>
              <MessageBarBody>
                {fill(language, "kanoWillAnalyse", { rows: formatNumber(language, inspect.respondents), features: formatNumber(language, pairs.length) })}
                {inspect.blanks.map((b) => (
                  <div key={b.name}>{fill(language, "kanoWillSkip", { name: b.name, count: formatNumber(language, b.count), rows: rowsText(language, b.firstRows, b.count) })}</div>
                ))}
                {inspect.emptyRows > 0 && <div>{fill(language, "willIgnoreEmpty", { count: formatNumber(language, inspect.emptyRows) })}</div>}
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
