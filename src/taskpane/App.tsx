// The task pane's home view: the analyses the add-in provides and the formulas that run them.
import { Body1, FluentProvider, MessageBar, MessageBarBody, Subtitle1, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../excel/gateway";
import type { RequirementCheck } from "../excel/requirements";
import { type AnalysisRunner, inThreadRunner } from "./compute/tasks";
import { ClvWizard } from "./clv/ClvWizard";
import { KanoWizard } from "./kano/KanoWizard";
import { AbTestWizard } from "./experiment/AbTestWizard";
import { RfmWizard } from "./rfm/RfmWizard";
import { VocWizard } from "./voc/VocWizard";
import { SegmentWizard } from "./segment/SegmentWizard";
import { CohortWizard } from "./cohort/CohortWizard";
import { CanvasWizard } from "./strategy/CanvasWizard";
import { PriorityWizard } from "./priority/PriorityWizard";
import { StoredHome } from "./stored/StoredHome";
import { StoredView, type StoredSection } from "./stored/StoredView";
import { ANALYSES } from "./analyses";
import { AnalysisCard } from "./components/AnalysisCard";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { RequirementsNotice } from "./components/RequirementsNotice";
import { rememberLanguage } from "./i18n/preference";
import { LANGUAGE_TAGS, type Language, t } from "./i18n/strings";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface AppProps {
  initialLanguage: Language;
  /** The workbook the wizards read and write; absent when the page runs outside Excel and the workbench. */
  gateway?: WorkbookGateway;
  /** Where analyses run: a Web Worker in Excel and the workbench, the calling thread in tests. */
  runner?: AnalysisRunner;
  /** What the host Excel supports (checked at start-up in Excel); absent outside Excel. */
  requirements?: RequirementCheck;
}

// One entry per wizard.
type View = "home" | "stored" | "rfm" | "clv" | "voc" | "abtest" | "kano" | "segment" | "cohort" | "canvas" | "priority";

export function App({ initialLanguage, gateway, runner = inThreadRunner, requirements }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [view, setView] = useState<View>("home");
  const [storedSection, setStoredSection] = useState<StoredSection>("list");

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = t(language, "appTitle");
  }, [language]);

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    rememberLanguage(next);
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.root} applyStylesToPortals={false} lang={LANGUAGE_TAGS[language]}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {t(language, "appTitle")}
        </Title3>
        <LanguageSwitch language={language} onChange={changeLanguage} />
      </header>
      {view !== "home" && gateway ? (
        <main className={styles.main}>
          {view === "stored" && <StoredView language={language} gateway={gateway} runner={runner} section={storedSection} onClose={() => setView("home")} />}
          {view === "rfm" && <RfmWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "clv" && <ClvWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "kano" && <KanoWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "abtest" && <AbTestWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "voc" && <VocWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "segment" && <SegmentWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "cohort" && <CohortWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "canvas" && <CanvasWizard language={language} gateway={gateway} runner={runner} onClose={() => setView("home")} />}
          {view === "priority" && <PriorityWizard language={language} gateway={gateway} onClose={() => setView("home")} />}
        </main>
      ) : (
        <>
          {requirements && <RequirementsNotice language={language} check={requirements} />}
          <Body1 as="p" className={styles.tagline}>
            {t(language, "appTagline")}
          </Body1>
          {!gateway && (
            <MessageBar layout="multiline" intent="info">
              <MessageBarBody>{t(language, "noWorkbook")}</MessageBarBody>
            </MessageBar>
          )}
          {gateway && (
            <StoredHome
              language={language}
              gateway={gateway}
              onOpen={(section) => {
                setStoredSection(section);
                setView("stored");
              }}
            />
          )}
          <main className={styles.main} aria-labelledby="cx-analyses-heading">
            <Subtitle1 as="h2" id="cx-analyses-heading" className={styles.heading}>
              {t(language, "analysesHeading")}
            </Subtitle1>
            {ANALYSES.map((analysis) => (
              <AnalysisCard
                key={analysis.id}
                analysis={analysis}
                language={language}
                onOpen={gateway ? () => setView(analysis.id as View) : undefined}
                openDisabledReason={requirements && !requirements.canWrite ? t(language, "reqOpenDisabled") : undefined}
              />
            ))}
          </main>
        </>
      )}
    </FluentProvider>
  );
}
