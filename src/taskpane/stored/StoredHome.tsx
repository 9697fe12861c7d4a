// The home page's part: a warning bar when the workbook holds =CX.* formulas (before sharing), and
// the way into the stored analyses with how many there are.
import { Body1, Button, Card, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import { fill, formatNumber, type Language, t } from "../i18n/strings";
import { loadRecipes } from "../recipes/store";
import { formulaCount, useCxFormulas } from "./useCxFormulas";
import type { StoredSection } from "./StoredView";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

export interface StoredHomeProps {
  language: Language;
  gateway: WorkbookGateway;
  onOpen(section: StoredSection): void;
}

export function StoredHome({ language, gateway, onOpen }: StoredHomeProps) {
  const styles = useStyles();
  const { found } = useCxFormulas(gateway);
  const [stored, setStored] = useState<number>();
  const count = found ? formulaCount(found) : 0;

  useEffect(() => {
    loadRecipes(gateway).then(
      (recipes) => setStored(recipes.length),
      () => setStored(undefined), // unreadable settings: the button still opens the page, which says why
    );
  }, [gateway]);

  return (
    <>
      {count > 0 && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{fill(language, "shareWarning", { count: formatNumber(language, count) })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onOpen("share")}>{t(language, "shareWarningAction")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Card className={styles.card}>
        <Body1 as="p" className={styles.text}>
          {stored ? fill(language, "storedHomeCount", { count: formatNumber(language, stored) }) : t(language, "storedHomeNone")}
        </Body1>
        <div>
          <Button onClick={() => onOpen("list")}>{t(language, "storedOpen")}</Button>
        </div>
      </Card>
    </>
  );
}
