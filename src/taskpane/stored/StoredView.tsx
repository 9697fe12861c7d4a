// The "Stored analyses" page: the analyses stored in the workbook with one-click refresh, and
// preparing the workbook for sharing (converting =CX.* formulas to values).
import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import { type Language, t } from "../i18n/strings";
import { ShareSection } from "./ShareSection";
import { StoredList } from "./StoredList";
import { PageHeader } from "../wizard/WizardFrame";

/** Which part the page was opened for: the list, or (from the home page's warning) sharing. */
export type StoredSection = "list" | "share";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

export interface StoredViewProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  section?: StoredSection;
  onClose(): void;
}

export function StoredView({ language, gateway, runner, section = "list", onClose }: StoredViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PageHeader language={language} title={t(language, "storedOpen")} onClose={onClose} />
      <StoredList language={language} gateway={gateway} runner={runner} />
      <Divider />
      <ShareSection language={language} gateway={gateway} focus={section === "share"} />
    </div>
  );
}
