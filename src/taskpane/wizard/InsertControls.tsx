// The end of every wizard: "Insert into workbook", its progress, the new sheet's name, and
// "Go to sheet" / "Start over" once written.
import { Button, Caption1, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { fill, formatNumber, type Language, t } from "../i18n/strings";

export type InsertState =
  | { state: "idle" }
  | { state: "writing"; done: number; total: number }
  | { state: "done"; sheet: string; recipeNotStored?: boolean }
  | { state: "error"; message: string };

const useStyles = makeStyles({
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** What a results step hands its insert controls: the insert's state and the four actions. */
export interface InsertActions {
  insert: InsertState;
  onBack(): void;
  onInsert(): void;
  onGoToSheet(sheet: string): void;
  onStartOver(): void;
}

export interface InsertControlsProps extends InsertActions {
  language: Language;
}

export function InsertControls({ language, insert, onBack, onInsert, onGoToSheet, onStartOver }: InsertControlsProps) {
  const styles = useStyles();
  const writing = insert.state === "writing";
  const progress = writing ? fill(language, "progress", { done: formatNumber(language, insert.done), total: formatNumber(language, insert.total) }) : "";
  return (
    <>
      {writing && (
        <>
          <ProgressBar value={insert.total > 0 ? insert.done / insert.total : undefined} aria-label={t(language, "inserting")} aria-valuetext={progress} />
          <Caption1>{progress}</Caption1>
        </>
      )}
      {insert.state === "done" && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{fill(language, "insertedTo", { sheet: insert.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {insert.state === "done" && insert.recipeNotStored && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t(language, "storedNotStored")}</MessageBarBody>
        </MessageBar>
      )}
      {insert.state === "error" && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{insert.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button onClick={onBack} disabled={writing}>
          {t(language, "back")}
        </Button>
        {insert.state === "done" ? (
          <>
            <Button appearance="primary" onClick={() => onGoToSheet(insert.sheet)}>
              {t(language, "goToSheet")}
            </Button>
            <Button onClick={onStartOver}>{t(language, "startOver")}</Button>
          </>
        ) : (
          <Button appearance="primary" onClick={onInsert} disabled={writing}>
            {t(language, "insert")}
          </Button>
        )}
      </div>
    </>
  );
}
