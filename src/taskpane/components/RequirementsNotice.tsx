// What this Excel cannot do for CX Analytics, in plain words, and which Excel to use instead;
// nothing when every requirement set the add-in uses is supported.
import { List, ListItem, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RequirementCheck, RequirementFeature } from "../../excel/requirements";
import { type Language, type StringKey, fill, t } from "../i18n/strings";

const FEATURE_TEXT: Record<RequirementFeature, StringKey> = {
  writeSheets: "reqFeatureWriteSheets",
  customFunctions: "reqFeatureCustomFunctions",
  storedAnalyses: "reqFeatureStoredAnalyses",
  convertSpills: "reqFeatureConvertSpills",
  secondaryAxis: "reqFeatureSecondaryAxis",
  formulaScan: "reqFeatureFormulaScan",
};

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  paragraph: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, listStyleType: "disc" },
  item: { display: "list-item" },
  sets: { color: tokens.colorNeutralForeground3 },
});

export interface RequirementsNoticeProps {
  language: Language;
  check: RequirementCheck;
}

export function RequirementsNotice({ language, check }: RequirementsNoticeProps) {
  const styles = useStyles();
  if (check.unavailable.length === 0) return null;
  return (
    <MessageBar intent={check.canWrite ? "warning" : "error"} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t(language, check.canWrite ? "reqTitle" : "reqTitleNoWrite")}</MessageBarTitle>
        <p className={styles.paragraph}>{t(language, "reqIntro")}</p>
        <List className={styles.list}>
          {check.unavailable.map(({ feature, needs }) => (
            <ListItem key={feature} className={styles.item}>
              {t(language, FEATURE_TEXT[feature])}{" "}
              <span className={styles.sets}>
                {fill(language, "reqNeeds", { sets: needs.join(", ") })}
              </span>
            </ListItem>
          ))}
        </List>
        <p className={styles.paragraph}>{t(language, "reqAdvice")}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
