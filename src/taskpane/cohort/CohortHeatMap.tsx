// The cohort heat map as an accessible table: cohorts down, periods since acquisition across,
// cells shaded by value (as the R x F heat map), blank after the end of the data.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportTable } from "../../core/report";
import { formatNumber, formatShare, type Language } from "../i18n/strings";
import { heatColor } from "../rfm/HeatMap";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { padding: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  td: { padding: tokens.spacingHorizontalXS, textAlign: "center", border: `1px solid ${tokens.colorNeutralStroke2}`, whiteSpace: "nowrap" },
  caption: { captionSide: "bottom", textAlign: "start", paddingTop: tokens.spacingVerticalXS },
});

export interface CohortHeatMapProps {
  table: ReportTable;
  caption: string;
  language: Language;
}

export function CohortHeatMap({ table, caption, language }: CohortHeatMapProps) {
  const styles = useStyles();
  const numbers = table.rows.flatMap((row) => row.slice(1).filter((v): v is number => typeof v === "number"));
  const max = Math.max(0, ...numbers);
  const show = (v: number, j: number) => (table.formats[j] === "percent" ? formatShare(language, v) : formatNumber(language, v, table.formats[j] === "currency" ? 2 : 0));
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={table.title}>
        <caption className={styles.caption}>
          <Caption1>{caption}</Caption1>
        </caption>
        <thead>
          <tr>
            {table.header.map((h) => (
              <th key={h} scope="col" className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={String(row[0])}>
              <th scope="row" className={styles.th}>
                {row[0]}
              </th>
              {row.slice(1).map((cell, j) =>
                typeof cell === "number" ? (
                  <td key={j} className={styles.td} style={heatColor(cell, max)}>
                    {show(cell, j + 1)}
                  </td>
                ) : (
                  <td key={j} className={styles.td} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
