// The "Preview" heading and the first rows of the chosen columns, numbered as in the sheet; the
// data steps all showed it the same way.
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import { type Language, t } from "../i18n/strings";
import { StepHeading } from "./DataStepParts";

const useStyles = makeStyles({
  preview: { overflowX: "auto" },
});

export interface PreviewTableProps {
  language: Language;
  headers: readonly string[];
  rows: readonly { row: number; cells: readonly ReactNode[] }[];
  /** Shown between the heading and the table. */
  caption?: ReactNode;
}

export function PreviewTable({ language, headers, rows, caption }: PreviewTableProps) {
  const styles = useStyles();
  const heading = t(language, "previewHeading");
  return (
    <>
      <StepHeading>{heading}</StepHeading>
      {caption}
      <div className={styles.preview}>
        <Table size="extra-small" aria-label={heading}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>#</TableHeaderCell>
              {headers.map((h, j) => (
                <TableHeaderCell key={j}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.row}>
                <TableCell>{r.row}</TableCell>
                {r.cells.map((c, j) => (
                  <TableCell key={j}>{c}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
