// One column dropdown of a data step ("Customer column", "Score column", ...), with an optional
// "no column" choice, and a group of column checkboxes (criteria, clustering columns); shared so
// every wizard labels and selects columns the same way.
import { Caption1, Checkbox, Dropdown, Field, Label, Option, makeStyles, tokens } from "@fluentui/react-components";
import { fill, type Language, t } from "../i18n/strings";
import type { ColumnOption } from "./transaction-data";

/** "Header (C)", or "Column C" without a header; `missing` when there is no such column. */
export function columnLabel(language: Language, options: readonly ColumnOption[], i: number, missing = ""): string {
  const o = options[i];
  if (!o) return missing;
  return o.header ? `${o.header} (${o.letter})` : fill(language, "columnLetter", { letter: o.letter });
}

export interface ColumnSelectProps {
  language: Language;
  label: string;
  /** The chosen column's index, or a negative number for none. */
  column: number;
  /** The indexes offered, in order. */
  columns: readonly number[];
  columnLabel(index: number): string;
  onChange(column: number): void;
  /** When given, the column is optional: the label of the "no column" choice (value -1). */
  none?: string;
}

export function ColumnSelect(props: ColumnSelectProps) {
  const { column, none } = props;
  return (
    <Field label={props.label}>
      <Dropdown
        placeholder={t(props.language, "chooseColumn")}
        value={column >= 0 ? props.columnLabel(column) : (none ?? "")}
        selectedOptions={column >= 0 || none !== undefined ? [String(column)] : []}
        onOptionSelect={(_, d) => props.onChange(Number(d.optionValue))}
      >
        {none !== undefined && (
          <Option key="none" value="-1">
            {none}
          </Option>
        )}
        {props.columns.map((i) => (
          <Option key={i} value={String(i)}>
            {props.columnLabel(i)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface ColumnChecksProps {
  /** The label's id, which labels the group. */
  id: string;
  label: string;
  hint: string;
  /** The indexes offered, in order. */
  columns: readonly number[];
  /** The indexes checked. */
  selected: readonly number[];
  columnLabel(index: number): string;
  /** The indexes checked after a click, in column order. */
  onChange(selected: number[]): void;
}

/** A labelled group of checkboxes, one per column. */
export function ColumnChecks({ id, label, hint, columns, selected, columnLabel, onChange }: ColumnChecksProps) {
  const styles = useStyles();
  const toggle = (col: number, on: boolean) => onChange(on ? [...selected, col].sort((a, b) => a - b) : selected.filter((c) => c !== col));
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <Label id={id}>{label}</Label>
      <Caption1 className={styles.hint}>{hint}</Caption1>
      {columns.map((i) => (
        <Checkbox key={i} checked={selected.includes(i)} onChange={(_, d) => toggle(i, d.checked === true)} label={columnLabel(i)} />
      ))}
    </div>
  );
}
