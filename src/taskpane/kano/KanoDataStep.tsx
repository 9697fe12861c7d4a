// Step 1 of the Kano wizard: where the survey answers are, which columns are the functional and
// dysfunctional question of which feature (paired automatically, editable), a preview, and what
// will be skipped or stops the analysis.
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { BadAnswer, KanoPair } from "../compute/kano-task";
import { fill, formatNumber, type StringKey, t } from "../i18n/strings";
import { ColumnSelect, columnLabel } from "../wizard/ColumnSelect";
import { rowsText } from "../wizard/messages";
import { PreviewTable } from "../wizard/PreviewTable";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { columnName, columnOptions } from "../wizard/transaction-data";
import { type KanoInspect, kanoPreviewRows, type Pairing, type PairingProblem } from "./kano-data";
import { ProblemBar, StepHeading } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
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

export interface KanoDataStepProps extends RangeSourceProps {
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

export function KanoDataStep(props: KanoDataStepProps) {
  const { language, range, hasHeader, pairs, inspect } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const options = range ? columnOptions(range, hasHeader) : [];
  const label = (i: number) => columnLabel(language, options, i);
  const names = (cols: number[]) => cols.map((j) => (options[j] ? label(j) : "")).join(", ");
  const update = (k: number, patch: Partial<KanoPair>) => props.onPairsChange(pairs.map((p, i) => (i === k ? { ...p, ...patch } : p)));
  const canGoOn = !!range && !props.pairingIssue && !!inspect && inspect.respondents > 0 && !props.badAnswer && !props.problem;

  return (
    <div className={styles.stack}>
      <Body1>{s("kanoDataIntro")}</Body1>
      <RangeSource {...props} />
      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={hasHeader} onHeaderChange={props.onHeaderChange} />
          <StepHeading>{s("kanoPairsHeading")}</StepHeading>
          {pairs.length > 0 && <Caption1>{fill(language, "kanoPairsFound", { count: formatNumber(language, pairs.length) })}</Caption1>}
          {pairs.map((pair, k) => (
            <fieldset key={k} className={styles.pair}>
              <legend className={styles.legend}>{fill(language, "kanoPairLegend", { n: k + 1 })}</legend>
              <Field label={s("kanoFeatureName")}>
                <Input value={pair.name} onChange={(_, d) => update(k, { name: d.value })} />
              </Field>
              {ROLES.map(({ role, label: roleLabel }) => (
                <ColumnSelect
                  key={role}
                  language={language}
                  label={s(roleLabel)}
                  column={pair[role]}
                  columns={options.map((o) => o.index)}
                  columnLabel={label}
                  onChange={(column) => update(k, { [role]: column })}
                  none={role === "importance" ? s("kanoNoColumn") : undefined}
                />
              ))}
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
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{fill(language, "kanoUnpaired", { columns: names(props.pairing.unpaired) })}</MessageBarBody>
            </MessageBar>
          )}
          {props.pairing.other.length > 0 && <Caption1>{fill(language, "kanoOtherColumns", { columns: names(props.pairing.other) })}</Caption1>}
          {props.pairingIssue && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s(ISSUES[props.pairingIssue])}</MessageBarBody>
            </MessageBar>
          )}
          {!props.pairingIssue && (
            <PreviewTable
              language={language}
              caption={<Caption1>{s("kanoPreviewCaption")}</Caption1>}
              headers={pairs.map((p) => p.name.trim() || columnName(options[p.functional]))}
              rows={kanoPreviewRows(range, hasHeader, pairs, 5)}
            />
          )}
          {props.badAnswer && (
            <MessageBar layout="multiline" intent="error">
              <MessageBarBody>{fill(language, "kanoBadAnswer", { ...props.badAnswer, max: 5 })}</MessageBarBody>
            </MessageBar>
          )}
          {inspect && !props.badAnswer && !props.pairingIssue && (
            <MessageBar layout="multiline" intent={inspect.blanks.length > 0 || inspect.emptyRows > 0 ? "warning" : "success"}>
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
      <ProblemBar problem={props.problem} />
      <Button appearance="primary" onClick={props.onNext} disabled={!canGoOn}>
        {s("next")}
      </Button>
    </div>
  );
}
