/** @jest-environment jsdom */
// The survey wizard stores its run in the workbook: the recipe names the source table, the column
// mapping with its headers and the options; after answers are added under the table, the recipe's
// rebuild gives the engine's figures on all answers, and a refresh writes the sheet a fresh wizard
// run on all answers writes, cell for cell. A renamed column stops the rebuild with the message.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findTable } from "../../../src/core/report";
import { epochDayFromYmd, serialFromEpochDay } from "../../../src/core/table/date";
import { npsAnalysis, readVocTable } from "../../../src/core/voc";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { recipeKindDef } from "../../../src/taskpane/recipes/kinds";
import { refreshAddress, refreshRecipe } from "../../../src/taskpane/recipes/refresh";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import type { VocState } from "../../../src/taskpane/voc/voc-recipe";
import { describeFailure } from "../../../src/taskpane/wizard/messages";

jest.setTimeout(60000);

const serial = (y: number, m: number, d: number) => serialFromEpochDay(epochDayFromYmd(y, m, d)!);
const HEADER = ["Customer", "Segment", "Date", "How likely are you to recommend us?"];
/** The ten answers of wizard.test.tsx: 5 promoters, 2 passives, 3 detractors, NPS 20. */
const FIRST: unknown[][] = [
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
/** Four more in March: 2 promoters, 1 passive, 1 detractor. All 14: 7 promoters, 3 passives, 4 detractors, NPS 100 x 3 / 14 = 21.43. */
const MORE: unknown[][] = [
  ["K11", "Gold", serial(2024, 3, 2), 10],
  ["K12", "Silver", serial(2024, 3, 5), 2],
  ["K13", "Gold", serial(2024, 3, 9), 9],
  ["K14", "Silver", serial(2024, 3, 12), 7],
];

/** The survey as the Excel table "Answers" on the sheet "Survey". */
function surveyWorkbook(header = HEADER): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Survey", [header, ...FIRST]);
  wb.addTable("Survey", "Answers", "A1:D11");
  return wb;
}

/** Runs the NPS wizard on the selection `address` and inserts; returns the new sheet's name. */
async function runWizard(wb: MemoryWorkbook, address: string, answers: number): Promise<string> {
  cleanup();
  wb.select("Survey", address);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open NPS, CSAT and CES wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText(`Answers to analyse: ${answers}.`);
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  const done = await screen.findByText(/^Results written to the new sheet “(.+)”\. Your data was not changed\.$/);
  return /“(.+)”/.exec(done.textContent!)![1];
}

test("NPS: the stored recipe, a rebuild on the grown table equals the engine on all answers, a refresh equals a fresh run", async () => {
  const wb = surveyWorkbook();
  expect(await runWizard(wb, "A1:D11", 10)).toBe("NPS");

  const [recipe, ...others] = await loadRecipes(wb);
  expect(others).toEqual([]);
  expect(recipe).toMatchObject({ kind: "voc", title: "NPS", sheet: "NPS", language: "en", source: { address: "Survey!A1:D11", growsWith: "Answers", hasHeader: true } });
  const state = recipe.state as VocState;
  expect(state.mapping).toEqual({ score: 3, group: 1, date: 2 });
  expect(state.headers).toEqual(["How likely are you to recommend us?", "Segment", "Date"]);
  expect(state.settings).toMatchObject({ metric: "nps", confidence: 0.95, period: "month" });
  expect(JSON.parse(JSON.stringify(state))).toEqual(state); // plain JSON
  expect([...recipe.tables!].sort()).toEqual(["NPS_ByGroup", "NPS_ByPeriod", "NPS_Distribution", "NPS_Nps"]);

  // Four answers typed under the table: it grows, and the recipe re-reads it.
  wb.appendRows("Survey", MORE);
  expect(refreshAddress(recipe)).toBe("Answers");
  const range = await wb.readRange(refreshAddress(recipe)!);
  expect(range.address).toBe("Survey!A1:D15");
  const request = await recipeKindDef("voc")!.rebuild(range, recipe.state, { runner: inThreadRunner, language: "en" });
  const engine = npsAnalysis(readVocTable([HEADER, ...FIRST, ...MORE], { score: 3, group: 1, day: 2 }), { confidence: 0.95, period: "month" }).report;
  for (const name of ["nps", "byGroup", "byPeriod"]) expect(findTable(request.report, name).rows).toEqual(findTable(engine, name).rows);
  const [overall] = findTable(request.report, "nps").rows;
  expect(overall.slice(0, 4)).toEqual([14, 7 / 14, 3 / 14, 4 / 14]); // respondents, shares of promoters, passives, detractors
  expect(overall[4]).toBeCloseTo((100 * 3) / 14, 10);
  expect(findTable(request.report, "byPeriod").rows.map((r) => r[0])).toEqual(["2024-01", "2024-02", "2024-03"]);
  expect(request.options).toMatchObject({ baseName: "NPS", sourceAddress: "Survey!A1:D15", formula: "=CX.NPS(Survey!D1:D15)" });

  // The refresh replaces "NPS"; a fresh wizard run on all 14 answers writes "NPS (2)": the same cells.
  const refreshed = await refreshRecipe(recipe, { gateway: wb, runner: inThreadRunner });
  expect(refreshed.status).toBe("replaced");
  expect(await runWizard(wb, "A1:D15", 14)).toBe("NPS (2)");
  expect(wb.sheet("NPS")!.values).toEqual(wb.sheet("NPS (2)")!.values);
  expect(wb.sheet("NPS")!.values.flat()).toContain("By period: =CX.NPS.TREND(Survey!D1:D15,Survey!C1:C15)");
  expect(wb.sheet("NPS")!.charts.map((c) => c.title)).toEqual(wb.sheet("NPS (2)")!.charts.map((c) => c.title));
});

test("a renamed score column stops the rebuild with the message, before anything is computed", async () => {
  const wb = surveyWorkbook();
  await runWizard(wb, "A1:D11", 10);
  const [recipe] = await loadRecipes(wb);
  const renamed = surveyWorkbook(["Customer", "Segment", "Date", "Comment"]);
  const error = await recipeKindDef("voc")!
    .rebuild(await renamed.readRange("Answers"), recipe.state, { runner: inThreadRunner, language: "en" })
    .catch((e: unknown) => e);
  expect(describeFailure("en", error)).toBe(
    "The data has changed shape: column D was “How likely are you to recommend us?” when this analysis was made and is now “Comment”. Nothing was computed. Run the wizard again to map the columns.",
  );
});
