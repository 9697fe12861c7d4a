/** @jest-environment jsdom */
// axe-core on every step of the strategy-canvas wizard, in both languages, with the editable grid,
// a problem message and the results (jsdom has no layout, so color contrast is left to the
// Chromium end-to-end test).
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

test.each(["en", "zh"] as const)("no serious or critical axe violations on any step (%s)", async (language) => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Data", [
    ["Factor", "Ours", "A", "B", "Better"],
    ["Price", 1, 3, 4, 0.8],
    ["Lobby", 0, 2, 3, 0.1],
    ["Beds", 5, 3, 3, 0.9],
  ]);
  wb.select("Data", "A1:E4");
  const user = userEvent.setup();
  render(<App initialLanguage={language} gateway={wb} />);
  const name = (en: string, zh: string) => (language === "en" ? en : zh);
  await user.click(screen.getByRole("button", { name: name("Open strategy canvas wizard", "打开战略布局图向导") }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Use current selection", "使用当前选区") }));
  await screen.findByRole("textbox", { name: name("Factor 1", "因素 1") });
  expect(await seriousViolations()).toEqual([]);
  // A problem message in the grid.
  await user.clear(screen.getByRole("textbox", { name: name("Level of Price for A", "A 在 Price 上的水平") }));
  expect(await seriousViolations()).toEqual([]);
  await user.type(screen.getByRole("textbox", { name: name("Level of Price for A", "A 在 Price 上的水平") }), "3");
  await user.click(screen.getByRole("button", { name: name("Next", "下一步") }));
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Apply suggested levels", "应用建议水平") }));
  await user.click(screen.getByRole("button", { name: name("Show results", "查看结果") }));
  await screen.findByRole("button", { name: name("Insert into workbook", "插入到工作簿") });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Insert into workbook", "插入到工作簿") }));
  await screen.findByRole("button", { name: name("Go to sheet", "转到工作表") });
  expect(await seriousViolations()).toEqual([]);
}, 60000);
