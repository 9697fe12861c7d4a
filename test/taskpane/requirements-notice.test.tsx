/** @jest-environment jsdom */
// The notice an older Excel gets: nothing when everything is supported, else each unavailable
// feature in plain words with the sets it needs, and the Excel to use; in English and Chinese.
// On the home page, the wizards' Open buttons are disabled with the reason when sheets cannot
// be written.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { checkRequirements } from "../../src/excel/requirements";
import { MemoryWorkbook } from "../../src/excel/memory-gateway";
import { App } from "../../src/taskpane/App";
import { RequirementsNotice } from "../../src/taskpane/components/RequirementsNotice";
import { type Language, en, zh } from "../../src/taskpane/i18n/strings";

const ALL = checkRequirements(() => true);
// ExcelApi up to 1.7, no shared runtime (the sets Office's docs give for Excel 2019 volume-licensed).
const EXCEL_2019 = checkRequirements((name, version) => name === "ExcelApi" && ["1.4", "1.7"].includes(version));
const NOTHING = checkRequirements(() => false);

function notice(language: Language, check = EXCEL_2019) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RequirementsNotice language={language} check={check} />
    </FluentProvider>,
  );
}

const itemTexts = () => screen.getAllByRole("listitem").map((li) => li.textContent);

describe("RequirementsNotice", () => {
  test("renders nothing when every set is supported", () => {
    const { container } = notice("en", ALL);
    expect(container.textContent).toBe("");
    expect(screen.queryByRole("list")).toBeNull();
  });

  test("lists what an Excel 2019-like host lacks, in English", () => {
    notice("en");
    expect(screen.getByText(en.reqTitle)).toBeTruthy();
    expect(screen.queryByText(en.reqTitleNoWrite)).toBeNull();
    expect(screen.getByText(en.reqIntro)).toBeTruthy();
    expect(itemTexts()).toEqual([
      `${en.reqFeatureCustomFunctions} Needs SharedRuntime 1.1, CustomFunctionsRuntime 1.1.`,
      `${en.reqFeatureConvertSpills} Needs ExcelApi 1.12.`,
      `${en.reqFeatureSecondaryAxis} Needs ExcelApi 1.8.`,
      `${en.reqFeatureFormulaScan} Needs ExcelApi 1.9.`,
    ]);
    expect(screen.getByText(en.reqAdvice)).toBeTruthy();
  });

  test("the same in Chinese", () => {
    notice("zh");
    expect(screen.getByText(zh.reqTitle)).toBeTruthy();
    expect(itemTexts()).toEqual([
      `${zh.reqFeatureCustomFunctions} 需要 SharedRuntime 1.1, CustomFunctionsRuntime 1.1。`,
      `${zh.reqFeatureConvertSpills} 需要 ExcelApi 1.12。`,
      `${zh.reqFeatureSecondaryAxis} 需要 ExcelApi 1.8。`,
      `${zh.reqFeatureFormulaScan} 需要 ExcelApi 1.9。`,
    ]);
    expect(screen.getByText(zh.reqAdvice)).toBeTruthy();
    expect(document.body.textContent).not.toContain(en.reqAdvice);
  });

  test("without ExcelApi 1.7 it says the wizards cannot run, and lists all six features", () => {
    notice("en", NOTHING);
    expect(screen.getByText(en.reqTitleNoWrite)).toBeTruthy();
    const items = itemTexts();
    expect(items).toHaveLength(6);
    expect(items[0]).toBe(`${en.reqFeatureWriteSheets} Needs ExcelApi 1.7.`);
    expect(items[2]).toBe(`${en.reqFeatureStoredAnalyses} Needs ExcelApi 1.4.`);
  });
});

describe("home page with a requirement check", () => {
  function workbook(): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", [["Customer", "Date", "Amount"]]);
    return wb;
  }
  // The home page reads the stored analyses on mount: let that settle inside act.
  const renderHome = async (ui: ReactElement) => {
    await act(async () => {
      render(ui);
    });
  };

  test("an Excel that cannot write sheets: notice on top, Open buttons disabled with the reason", async () => {
    await renderHome(<App initialLanguage="en" gateway={workbook()} requirements={NOTHING} />);
    expect(screen.getByText(en.reqTitleNoWrite)).toBeTruthy();
    const open = screen.getByRole("button", { name: en.openRfmWizard });
    expect(open.getAttribute("aria-disabled")).toBe("true");
    const reason = document.getElementById(open.getAttribute("aria-describedby") ?? "");
    expect(reason?.textContent).toBe(en.reqOpenDisabled);
    await userEvent.click(open);
    // Still on the home page: the wizard did not open.
    expect(screen.getByRole("heading", { level: 2, name: en.analysesHeading })).toBeTruthy();
    const region = screen.getByRole("region", { name: en.rfmTitle });
    expect(within(region).getByText(en.reqOpenDisabled)).toBeTruthy();
  });

  test("an Excel lacking only optional sets: notice shown, the wizards open", async () => {
    await renderHome(<App initialLanguage="zh" gateway={workbook()} requirements={EXCEL_2019} />);
    expect(screen.getByText(zh.reqTitle)).toBeTruthy();
    const open = screen.getByRole("button", { name: zh.openRfmWizard });
    expect(open.getAttribute("aria-disabled")).toBeNull();
    expect(screen.queryByText(zh.reqOpenDisabled)).toBeNull();
    await userEvent.click(open);
    expect(screen.queryByRole("heading", { level: 2, name: zh.analysesHeading })).toBeNull();
  });

  test("everything supported: no notice, buttons enabled", async () => {
    await renderHome(<App initialLanguage="en" gateway={workbook()} requirements={ALL} />);
    expect(screen.queryByText(en.reqTitle)).toBeNull();
    expect(screen.queryByText(en.reqTitleNoWrite)).toBeNull();
    expect(screen.getByRole("button", { name: en.openRfmWizard }).getAttribute("aria-disabled")).toBeNull();
  });
});
