// Where a wizard's data is: "Use current selection", the address field with "Read range" and the
// reading spinner, then the range summary and the header checkbox. Every data step asked the same
// way, so they share these pieces (rendered as fragments, inside the step's own stack).
import { Button, Caption1, Checkbox, Field, Input, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { RangeData } from "../../excel/gateway";
import { fill, formatNumber, type Language, t } from "../i18n/strings";

const useStyles = makeStyles({
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
});

/** The props every data step takes for its range; the steps' own props extend these. */
export interface RangeSourceProps {
  language: Language;
  range?: RangeData;
  address: string;
  onAddressChange(address: string): void;
  onUseSelection(): void;
  onReadRange(): void;
  reading: boolean;
  hasHeader: boolean;
  onHeaderChange(hasHeader: boolean): void;
}

/** The selection button, address field and spinner. `secondary` and `noHint` keep the A/B test's plainer look. */
export function RangeSource(props: RangeSourceProps & { secondary?: boolean; noHint?: boolean }) {
  const styles = useStyles();
  const { language } = props;
  return (
    <>
      <Button appearance={props.secondary ? undefined : "primary"} onClick={props.onUseSelection} disabled={props.reading}>
        {t(language, "useSelection")}
      </Button>
      <div className={styles.row}>
        <Field label={t(language, "rangeAddress")} hint={props.noHint ? undefined : t(language, "rangeAddressHint")} className={styles.grow}>
          <Input
            value={props.address}
            onChange={(_, d) => props.onAddressChange(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && props.address.trim()) props.onReadRange();
            }}
          />
        </Field>
        <Button onClick={props.onReadRange} disabled={props.reading || !props.address.trim()}>
          {t(language, "readRange")}
        </Button>
      </div>
      {props.reading && <Spinner size="tiny" label={t(language, "reading")} />}
    </>
  );
}

/** What was read (address, rows, columns) and whether its first row is the header. */
export function RangeSummary({ language, range, hasHeader, onHeaderChange }: Pick<RangeSourceProps, "language" | "hasHeader" | "onHeaderChange"> & { range: RangeData }) {
  return (
    <>
      <Caption1>{fill(language, "rangeSummary", { address: range.address, rows: formatNumber(language, range.rows), cols: range.cols })}</Caption1>
      <Checkbox checked={hasHeader} onChange={(_, d) => onHeaderChange(d.checked === true)} label={t(language, "firstRowHeader")} />
    </>
  );
}
