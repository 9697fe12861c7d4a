// A small table of a wizard's results (a report table, a ranking, measures): the header row and the
// rows as already formatted for the language, labelled for screen readers, scrolling sideways
// when wider than the pane.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  /** Cells keep to one line (names and numbers do not break letter by letter); the table scrolls sideways instead. */
  wide: { width: "max-content", minWidth: "100%" },
  // Columns as wide as their content (Fluent's tables share the width equally): headers such as "Conversions" do not overlap.
  auto: { tableLayout: "auto" },
});

export interface ResultTableProps {
  /** The table's accessible name. */
  label: string;
  header: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
  /** "wide": one line per cell, scrolling sideways; "auto": columns as wide as their content; default: Fluent's equal columns. */
  layout?: "wide" | "auto";
  /** Without the scrolling wrapper (tables narrow enough for the pane). */
  noScroll?: boolean;
}

export function ResultTable({ label, header, rows, layout, noScroll }: ResultTableProps) {
  const styles = useStyles();
  const table = (
    <Table size="extra-small" aria-label={label} className={layout ? styles[layout] : undefined}>
      <TableHeader>
        <TableRow>
          {header.map((h, j) => (
            <TableHeaderCell key={j}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={i}>
            {row.map((c, j) => (
              <TableCell key={j}>{c}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return noScroll ? table : <div className={styles.scroll}>{table}</div>;
}
