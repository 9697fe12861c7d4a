// The frame of a step-by-step wizard: its title, the "All analyses" button that closes it and the
// "Step n of 4" line (announced politely), around the current step. Shared so the wizards look
// and read alike. PageHeader is its title line alone, for pages without steps.
import type { ReactNode } from "react";
import { Body1, Button, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { type Language, t } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

export interface WizardFrameProps {
  language: Language;
  title: string;
  /** "Step 2 of 4: Options". */
  stepLabel: string;
  onClose(): void;
  children?: ReactNode;
}

/** A page's h2 title with the "All analyses" button that closes it (wizards, stored analyses). */
export function PageHeader({ language, title, onClose }: Pick<WizardFrameProps, "language" | "title" | "onClose">) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      <Button appearance="subtle" onClick={onClose}>
        {t(language, "allAnalyses")}
      </Button>
    </div>
  );
}

export function WizardFrame({ language, title, stepLabel, onClose, children }: WizardFrameProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PageHeader language={language} title={title} onClose={onClose} />
      <Body1 aria-live="polite">{stepLabel}</Body1>
      {children}
    </div>
  );
}
