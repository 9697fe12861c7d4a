// The analyses stored in the open workbook, each with Refresh and Forget, and "Refresh all".
// Every analysis has its own status line (announced politely) saying what its refresh did.
import { Body1, Button, Caption1, Card, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import { fill, formatNumber, LANGUAGE_TAGS, type Language, t } from "../i18n/strings";
import type { Recipe } from "../recipes/recipe";
import { canRefresh, refreshAll, refreshRecipe } from "../recipes/refresh";
import { loadRecipes, removeRecipe } from "../recipes/store";
import { describeFailure } from "../wizard/messages";
import { refreshLine, replaceQuestion, type StatusLine } from "./refresh-messages";
import { useConfirm } from "./useConfirm";
import { LiveStatus } from "./LiveStatus";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: { rowGap: tokens.spacingVerticalXS },
  details: { display: "flex", flexDirection: "column", color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0 },
});

export interface StoredListProps {
  language: Language;
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
}

function formatTime(lang: Language, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function StoredList({ language, gateway, runner }: StoredListProps) {
  const styles = useStyles();
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const [recipes, setRecipes] = useState<Recipe[]>();
  const [statuses, setStatuses] = useState<Record<string, StatusLine | undefined>>({});
  const [notice, setNotice] = useState<StatusLine>();
  const [busy, setBusy] = useState(false);
  const { ask, dialog } = useConfirm(language);

  const reload = async () => {
    try {
      setRecipes(await loadRecipes(gateway));
    } catch (e) {
      setRecipes([]);
      setNotice({ intent: "error", text: describeFailure(language, e) });
    }
  };
  useEffect(() => {
    void reload();
  }, [gateway]);

  const setStatus = (id: string, line: StatusLine | undefined) => setStatuses((all) => ({ ...all, [id]: line }));
  const options = { gateway, runner };

  const refreshOne = async (recipe: Recipe) => {
    setBusy(true);
    setNotice(undefined);
    const running = () => setStatus(recipe.id, refreshLine(language, recipe, { status: "running" }));
    running();
    let line: StatusLine;
    try {
      const result = await refreshRecipe(recipe, {
        ...options,
        // "Refreshing…" only while nothing is asked: the question replaces it, a yes brings it back.
        confirm: async (q) => {
          setStatus(recipe.id, undefined);
          const yes = await ask({ title: s("storedConfirmTitle"), text: replaceQuestion(language, q.sheet, q.address, q.rows), action: s("storedReplace") });
          if (yes) running();
          return yes;
        },
      });
      line = refreshLine(language, recipe, result);
    } catch (error) {
      line = refreshLine(language, recipe, { status: "failed", error });
    }
    await reload();
    // The outcome shows with the buttons enabled again, on the list as the refresh left it.
    setStatus(recipe.id, line);
    setBusy(false);
  };

  const refreshEvery = async () => {
    const list = (recipes ?? []).filter(canRefresh);
    const sheets = list.map((r) => `“${r.sheet}”`).join(language === "zh" ? "、" : ", ");
    if (!(await ask({ title: s("storedConfirmTitle"), text: fill(language, "storedConfirmAll", { count: formatNumber(language, list.length), sheets }), action: s("storedReplace") }))) return;
    setBusy(true);
    setNotice(undefined);
    const byId = new Map(list.map((r) => [r.id, r]));
    await refreshAll(list, options, (id, status) => setStatus(id, refreshLine(language, byId.get(id)!, status)));
    await reload();
    setBusy(false);
  };

  const forget = async (recipe: Recipe) => {
    setBusy(true);
    let line: StatusLine;
    try {
      await removeRecipe(gateway, recipe.id);
      line = { intent: "success", text: fill(language, "storedForgotten", { title: recipe.title, sheet: recipe.sheet }) };
    } catch (e) {
      line = { intent: "error", text: describeFailure(language, e) };
    }
    await reload();
    setNotice(line);
    setBusy(false);
  };

  const source = (r: Recipe) => {
    if (!r.source) return s("storedNoSource");
    return r.source.growsWith ? fill(language, "storedSourceGrows", { address: r.source.address, growsWith: r.source.growsWith }) : fill(language, "storedSource", { address: r.source.address });
  };

  return (
    <section className={styles.stack} aria-labelledby="cx-stored-heading">
      <Subtitle2 as="h3" id="cx-stored-heading" className={styles.heading}>
        {s("storedHeading")}
      </Subtitle2>
      <Body1 as="p" className={styles.heading}>
        {s("storedIntro")}
      </Body1>
      {recipes === undefined && <Spinner size="tiny" label={s("storedLoading")} />}
      {recipes?.length === 0 && <Body1 as="p">{s("storedNone")}</Body1>}
      {recipes !== undefined && recipes.length > 0 && (
        <>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={refreshEvery} disabled={busy || !recipes.some(canRefresh)}>
              {s("storedRefreshAll")}
            </Button>
          </div>
          <ul className={styles.list}>
            {recipes.map((r) => {
              const status = statuses[r.id];
              const refreshable = canRefresh(r);
              return (
                <li key={r.id}>
                  <Card className={styles.card} aria-label={fill(language, "storedCardLabel", { title: r.title, sheet: r.sheet })}>
                    <Body1 as="p" className={styles.heading}>
                      <strong>{r.title}</strong>
                    </Body1>
                    <div className={styles.details}>
                      <Caption1>{fill(language, "storedSheet", { sheet: r.sheet })}</Caption1>
                      <Caption1>{source(r)}</Caption1>
                      <Caption1>{r.refreshed ? fill(language, "storedRefreshedOn", { date: formatTime(language, r.refreshed) }) : fill(language, "storedMade", { date: formatTime(language, r.created) })}</Caption1>
                      {!refreshable && <Caption1>{s("storedUnknownKind")}</Caption1>}
                    </div>
                    <div className={styles.buttons}>
                      {refreshable && (
                        <Button onClick={() => refreshOne(r)} disabled={busy} aria-label={fill(language, "storedRefreshLabel", { title: r.title, sheet: r.sheet })}>
                          {s("storedRefresh")}
                        </Button>
                      )}
                      <Button appearance="subtle" onClick={() => forget(r)} disabled={busy} aria-label={fill(language, "storedForgetLabel", { title: r.title, sheet: r.sheet })}>
                        {s("storedForget")}
                      </Button>
                    </div>
                    <LiveStatus line={status} />
                  </Card>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <LiveStatus line={notice} />
      {dialog}
    </section>
  );
}
