// The workbench's own labels (the grid, tabs, file loading), in English and Simplified Chinese.
// The task pane beside it has its own strings (src/taskpane/i18n); the workbench follows the
// language the pane shows (the pane sets <html lang>).
import type { Language } from "../taskpane/i18n/strings";

export const workbenchEn = {
  title: "CX Analytics workbench",
  subtitle: "The real task pane on an in-memory workbook: a demo and test harness, not a spreadsheet.",
  workbookRegion: "Workbook",
  nameBox: "Name box",
  badAddress: "'{0}' is not a cell or range address (e.g. A1 or A1:F100).",
  noSheet: "There is no sheet named '{0}'.",
  sheetTabs: "Sheets",
  grid: "Sheet {0}",
  cornerHeader: "Row",
  showingRows: "Showing {0} of {1} rows.",
  rowsCount: "{0} rows.",
  emptySheet: "This sheet is empty.",
  charts: "Charts",
  openFile: "Open a CSV or XLSX file",
  dropHint: "or drop one on the workbook to replace it.",
  dropHere: "Drop a CSV or XLSX file to replace the workbook",
  loadingExample: "Loading the example workbook…",
  loadingFile: "Loading {0}…",
  loaded: "Loaded {0}: {1}.",
  sheetSummary: "{0} ({1} rows)",
  loadFailed: "Could not load {0}: {1}",
  taskPane: "Task pane",
};

export type WorkbenchStringKey = keyof typeof workbenchEn;

export const workbenchZh: Record<WorkbenchStringKey, string> = {
  title: "CX Analytics 工作台",
  subtitle: "在内存工作簿上运行真实的任务窗格：用于演示和测试，并非电子表格。",
  workbookRegion: "工作簿",
  nameBox: "名称框",
  badAddress: "“{0}”不是单元格或区域地址（例如 A1 或 A1:F100）。",
  noSheet: "没有名为“{0}”的工作表。",
  sheetTabs: "工作表",
  grid: "工作表 {0}",
  cornerHeader: "行",
  showingRows: "显示 {1} 行中的 {0} 行。",
  rowsCount: "共 {0} 行。",
  emptySheet: "此工作表为空。",
  charts: "图表",
  openFile: "打开 CSV 或 XLSX 文件",
  dropHint: "或将文件拖放到工作簿上以替换它。",
  dropHere: "拖放 CSV 或 XLSX 文件以替换工作簿",
  loadingExample: "正在加载示例工作簿…",
  loadingFile: "正在加载 {0}…",
  loaded: "已加载 {0}：{1}。",
  sheetSummary: "{0}（{1} 行）",
  loadFailed: "无法加载 {0}：{1}",
  taskPane: "任务窗格",
};

const TABLES: Record<Language, Record<WorkbenchStringKey, string>> = { en: workbenchEn, zh: workbenchZh };

/** The workbench string `key` in `lang`, with {0}, {1}, ... replaced by `args`. */
export function wt(lang: Language, key: WorkbenchStringKey, ...args: (string | number)[]): string {
  const text = TABLES[lang]?.[key] ?? workbenchEn[key];
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** The pane language of a BCP 47 tag as the pane writes it into <html lang> ("en", "zh-Hans"). */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "") return undefined;
  return t === "zh" || t.startsWith("zh-") ? "zh" : "en";
}
