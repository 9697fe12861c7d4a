// A range with one row per visitor: where it is, which column holds the group and which the
// outcome (found by header), and which test the outcome calls for.
import { Body1, Button, Caption1, Checkbox, Dropdown, Field, Input, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { RangeData } from "../../excel/gateway";
import type { AbTestKind } from "../compute/abtest-task";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { type AbColumns, columnChoices } from "./ab-data";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

const TESTS: { name: AbTestKind; label: StringKey }[] = [
  { name: "rates", label: "abTestRates" },
  { name: "means", label: "abTestMeans" },
];

export interface RangeInputProps {
  language: Language;
  range?: RangeData;
  address: string;
  onAddressChange(address: string): void;
  onUseSelection(): void;
  onReadRange(): void;
  reading: boolean;
  hasHeader: boolean;
  onHeaderChange(hasHeader: boolean): void;
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
    <Field label={s(label)}>
      <Dropdown
        placeholder={s("chooseColumn")}
        value={columns[role] >= 0 ? (choices[columns[role]]?.label ?? "") : ""}
        selectedOptions={columns[role] >= 0 ? [String(columns[role])] : []}
        onOptionSelect={(_, d) => props.onColumnsChange({ ...columns, [role]: Number(d.optionValue) })}
      >
        {choices.map((c) => (
          <Option key={c.index} value={String(c.index)}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  return (
    <div className={styles.stack}>
      <Body1>{s("abRangeIntro")}</Body1>
      <Button onClick={props.onUseSelection} disabled={props.reading}>
        {s("useSelection")}
      </Button>
      <div className={styles.row}>
        <Field label={s("rangeAddress")} className={styles.grow}>
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
          <Checkbox checked={props.hasHeader} onChange={(_, d) => props.onHeaderChange(d.checked === true)} label={s("firstRowHeader")} />
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
