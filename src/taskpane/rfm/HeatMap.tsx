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

/** The darkest shade: 76% of the way from white to Fluent's brand blue (#0F6CBD), the darkest on which
 * dark text (#242424) keeps the 4.5:1 contrast WCAG asks for, so every cell stays readable. */
const DARKEST = 0.76;

/** Cell colors by share of the largest count: white to light-medium blue, dark text throughout. */
export function heatColor(value: number, max: number): { background: string; color: string } {
  const x = (max > 0 ? Math.max(0, Math.min(1, value / max)) : 0) * DARKEST;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * x);
  return { background: `rgb(${mix(255, 15)}, ${mix(255, 108)}, ${mix(255, 189)})`, color: "#242424" };
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
