// The workbench page: an in-memory workbook on the left (name box, grid, charts, sheet tabs) and
// the real task pane on the right, in a 360-pixel column like Excel's. The pane works on the
// workbook through the same gateway interface as in Excel; result sheets appear as new tabs.
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RangeRef } from "../excel/gateway";
import { App } from "../taskpane/App";
import { createWorkerRunner } from "../taskpane/compute/worker-runner";
import { initialLanguage } from "../taskpane/i18n/preference";
import type { Language } from "../taskpane/i18n/strings";
import { nameBoxText, parseNameBox } from "./address";
import { type WorkbenchBook, createBook } from "./book";
import { Grid, type GridSelection, selectionOf, selectionRange } from "./Grid";
import { NameBox } from "./NameBox";
import { SheetCharts } from "./SheetCharts";
import { sheetLooks } from "./sheet-looks";
import { type LoadedSheet, sheetsFromFile } from "./load-workbook";
import { languageOfTag, type WorkbenchStringKey, wt } from "./strings";

/** Rows the grid draws: it is a demo, not a spreadsheet. */
export const SHOWN_ROWS = 200;
const GRID_ID = "cx-grid";

declare global {
  interface Window {
    /** The workbench's workbook, for end-to-end tests (read it, do not write it). */
    __cxWorkbook?: unknown;
  }
}

const useStyles = makeStyles({
  page: { display: "flex", height: "100%", minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  book: { position: "relative", flex: "1 1 auto", minWidth: 0, display: "flex", flexDirection: "column", minHeight: 0 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#107c41",
    color: "#ffffff",
  },
  titles: { display: "flex", flexDirection: "column" },
  title: { margin: 0, color: "#ffffff" },
  subtitle: { margin: 0, color: "#ffffff" },
  open: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  openHint: { color: "#ffffff" },
  toolbar: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  status: { alignSelf: "center", margin: 0, color: tokens.colorNeutralForeground2 },
  error: { alignSelf: "center", margin: 0, color: tokens.colorPaletteRedForeground1 },
  body: { flex: "1 1 auto", minHeight: 0, display: "flex" },
  scroller: { flex: "1 1 auto", minWidth: 0, overflow: "auto", backgroundColor: "#ffffff" },
  charts: { flex: "0 0 auto", width: "440px", overflow: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  footer: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  note: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  empty: { padding: tokens.spacingHorizontalL },
  loading: { padding: tokens.spacingHorizontalXXL },
  drop: {
    position: "absolute",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(255, 255, 255, 0.92)",
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase500,
    pointerEvents: "none",
  },
  pane: {
    flex: "0 0 360px",
    width: "360px",
    minHeight: 0,
    overflow: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
  },
});

/** A message in the workbench's strings, kept as a key so that it follows the language. */
interface Message {
  kind: "busy" | "info" | "error";
  key: WorkbenchStringKey;
  args: (string | number)[];
  /** Sheets loaded, listed after the message ("loaded"). */
  sheets?: { name: string; rows: number }[];
}

/** A message in the current language. */
function messageText(language: Language, m: Message): string {
  const sheets = m.sheets?.map((sh) => wt(language, "sheetSummary", sh.name, grouped(sh.rows))).join(", ");
  return wt(language, m.key, ...m.args, ...(sheets === undefined ? [] : [sheets]));
}

interface Loaded {
  book: WorkbenchBook;
  /** Changes with each loaded file: the pane starts afresh on a new workbook. */
  generation: number;
}

export interface WorkbenchProps {
  initialLanguage: Language;
  /** The workbook loaded at start (the example workbook, copied into the build). */
  exampleUrl?: string;
}

/** The pane's language, read from <html lang>, which the pane sets. */
function usePaneLanguage(initial: Language): Language {
  const [language, setLanguage] = useState(initial);
  useEffect(() => {
    const html = document.documentElement;
    const update = () => {
      const lang = languageOfTag(html.getAttribute("lang"));
      if (lang) setLanguage(lang);
    };
    const observer = new MutationObserver(update);
    observer.observe(html, { attributes: true, attributeFilter: ["lang"] });
    return () => observer.disconnect();
  }, []);
  return language;
}

/** Re-renders on every change of the book. */
function useBookVersion(book: WorkbenchBook | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!book) return undefined;
    return book.subscribe(() => setVersion((v) => v + 1));
  }, [book]);
  return version;
}

const grouped = (n: number) => n.toLocaleString("en-US");

export function Workbench({ initialLanguage: startLanguage, exampleUrl }: WorkbenchProps) {
  const styles = useStyles();
  const language = usePaneLanguage(startLanguage);
  const s = (key: WorkbenchStringKey, ...args: (string | number)[]) => wt(language, key, ...args);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [message, setMessage] = useState<Message | undefined>(exampleUrl ? { kind: "busy", key: "loadingExample", args: [] } : undefined);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const runner = useMemo(() => createWorkerRunner(), []);

  const showSheets = useCallback((source: string, sheets: LoadedSheet[]) => {
    const book = createBook(sheets);
    window.__cxWorkbook = book.workbook;
    setLoaded((prev) => ({ book, generation: (prev?.generation ?? 0) + 1 }));
    setMessage({ kind: "info", key: "loaded", args: [source], sheets: book.sheetNames().map((name) => ({ name, rows: book.sheet(name)?.used.rows ?? 0 })) });
  }, []);

  const loadFile = useCallback(
    async (name: string, read: () => Promise<ArrayBuffer>, initial = false) => {
      setMessage({ kind: "busy", key: initial ? "loadingExample" : "loadingFile", args: [name] });
      try {
        const sheets = await sheetsFromFile(name, await read());
        showSheets(name, sheets);
      } catch (e) {
        setMessage({ kind: "error", key: "loadFailed", args: [name, e instanceof Error ? e.message : String(e)] });
      }
    },
    [showSheets],
  );

  useEffect(() => {
    if (!exampleUrl) return;
    const name = exampleUrl.replace(/^.*\//, "");
    void loadFile(
      name,
      async () => {
        const res = await fetch(exampleUrl);
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
        return res.arrayBuffer();
      },
      true,
    );
  }, [exampleUrl, loadFile]);

  // A file dropped anywhere else must not make the browser leave the page to show it.
  useEffect(() => {
    const keep = (e: globalThis.DragEvent) => {
      if (e.dataTransfer && Array.from(e.dataTransfer.types).includes("Files")) e.preventDefault();
    };
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);

  const onDragOver = (e: DragEvent) => {
    if (!Array.from(e.dataTransfer.types).includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void loadFile(file.name, () => file.arrayBuffer());
  };

  return (
    <div className={styles.page}>
      {/* applyStylesToPortals={false}: the provider's layout classes must not reach Fluent's portal
          mount node (a body-level layer), or it would cover the page (microsoft/fluentui#25528). */}
      <FluentProvider theme={webLightTheme} className={styles.book} applyStylesToPortals={false} lang={language === "zh" ? "zh-Hans" : "en"}>
        <section className={styles.book} aria-label={s("workbookRegion")} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Title3 as="h1" className={styles.title}>
                {s("title")}
              </Title3>
              <Caption1 as="p" className={styles.subtitle}>
                {s("subtitle")}
              </Caption1>
            </div>
            <div className={styles.open}>
              <Button appearance="secondary" onClick={() => fileInput.current?.click()}>
                {s("openFile")}
              </Button>
              <Caption1 className={styles.openHint}>{s("dropHint")}</Caption1>
              <input
                ref={fileInput}
                type="file"
                hidden
                accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = "";
                  if (file) void loadFile(file.name, () => file.arrayBuffer());
                }}
              />
            </div>
          </header>
          {loaded ? (
            <BookView key={loaded.generation} book={loaded.book} language={language} message={message} />
          ) : (
            <div className={styles.loading}>
              {message?.kind === "error" ? (
                <Body1 as="p" role="alert" className={styles.error}>
                  {messageText(language, message)}
                </Body1>
              ) : (
                <Spinner label={s("loadingExample")} />
              )}
            </div>
          )}
          {dragging && (
            <div className={styles.drop} aria-hidden="true">
              {s("dropHere")}
            </div>
          )}
        </section>
      </FluentProvider>
      <div id="cx-pane" className={styles.pane}>
        {loaded && <App key={loaded.generation} gateway={loaded.book.gateway} runner={runner} initialLanguage={initialLanguage(language)} />}
      </div>
    </div>
  );
}

interface BookViewProps {
  book: WorkbenchBook;
  language: Language;
  message?: Message;
}

/** Name box, grid, charts and sheet tabs of one workbook. */
function BookView({ book, language, message }: BookViewProps) {
  const styles = useStyles();
  const s = (key: WorkbenchStringKey, ...args: (string | number)[]) => wt(language, key, ...args);
  useBookVersion(book);
  const names = book.sheetNames();
  const active = book.activeSheet();
  const sheet = book.sheet(active);
  // Anchor and moving corner per sheet (the workbook keeps only the range).
  const [selections, setSelections] = useState<Record<string, GridSelection>>({});
  const selection = currentSelection(selections[active], book.selection());
  const looks = useMemo(() => sheet && sheetLooks(sheet.values, sheet.tables, sheet.colorScales), [sheet]);

  const select = (sheetName: string, next: GridSelection) => {
    setSelections((prev) => ({ ...prev, [sheetName]: next }));
    book.select(sheetName, selectionRange(next));
  };

  const onNameBox = (text: string): string | undefined => {
    const target = parseNameBox(text, sheet?.used ?? { rows: 1, cols: 1 });
    if (!target) return s("badAddress", text.trim());
    const sheetName = target.sheet === undefined ? active : names.find((n) => n.toLowerCase() === target.sheet!.toLowerCase());
    if (!sheetName) return s("noSheet", target.sheet!);
    select(sheetName, selectionOf(target.range));
    document.getElementById(GRID_ID)?.focus();
    return undefined;
  };

  const rows = sheet?.used.rows ?? 0;
  const shown = Math.min(rows, SHOWN_ROWS);
  // Excel's column width unit is about one digit of the default font: 7 px, plus padding.
  const widths = sheet?.columnWidths.map((w) => (w === undefined ? undefined : Math.round(w * 7 + 10)));

  return (
    <>
      <div className={styles.toolbar}>
        <NameBox label={s("nameBox")} address={selection ? nameBoxText(selectionRange(selection)) : ""} onSubmit={onNameBox} />
        {message && (
          <Body1 as="p" role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? styles.error : styles.status}>
            {messageText(language, message)}
          </Body1>
        )}
      </div>
      <div className={styles.body}>
        <div className={styles.scroller}>
          {!sheet || rows === 0 ? (
            <Body1 as="p" className={styles.empty}>
              {s("emptySheet")}
            </Body1>
          ) : (
            <Grid
              id={GRID_ID}
              label={s("grid", active)}
              cornerLabel={s("cornerHeader")}
              rows={rows}
              cols={Math.max(sheet.used.cols, 1)}
              shownRows={SHOWN_ROWS}
              valueAt={(r, c) => sheet.values[r]?.[c]}
              formatAt={sheet.formatAt}
              lookAt={looks}
              columnWidths={widths}
              selection={selection}
              onSelectionChange={(next) => select(active, next)}
            />
          )}
        </div>
        {sheet && sheet.charts.length > 0 && (
          <div className={styles.charts}>
            <SheetCharts heading={s("charts")} charts={sheet.charts} values={sheet.values} />
          </div>
        )}
      </div>
      <div className={styles.footer}>
        <TabList aria-label={s("sheetTabs")} size="small" selectedValue={active} onTabSelect={(_, data) => book.activate(String(data.value))}>
          {names.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
        <Caption1 className={styles.note}>{rows > shown ? s("showingRows", grouped(shown), grouped(rows)) : s("rowsCount", grouped(rows))}</Caption1>
      </div>
    </>
  );
}

/** The grid's selection: ours when it still matches the workbook's range, else the workbook's. */
function currentSelection(ours: GridSelection | undefined, theirs: RangeRef | undefined): GridSelection | undefined {
  if (!theirs) return ours;
  if (ours) {
    const r = selectionRange(ours);
    if (r.row === theirs.row && r.col === theirs.col && r.rows === theirs.rows && r.cols === theirs.cols) return ours;
  }
  return selectionOf(theirs);
}
