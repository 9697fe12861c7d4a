// Pieces every step drew the same way: the h3 heading of a step's part ("Columns", "Preview"), a
// problem in plain words, and what a data step's range will give (rows analysed, blanks skipped,
// empty rows ignored).
import { MessageBar, MessageBarBody, type MessageBarIntent, Subtitle2, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { SkipCount } from "../../core/table/columns";
import { fill, formatNumber, type Language } from "../i18n/strings";
import { rowsText } from "./messages";

const useStyles = makeStyles({
  heading: { margin: 0 },
});

/** An h3 heading inside a step (no section around it). */
export function StepHeading({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Subtitle2 as="h3" className={styles.heading}>
      {children}
    </Subtitle2>
  );
}

/** A problem in plain words (an error bar), or nothing. */
export function ProblemBar({ problem }: { problem?: string }) {
  if (!problem) return null;
  return (
    <MessageBar layout="multiline" intent="error">
      <MessageBarBody>{problem}</MessageBarBody>
    </MessageBar>
  );
}

export interface ReadSummaryProps {
  language: Language;
  /** The first line: how many rows will be analysed. */
  headline: ReactNode;
  skipped: readonly SkipCount[];
  blankRows: number;
  /** Default: warning when rows are skipped or ignored, else success. */
  intent?: MessageBarIntent;
  /** Lines between the headline and the skipped columns. */
  children?: ReactNode;
}

/** What the range will give: the headline, each column's skipped blanks, and the empty rows ignored. */
export function ReadSummary({ language, headline, skipped, blankRows, intent, children }: ReadSummaryProps) {
  return (
    <MessageBar layout="multiline" intent={intent ?? (skipped.length > 0 || blankRows > 0 ? "warning" : "success")}>
      <MessageBarBody>
        {headline}
        {children}
        {skipped.map((skip) => (
          <div key={skip.column}>{fill(language, "willSkipBlank", { count: formatNumber(language, skip.count), column: skip.column, rows: rowsText(language, skip.firstRows, skip.count) })}</div>
        ))}
        {blankRows > 0 && <div>{fill(language, "willIgnoreEmpty", { count: formatNumber(language, blankRows) })}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
