// The R x F heat map as an accessible table: counts in cells, shaded by count.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportTable } from "../../core/report";
import { formatNumber, type Language } from "../i18n/strings";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  th: { padding: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  td: { padding: tokens.spacingHorizontalXS, textAlign: "center", border: `1px solid ${tokens.colorNeutralStroke2}` },
  caption: { captionSide: "bottom", textAlign: "start", paddingTop: tokens.spacingVerticalXS },
});

/** White to Fluent's brand blue (#0F6CBD) by share of the largest count; dark cells get white text. */
export function heatColor(value: number, max: number): { background: string; color: string } {
  const x = max > 0 ? value / max : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * x);
  return { background: `rgb(${mix(255, 15)}, ${mix(255, 108)}, ${mix(255, 189)})`, color: x > 0.55 ? "#ffffff" : "#242424" };
}

export interface HeatMapProps {
  table: ReportTable;
  caption: string;
  language: Language;
}

export function HeatMap({ table, caption, language }: HeatMapProps) {
  const styles = useStyles();
  const max = Math.max(0, ...table.rows.flatMap((row) => row.slice(1).map(Number)));
  return (
    <table className={styles.table}>
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
            {row.slice(1).map((cell, j) => {
              const n = Number(cell);
              return (
                <td key={j} className={styles.td} style={heatColor(n, max)}>
                  {formatNumber(language, n)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
