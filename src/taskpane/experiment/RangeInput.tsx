// A range with one row per visitor: where it is, which column holds the group and which the
// outcome (found by header), and which test the outcome calls for.
import { Body1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { AbTestKind } from "../compute/abtest-task";
import { type StringKey, t } from "../i18n/strings";
import { ColumnSelect } from "../wizard/ColumnSelect";
import { RangeSource, type RangeSourceProps, RangeSummary } from "../wizard/RangeSource";
import { type AbColumns, columnChoices } from "./ab-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const TESTS: { name: AbTestKind; label: StringKey }[] = [
  { name: "rates", label: "abTestRates" },
  { name: "means", label: "abTestMeans" },
];

export interface RangeInputProps extends RangeSourceProps {
  columns: AbColumns;
  onColumnsChange(columns: AbColumns): void;
  test: AbTestKind;
  onTestChange(test: AbTestKind): void;
}

export function RangeInput(props: RangeInputProps) {
  const { language, range, columns } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const choices = range ? columnChoices(language, range, props.hasHeader) : [];
  const test = TESTS.find((x) => x.name === props.test) ?? TESTS[0];
  const columnField = (role: keyof AbColumns, label: StringKey) => (
    <ColumnSelect
      language={language}
      label={s(label)}
      column={columns[role]}
      columns={choices.map((c) => c.index)}
      columnLabel={(i) => choices[i]?.label ?? ""}
      onChange={(column) => props.onColumnsChange({ ...columns, [role]: column })}
    />
  );

  return (
    <div className={styles.stack}>
      <Body1>{s("abRangeIntro")}</Body1>
      <RangeSource {...props} secondary noHint />
      {range && (
        <>
          <RangeSummary language={language} range={range} hasHeader={props.hasHeader} onHeaderChange={props.onHeaderChange} />
          {columnField("group", "abGroupColumn")}
          {columnField("outcome", "abOutcomeColumn")}
          <Field label={s("abTestLabel")}>
            <Dropdown value={s(test.label)} selectedOptions={[test.name]} onOptionSelect={(_, d) => props.onTestChange(d.optionValue as AbTestKind)}>
              {TESTS.map((x) => (
                <Option key={x.name} value={x.name}>
                  {s(x.label)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      )}
    </div>
  );
}
