/** @jest-environment jsdom */
// axe-core on every step of the wizard (jsdom has no layout, so color contrast is checked in
// the Chromium end-to-end test instead).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { serialFromEpochDay } from "../../../src/core/table/date";
import { ROWS, day } from "../../core/rfm/fixture";

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test.each(["en", "zh"] as const)("no serious or critical axe violations on any step (%s)", async (language) => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", [["Customer", "Date", "Amount"], ...ROWS.map((r) => [r[0], serialFromEpochDay(day(r[1])), r[2]])]);
  wb.select("Orders", "A1:C11");
  const user = userEvent.setup();
  render(<App initialLanguage={language} gateway={wb} />);
  const name = (en: string, zh: string) => (language === "en" ? en : zh);
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Open RFM wizard", "打开 RFM 向导") }));
  await user.click(screen.getByRole("button", { name: name("Use current selection", "使用当前选区") }));
  await screen.findByText(name("Transactions to analyse: 10.", "将分析 10 笔交易。"));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Next", "下一步") }));
  await user.click(screen.getByRole("radio", { name: name("My segment map (a range)", "我的分群表（一个区域）") }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("radio", { name: name("Standard 11 segments", "标准 11 个分群") }));
  await user.click(screen.getByRole("button", { name: name("Run analysis", "运行分析") }));
  await screen.findByRole("button", { name: name("Insert into workbook", "插入到工作簿") });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Insert into workbook", "插入到工作簿") }));
  await screen.findByRole("button", { name: name("Go to sheet", "转到工作表") });
  expect(await seriousViolations()).toEqual([]);
});
