// A titled part of a wizard's results: a <section> labelled by its h3 heading, its content below.
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ResultSectionProps {
  /** The heading's id, which labels the section. */
  id: string;
  title: string;
  children: ReactNode;
}

export function ResultSection({ id, title, children }: ResultSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
