/** @jest-environment jsdom */
// The NPS, CSAT and CES wizard as a user drives it on the in-memory workbook: select the answers,
// check the mapping, run, read the results, insert; the dashboard sheet holds the engine's numbers.
import { readFileSync } from "fs";
import path from "path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findTable } from "../../../src/core/report";
import { epochDayFromYmd, serialFromEpochDay } from "../../../src/core/table/date";
import { csatAnalysis, npsAnalysis, readVocTable } from "../../../src/core/voc";
import { MemoryWorkbook, type MemorySheetView } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";

const serial = (y: number, m: number, d: number) => serialFromEpochDay(epochDayFromYmd(y, m, d)!);

/**
 * Ten answers, worked by hand: 5 promoters (9-10), 2 passives (7-8), 3 detractors (0-6).
 *   NPS = 100 (5 - 3) / 10 = 20
 *   variance of the +1/0/-1 score = p_P + p_D - (p_P - p_D)^2 = 0.5 + 0.3 - 0.04 = 0.76
 *   SE = 100 sqrt(0.76 / 10) = 27.568...
 *   95% CI = 20 ± 1.959964 x 27.568 = -34.03 to 74.03
 * By segment: Gold 10, 9, 9, 10, 8 -> 4 promoters, 1 passive: NPS 80, SE = 100 sqrt((0.8 - 0.64) / 5)
 * = 17.9, CI 80 ± 35.1 = 44.9 to 100 (clipped); Silver 9, 7, 3, 6, 0 -> 1 promoter, 1 passive,
 * 3 detractors: NPS -40, SE = 100 sqrt((0.8 - 0.16) / 5) = 35.8, CI -100 (clipped) to 30.1. By month: January 10, 9, 9, 10 (NPS 100), February
 * 9, 8, 7, 3, 6, 0 (1 promoter, 3 detractors of 6: NPS -33.3).
 */
const ANSWERS: [string, string, number, number][] = [
  ["K1", "Gold", serial(2024, 1, 5), 10],
  ["K2", "Gold", serial(2024, 1, 9), 9],
  ["K3", "Gold", serial(2024, 1, 15), 9],
  ["K4", "Gold", serial(2024, 1, 20), 10],
  ["K5", "Silver", serial(2024, 2, 1), 9],
  ["K6", "Gold", serial(2024, 2, 3), 8],
  ["K7", "Silver", serial(2024, 2, 7), 7],
  ["K8", "Silver", serial(2024, 2, 11), 3],
  ["K9", "Silver", serial(2024, 2, 20), 6],
  ["K10", "Silver", serial(2024, 2, 28), 0],
];
const HEADER = ["Customer", "Segment", "Date", "How likely are you to recommend us?"];

function workbook(rows: unknown[][] = ANSWERS): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Survey", [HEADER, ...rows] as never);
  wb.select("Survey", `A1:D${rows.length + 1}`);
  return wb;
}

/** The body of an Excel table on a sheet. */
function tableBody(sheet: MemorySheetView, name: string): unknown[][] {
  const t = sheet.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${sheet.tables.map((x) => x.name).join(", ")}`);
  return sheet.values.slice(t.row + 1, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
}

async function openWizard(language: "en" | "zh" = "en") {
  const user = userEvent.setup();
  render(<App initialLanguage={language} gateway={workbookInUse} />);
  await user.click(screen.getByRole("button", { name: language === "en" ? "Open NPS, CSAT and CES wizard" : "打开 NPS、CSAT 和 CES 向导" }));
  await user.click(screen.getByRole("button", { name: language === "en" ? "Use current selection" : "使用当前选区" }));
  return user;
}
let workbookInUse: MemoryWorkbook;

test("the hand-worked NPS: auto-mapping, headline, segments, trend, and a dashboard sheet with the engine's numbers", async () => {
  workbookInUse = workbook();
  const user = await openWizard();
  await screen.findByText("Answers to analyse: 10.");
  expect(screen.getByRole("combobox", { name: "Score column" }).textContent).toContain("How likely are you to recommend us? (D)");
  expect(screen.getByRole("combobox", { name: "Segment column (optional)" }).textContent).toContain("Segment (B)");
  expect(screen.getByRole("combobox", { name: "Date column (optional)" }).textContent).toContain("Date (C)");
  expect(screen.getByText("Scores run from 0 to 10.")).toBeTruthy();
  expect(screen.getByText("Dates from 2024-01-05 to 2024-02-28.")).toBeTruthy();
  const preview = within(screen.getByRole("table", { name: "First rows" })).getAllByRole("row");
  expect(preview[1].textContent).toBe("210Gold2024-01-05"); // row 2: score 10, Gold, the date as a date

  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByRole("radio", { name: "NPS: likelihood to recommend, 0-10" })).toHaveProperty("checked", true);
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText(
    "NPS 20 (95% CI -34 to 74) from 10 answers: 50% promoters (9-10), 20% passives (7-8), 30% detractors (0-6).",
  );
  // The interval's half width, 1.96 x 27.57 = 54.
  expect(screen.getByText(/±54 with 10 answers/)).toBeTruthy();
  expect(screen.getByText("Only 10 answers: the interval is rough. Read the score as a direction, not a precise figure.")).toBeTruthy();
  const segments = within(screen.getByRole("table", { name: "By segment" })).getAllByRole("row").map((r) => r.textContent);
  expect(segments).toEqual(["SegmentAnswersNPS95% CI low95% CI high", "Gold58045100", "Silver5-40-10030", "Total1020-3474"]);
  // Gold 80 (CI 45 to 100, clipped) and Silver -40 (CI -100, clipped, to 30) do not overlap.
  expect(screen.getByText("Their intervals do not overlap: the gap is very likely real.")).toBeTruthy();
  const trend = within(screen.getByRole("table", { name: "Trend by month" })).getAllByRole("row").map((r) => r.textContent);
  expect(trend[1]).toBe("2024-014100100100"); // all promoters: zero width, an interval to read as rough
  expect(trend[2]).toMatch(/^2024-026-33/);

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “NPS”. Your data was not changed.");
  expect(workbookInUse.sheetNames).toEqual(["Survey", "NPS"]);
  const sheet = workbookInUse.sheet("NPS")!;
  expect(sheet.values[0][0]).toBe("Net Promoter Score dashboard");
  expect(sheet.tables.map((t) => t.name).sort()).toEqual(["NPS_ByGroup", "NPS_ByPeriod", "NPS_Distribution", "NPS_Nps"]);
  expect(sheet.charts.map((c) => [c.type, c.title])).toEqual([
    ["column", "Answers by score"],
    ["bar", "NPS by Segment"],
    ["line", "NPS by month"],
  ]);
  // The engine on the same cells.
  const grid = [HEADER, ...ANSWERS];
  const { report } = npsAnalysis(readVocTable(grid, { score: 3, group: 1, day: 2 }), { confidence: 0.95, period: "month" });
  for (const [table, name] of [["NPS_Nps", "nps"], ["NPS_ByGroup", "byGroup"], ["NPS_ByPeriod", "byPeriod"]] as const) {
    expect(tableBody(sheet, table)).toEqual(findTable(report, name).rows);
  }
  // The distribution: the engine's columns, then the answers again under their band, so that the
  // stacked column chart colours each score by detractors, passives and promoters.
  const distribution = tableBody(sheet, "NPS_Distribution");
  expect(distribution.map((r) => r.slice(0, 4))).toEqual(findTable(report, "distribution").rows);
  expect(distribution.map((r) => r.slice(4))).toEqual([
    [1, "", ""], // 0: one detractor
    [0, "", ""],
    [0, "", ""],
    [1, "", ""], // 3
    [0, "", ""],
    [0, "", ""],
    [1, "", ""], // 6
    ["", 1, ""], // 7: one passive
    ["", 1, ""], // 8
    ["", "", 3], // 9: three promoters
    ["", "", 2], // 10
  ]);
  expect(sheet.charts[0]).toMatchObject({ stacked: true });
  expect(sheet.charts[0].series.map((x) => x.name)).toEqual(["Detractors (0-6)", "Passives (7-8)", "Promoters (9-10)"]);
  const [headline] = tableBody(sheet, "NPS_Nps");
  expect(headline[4]).toBe(20);
  expect(headline[5]).toBeCloseTo(100 * Math.sqrt(0.076), 10);
  expect(headline[6]).toBeCloseTo(20 - 1.959963984540054 * 100 * Math.sqrt(0.076), 8);
  // Facts, the formula equivalents (as text), the explanation.
  const cells = sheet.values.flat();
  expect(cells).toContain("=CX.NPS(Survey!D1:D11)");
  expect(cells).toContain("By segment: =CX.NPS.BY(Survey!D1:D11,Survey!B1:B11)");
  expect(cells).toContain("By period: =CX.NPS.TREND(Survey!D1:D11,Survey!C1:C11)");
  expect(sheet.formulas).toEqual([]);
  expect(cells).toContain("NPS 20 (95% CI -34 to 74) from 10 answers: 50% promoters (9-10), 20% passives (7-8), 30% detractors (0-6).");
  // Segment names are the user's text, written as text.
  expect(tableBody(sheet, "NPS_ByGroup").map((r) => r[0])).toEqual(["Gold", "Silver", "Total"]);
});

test("CSAT on the example survey: choose the column, the measure is suggested, blanks are skipped, the sheet matches the engine", async () => {
  const csv = readFileSync(path.join(__dirname, "..", "..", "..", "examples", "nps-survey.csv"), "utf8").trim().split("\n");
  const grid = csv.map((line, i) => line.split(",").map((v, j) => (i > 0 && j >= 3 && v !== "" ? Number(v) : v)));
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Answers", grid as never);
  wb.select("Answers", `A1:F${grid.length}`);
  workbookInUse = wb;
  const user = await openWizard();
  await screen.findByText("Answers to analyse: 588."); // 600 answers, 8 without an NPS, 4 without a segment
  expect(screen.getByRole("combobox", { name: "Score column" }).textContent).toContain("Likely to recommend (0-10) (D)");
  await user.click(screen.getByRole("combobox", { name: "Score column" }));
  await user.click(screen.getByRole("option", { name: "CSAT (1-5) (E)" }));
  // The CSV's blank CSAT cells: the rows hold other answers, so they are skipped, not "empty".
  await screen.findByText("Answers to analyse: 591.");
  expect(screen.getByText(/^Rows that will be skipped because CSAT \(1-5\) is blank: 5 \(rows /)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByRole("radio", { name: "CSAT: satisfaction, share in the top box" })).toHaveProperty("checked", true);
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText(/^CSAT \d+% \(95% CI \d+% to \d+%\) from 591 answers: \d+ satisfied \(answers 4-5 on the 1-5 scale\)\. Mean answer \d\.\d\d\.$/);
  expect(screen.getByRole("table", { name: "Trend by month" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “CSAT”. Your data was not changed.");
  const sheet = wb.sheet("CSAT")!;
  const { report } = csatAnalysis(readVocTable(grid, { score: 4, group: 2 }), { scale: 5, topBox: 4 });
  expect(tableBody(sheet, "CSAT_Csat")).toEqual(findTable(report, "csat").rows);
  expect(tableBody(sheet, "CSAT_ByGroup")).toEqual(findTable(report, "byGroup").rows);
  expect(tableBody(sheet, "CSAT_ByPeriod")).toHaveLength(12);
  expect(sheet.charts.map((c) => c.title)).toEqual(["Answers by score", "CSAT by Segment", "CSAT by month"]);
  expect(sheet.values.flat()).toContain("=CX.CSAT(Answers!E1:E601)");
}, 30000);

test("a text answer stops at the data step with the cell to fix", async () => {
  const rows = ANSWERS.map((r) => [...r]);
  rows[3][3] = "n/a" as never;
  workbookInUse = workbook(rows);
  await openWizard();
  await screen.findByText(
    "This data cannot be analysed yet. How likely are you to recommend us?, row 5: 'n/a' is not a number. Fix the cell in the sheet or choose another column, then read the range again.",
  );
  expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
});

test("no column of scores: the pane says so and waits for a choice", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Notes", [["Customer", "Comment"], ["K1", "Great service"], ["K2", "Too slow"]]);
  wb.select("Notes", "A1:B3");
  workbookInUse = wb;
  await openWizard();
  await screen.findByText("Choose the column with the scores (the answers as numbers, such as 0-10). No column was recognised as one.");
  expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
});

test("an answer outside the scale stops the run with the row, and the options stay open", async () => {
  const rows = ANSWERS.map((r) => [...r]);
  rows[6][3] = 11 as never;
  workbookInUse = workbook(rows);
  const user = await openWizard();
  await screen.findByText("Answers to analyse: 10.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByText(/row 8: 11 is not a whole number from 0 to 10 \(NPS answers run from 0 to 10\)/);
  expect(screen.getByRole("button", { name: "Run analysis" })).toBeTruthy();
});

test("in Chinese: the pane and the sheet speak Chinese, the user's segment names stay as they are", async () => {
  workbookInUse = workbook();
  const user = await openWizard("zh");
  await screen.findByText("将分析 10 个答案。");
  await user.click(screen.getByRole("button", { name: "下一步" }));
  await user.click(screen.getByRole("button", { name: "运行分析" }));
  await screen.findByText("NPS 为 20（95% 置信区间 -34 至 74），共 10 个答案：推荐者（9-10 分）50%，被动者（7-8 分）20%，贬损者（0-6 分）30%。");
  expect(screen.getByRole("heading", { name: "这些数字的含义" })).toBeTruthy();
  const segments = within(screen.getByRole("table", { name: "按分群" })).getAllByRole("row").map((r) => r.textContent);
  expect(segments[0]).toBe("Segment答案数净推荐值95% 置信区间下限95% 置信区间上限");
  expect(segments.slice(1).map((r) => r!.replace(/[-\d]+/g, ""))).toEqual(["Gold", "Silver", "合计"]);
  await user.click(screen.getByRole("button", { name: "插入到工作簿" }));
  await screen.findByText("结果已写入新工作表“NPS”。您的数据没有被修改。");
  const sheet = workbookInUse.sheet("NPS")!;
  expect(sheet.values[0][0]).toBe("净推荐值（NPS）仪表板");
  const byGroup = sheet.tables.find((t) => t.name === "NPS_ByGroup")!;
  expect(sheet.values[byGroup.row].slice(byGroup.col, byGroup.col + 9)).toEqual([
    "分群",
    "受访人数",
    "推荐者",
    "被动者",
    "贬损者",
    "净推荐值",
    "标准误",
    "95% 置信区间下限",
    "95% 置信区间上限",
  ]);
  expect(tableBody(sheet, "NPS_ByGroup").map((r) => r[0])).toEqual(["Gold", "Silver", "合计"]);
  expect(sheet.charts.map((c) => c.title)).toEqual(["各得分的答案数", "NPS（按分群）", "NPS（按月）"]);
  expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["贬损者（0-6 分）", "被动者（7-8 分）", "推荐者（9-10 分）"]);
});
