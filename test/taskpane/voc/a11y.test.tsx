/** @jest-environment jsdom */
// axe-core on every step of the NPS, CSAT and CES wizard, in both languages (jsdom has no layout,
// so color contrast is left to the Chromium end-to-end test).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { epochDayFromYmd, serialFromEpochDay } from "../../../src/core/table/date";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

const SCORES = [10, 9, 9, 10, 9, 8, 7, 3, 6, 0, 9, 4];

test.each(["en", "zh"] as const)("no serious or critical axe violations on any step (%s)", async (language) => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Survey", [
    ["Segment", "Date", "NPS"],
    ...SCORES.map((s, i) => [i % 3 === 0 ? "Gold" : "Silver", serialFromEpochDay(epochDayFromYmd(2024, 1 + (i % 4), 3 + i)!), s]),
  ]);
  wb.select("Survey", `A1:C${SCORES.length + 1}`);
  const user = userEvent.setup();
  render(<App initialLanguage={language} gateway={wb} />);
  const name = (en: string, zh: string) => (language === "en" ? en : zh);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Open NPS, CSAT and CES wizard", "打开 NPS、CSAT 和 CES 向导") }));
  await user.click(screen.getByRole("button", { name: name("Use current selection", "使用当前选区") }));
  await screen.findByText(name(`Answers to analyse: ${SCORES.length}.`, `将分析 ${SCORES.length} 个答案。`));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Next", "下一步") }));
  await user.click(screen.getByRole("radio", { name: name("CSAT: satisfaction, share in the top box", "CSAT：满意度，最高档答案的占比") }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("radio", { name: name("NPS: likelihood to recommend, 0-10", "NPS：推荐意愿，0-10 分") }));
  await user.click(screen.getByRole("button", { name: name("Run analysis", "运行分析") }));
  await screen.findByRole("button", { name: name("Insert into workbook", "插入到工作簿") });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Insert into workbook", "插入到工作簿") }));
  await screen.findByRole("button", { name: name("Go to sheet", "转到工作表") });
  expect(await seriousViolations()).toEqual([]);
}, 30000);
