// The four counts of a conversion-rate test, each typed or taken from the selected cell.
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { fill, type Language, t } from "../i18n/strings";
import { COUNT_FIELDS, COUNT_LABELS, type CountField, type CountTexts } from "./ab-data";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))", gap: tokens.spacingHorizontalM },
  // Fluent's Input has a minimum width wider than half the pane: let it shrink to its column.
  input: { minWidth: 0, width: "100%" },
  cell: { display: "flex", flexDirection: "column", alignItems: "flex-start", justifyContent: "flex-end", rowGap: tokens.spacingVerticalXS },
  field: { alignSelf: "stretch" },
});

export interface CountsInputProps {
  language: Language;
  texts: CountTexts;
  onChange(field: CountField, text: string): void;
  onPickCell(field: CountField): void;
}

export function CountsInput({ language, texts, onChange, onPickCell }: CountsInputProps) {
  const styles = useStyles();
  return (
    <>
      <Caption1>{t(language, "abCountHint")}</Caption1>
      <div className={styles.grid}>
        {COUNT_FIELDS.map((f) => {
          const label = t(language, COUNT_LABELS[f]);
          return (
            <div key={f} className={styles.cell}>
              <Field label={label} className={styles.field}>
                <Input className={styles.input} inputMode="decimal" value={texts[f]} onChange={(_, d) => onChange(f, d.value)} />
              </Field>
              <Button size="small" appearance="subtle" aria-label={fill(language, "abPickCellFor", { field: label })} onClick={() => onPickCell(f)}>
                {t(language, "abPickCell")}
              </Button>
            </div>
          );
        })}
      </div>
    </>
  );
}
