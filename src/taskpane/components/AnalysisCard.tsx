// One analysis: the question it answers, its formulas with what each returns, and how to use them.
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  CardHeader,
  Link,
  List,
  ListItem,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import { type AnalysisInfo, SPILL_HELP_URL } from "../analyses";
import { type Language, t } from "../i18n/strings";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM },
  question: { color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
    userSelect: "all",
  },
  paragraph: { margin: 0 },
});

export interface AnalysisCardProps {
  analysis: AnalysisInfo;
  language: Language;
  /** Opens the analysis' wizard; absent when no workbook is connected. */
  onOpen?: () => void;
  /** Why the wizard cannot be opened here (an Excel without the needed API): the button is disabled and says why. */
  openDisabledReason?: string;
}

export function AnalysisCard({ analysis, language, onOpen, openDisabledReason }: AnalysisCardProps) {
  const styles = useStyles();
  const titleId = useId("cx-analysis-title");
  const formulasId = useId("cx-analysis-formulas");
  const howToId = useId("cx-analysis-howto");
  const disabledId = useId("cx-analysis-disabled");
  const s = (key: Parameters<typeof t>[1]) => t(language, key);

  return (
    <Card className={styles.card} role="region" aria-labelledby={titleId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={titleId} className={styles.heading}>
            {s(analysis.title)}
          </Subtitle2>
        }
        description={
          <Body1 as="p" className={mergeClasses(styles.paragraph, styles.question)}>
            {s(analysis.question)}
          </Body1>
        }
      />

      {onOpen && (
        <Button
          appearance="primary"
          onClick={onOpen}
          disabledFocusable={openDisabledReason !== undefined}
          aria-describedby={openDisabledReason !== undefined ? disabledId : undefined}
        >
          {s(analysis.open)}
        </Button>
      )}
      {onOpen && openDisabledReason !== undefined && (
        <Caption1 as="p" id={disabledId} className={styles.paragraph}>
          {openDisabledReason}
        </Caption1>
      )}

      <section className={styles.section} aria-labelledby={formulasId}>
        <Body1Strong as="h4" id={formulasId} className={styles.heading}>
          {s("formulasHeading")}
        </Body1Strong>
        <List className={styles.list} aria-labelledby={formulasId}>
          {analysis.formulas.map((f) => (
            <ListItem key={f.formula} className={styles.item}>
              <code className={styles.formula} lang="en">
                {s(f.formula)}
              </code>
              <Body1 as="p" className={styles.paragraph}>
                {s(f.help)}
              </Body1>
            </ListItem>
          ))}
        </List>
      </section>

      <section className={styles.section} aria-labelledby={howToId}>
        <Body1Strong as="h4" id={howToId} className={styles.heading}>
          {s("howToUseHeading")}
        </Body1Strong>
        <Body1 as="p" className={styles.paragraph}>
          {s(analysis.howTo)}
        </Body1>
        <Caption1 as="p" className={styles.paragraph}>
          {s("spillNote")}{" "}
          <Link href={SPILL_HELP_URL} target="_blank" rel="noopener noreferrer" inline>
            {s("spillLink")}
          </Link>
        </Caption1>
      </section>
    </Card>
  );
}
