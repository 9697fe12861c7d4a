// Step 2 of the strategy-canvas wizard: the proposed new level of each factor beside our current
// level, the industry average and the current action; one click applies the suggested levels
// (explained under the button); the ERRC move of each factor follows what is typed.
import { Body1, Button, Caption1, Input, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { errcAction, type FactorRow } from "../../core/strategy";
import { parseNumber } from "../../core/table/number";
import { fill, type Language, t } from "../i18n/strings";
import type { CanvasGrid, GridProblem } from "./canvas-grid";
import { actionName, level, problemText } from "./canvas-text";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  scroll: { overflowX: "auto" },
  table: { width: "max-content", minWidth: "100%" },
  input: { width: "4.5em" },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface CanvasProposedStepProps {
  language: Language;
  grid: CanvasGrid;
  /** The current curve's analysis, one row per factor. */
  rows: readonly FactorRow[];
  onProposedChange(row: number, text: string): void;
  onApplySuggested(): void;
  onReset(): void;
  problems: GridProblem[];
  onBack(): void;
  onNext(): void;
}

export function CanvasProposedStep({ language, grid, rows, problems, ...props }: CanvasProposedStepProps) {
  const styles = useStyles();
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const withImp = rows.some((r) => r.importance !== undefined);
  const move = (r: FactorRow, text: string) => {
    const p = parseNumber(text);
    return p === undefined || p < 0 || text.trim() === "" ? "" : actionName(language, errcAction(r.ours, p, r.industry));
  };
  return (
    <div className={styles.stack}>
      <Body1>{s("cvProposedIntro")}</Body1>
      <div className={styles.buttons}>
        <Button onClick={props.onApplySuggested}>{s("cvApplySuggested")}</Button>
        <Button onClick={props.onReset}>{s("cvResetProposed")}</Button>
      </div>
      <Caption1 className={styles.hint}>{s("cvSuggestHow")}</Caption1>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={s("cvProposedCaption")} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s("cvHdrFactor")}</TableHeaderCell>
              {withImp && <TableHeaderCell>{s("cvHdrImportance")}</TableHeaderCell>}
              <TableHeaderCell>{s("cvHdrOurs")}</TableHeaderCell>
              <TableHeaderCell>{s("cvHdrIndustry")}</TableHeaderCell>
              <TableHeaderCell>{s("cvHdrAction")}</TableHeaderCell>
              <TableHeaderCell>{s("cvHdrNewLevel")}</TableHeaderCell>
              <TableHeaderCell>{s("cvHdrMove")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow key={i}>
                <TableCell>{r.factor}</TableCell>
                {withImp && <TableCell>{level(language, r.importance!)}</TableCell>}
                <TableCell>{level(language, r.ours)}</TableCell>
                <TableCell>{level(language, r.industry)}</TableCell>
                <TableCell>{actionName(language, r.action)}</TableCell>
                <TableCell>
                  <Input
                    size="small"
                    className={styles.input}
                    inputMode="decimal"
                    value={grid.proposed[i]}
                    aria-label={fill(language, "cvNewLevelLabel", { factor: r.factor })}
                    onChange={(_, d) => props.onProposedChange(i, d.value)}
                  />
                </TableCell>
                <TableCell>{move(r, grid.proposed[i])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {problems.length > 0 && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            <ul className={styles.list}>
              {problems.map((p, k) => (
                <li key={k}>{problemText(language, p)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button onClick={props.onBack}>{s("back")}</Button>
        <Button appearance="primary" onClick={props.onNext} disabled={problems.length > 0}>
          {s("cvShowResults")}
        </Button>
      </div>
    </div>
  );
}
