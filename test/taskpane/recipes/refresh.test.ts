// Stored analyses without the pane: a recipe survives saving and reopening the workbook; a refresh
// after rows were appended to the source table gives, cell for cell, the sheet a fresh run on all
// rows gives; moved columns stop a refresh; a conflicting edit is retried once, then rethrown with
// the old sheet intact; a sheet deleted meanwhile is written anew.
import { WorkbookError, type RangeData } from "../../../src/excel/gateway";
import { MemoryWorkbook, type MemorySheetView } from "../../../src/excel/memory-gateway";
import { clvSheetRequest, type ClvState, runClv } from "../../../src/taskpane/clv/clv-recipe";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { kanoSheetRequest, kanoState, runKano } from "../../../src/taskpane/kano/kano-recipe";
import { ColumnsChangedError } from "../../../src/taskpane/recipes/columns";
import { recipeKindDef } from "../../../src/taskpane/recipes/kinds";
import { recipeSource, type RecipeKind, type SheetRequest } from "../../../src/taskpane/recipes/recipe";
import { refreshAll, refreshRecipe, UnknownKindError } from "../../../src/taskpane/recipes/refresh";
import { addRecipe, loadRecipes, RECIPES_SETTING } from "../../../src/taskpane/recipes/store";
import { transactionState } from "../../../src/taskpane/recipes/transaction-state";
import { writeReport } from "../../../src/taskpane/wizard/insert-report";
import { orders } from "../clv/orders-fixture";

const runner = inThreadRunner;

/** A workbook whose sheet "Data" holds the header and the first `rows` rows of `values`, as the Excel table "Source". */
function tableWorkbook(values: unknown[][], rows: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Data", values.slice(0, rows + 1));
  wb.addTable("Data", "Source", `A1:${String.fromCharCode(64 + values[0].length)}${rows + 1}`);
  return wb;
}

/** What a wizard's insert does with a sheet request: write it and store the recipe. */
async function insertAndStore(wb: MemoryWorkbook, kind: RecipeKind, range: RangeData, state: unknown, request: SheetRequest) {
  const written = await writeReport(wb, request.report, request.options);
  return addRecipe(wb, { kind, title: request.options.baseName, source: recipeSource(range, true), state, tables: written.tables }, written.sheet, "en");
}

/** Everything a sheet shows: values, formats, styles, tables, charts, color scales, widths. */
function content(sheet: MemorySheetView) {
  return { values: sheet.values, formats: sheet.formats, styles: sheet.styles, tables: sheet.tables, charts: sheet.charts, colorScales: sheet.colorScales, widths: sheet.columnWidths };
}

/** The sheet a fresh run of `kind` with `state` on all of `values` writes, in a workbook of its own. */
async function freshSheet(values: unknown[][], kind: RecipeKind, state: unknown, sheetName: string): Promise<MemorySheetView> {
  const wb = tableWorkbook(values, values.length - 1);
  const request = await recipeKindDef(kind)!.rebuild(await wb.readRange("Source"), state, { runner, language: "en" });
  await writeReport(wb, request.report, request.options);
  return wb.sheet(sheetName)!;
}

function tableRows(sheet: MemorySheetView, name: string): unknown[][] {
  const t = sheet.tables.find((x) => x.name === name)!;
  return sheet.values.slice(t.row + 1, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
}

/** Six Kano respondents worked by hand in test/taskpane/kano/wizard.test.tsx. */
const SURVEY = [
  ["Respondent", "Wifi (functional)", "Wifi (dysfunctional)", "Pool (functional)", "Pool (dysfunctional)"],
  ["r1", "I expect it", "I dislike it", 1, 3],
  ["r2", "I am neutral", "I dislike it", 1, 4],
  ["r3", "I like it", "I dislike it", 1, 5],
  ["r4", "I am neutral", "I am neutral", 3, 3],
  ["r5", "I like it", "I am neutral", 1, 2],
  ["r6", "I can live with it", "I dislike it", "", ""],
];
const PAIRS = [
  { name: "Wifi", functional: 1, dysfunctional: 2, importance: -1 },
  { name: "Pool", functional: 3, dysfunctional: 4, importance: -1 },
];

async function kanoWorkbook() {
  const wb = tableWorkbook(SURVEY, 4);
  const range = await wb.readRange("Source");
  const state = kanoState(range, true, PAIRS, { scale: 5, useImportance: true, respondents: true });
  const recipe = await insertAndStore(wb, "kano", range, state, kanoSheetRequest("en", range, await runKano(runner, range, state), state));
  return { wb, state, recipe };
}

test("a stored recipe survives saving and reopening the workbook", async () => {
  const { wb, recipe } = await kanoWorkbook();
  expect(recipe).toMatchObject({
    kind: "kano",
    title: "Kano",
    sheet: "Kano",
    language: "en",
    source: { address: "Data!A1:E5", growsWith: "Source", hasHeader: true },
    state: {
      hasHeader: true,
      pairs: PAIRS,
      headers: ["Wifi (functional)", "Wifi (dysfunctional)", "", "Pool (functional)", "Pool (dysfunctional)", ""],
      // No pair has an importance column, so the run did not use importance.
      settings: { scale: 5, useImportance: false, respondents: true },
    },
  });
  // The tables the run made, as the plan named them (the respondents' large table laid out last).
  expect(recipe.tables!.slice().sort()).toEqual(wb.sheet("Kano")!.tables.map((t) => t.name).sort());
  expect(recipe.tables).toContain("Kano_Features");
  expect(recipe.tables![recipe.tables!.length - 1]).toBe("Kano_Respondents");
  const reopened = MemoryWorkbook.open(wb.saveFile());
  expect(await loadRecipes(reopened)).toEqual([recipe]);
  // Plain JSON: what was stored is what JSON gives back.
  expect(JSON.parse((await reopened.readSetting(RECIPES_SETTING))!)).toEqual({ version: 1, analyses: [recipe] });
});

test("Kano: a refresh after appending rows equals a fresh run on all rows", async () => {
  const { wb, state, recipe } = await kanoWorkbook();
  // Four respondents first: Wifi M, M, O, I (must-be, n = 4).
  expect(tableRows(wb.sheet("Kano")!, "Kano_Features")[0].slice(0, 9)).toEqual(["Wifi", 4, "Must-be", 0, 1, 2, 1, 0, 0]);
  wb.appendRows("Data", SURVEY.slice(5));
  const result = await refreshRecipe(recipe, { gateway: wb, runner, now: new Date("2025-02-01T10:00:00Z") });
  expect(result.status).toBe("replaced");
  expect(wb.sheetNames).toEqual(["Data", "Kano"]);
  const sheet = wb.sheet("Kano")!;
  expect(content(sheet)).toEqual(content(await freshSheet(SURVEY, "kano", state, "Kano")));
  // By hand, all six: Wifi A 1, O 1, M 3, I 1 -> must-be; Better 2/6, Worse -4/6. Pool: A 3, O 1, I 1 of 5.
  const features = tableRows(sheet, "Kano_Features");
  expect(features[0].slice(0, 9)).toEqual(["Wifi", 6, "Must-be", 1, 1, 3, 1, 0, 0]);
  expect(features[0][12]).toBeCloseTo(2 / 6, 12);
  expect(features[0][13]).toBeCloseTo(-4 / 6, 12);
  expect(features[1].slice(0, 9)).toEqual(["Pool", 5, "Attractive", 3, 1, 0, 1, 0, 0]);
  // The same table names as before (the old sheet's tables went with it).
  expect(sheet.tables.map((t) => t.name).sort()).toEqual(recipe.tables!.slice().sort());
  const [stored] = await loadRecipes(wb);
  expect(stored).toEqual({ ...recipe, source: { address: "Data!A1:E7", growsWith: "Source", hasHeader: true }, refreshed: "2025-02-01T10:00:00.000Z" });
});

test("lifetime value: a refresh after appending rows equals a fresh run on all rows", async () => {
  const values = orders();
  // The orders are customer after customer: the first 70% of rows hold fewer customers than all 300.
  const first = Math.floor((values.length - 1) * 0.7);
  const wb = tableWorkbook(values, first);
  const range = await wb.readRange("Source");
  const state: ClvState = { ...transactionState(range, true, { customer: 0, date: 1, amount: 2 }), settings: { model: "bgnbd", horizonMonths: 12, annualDiscountRate: 0.1, margin: 1, asOf: "", calibrationEnd: "" } };
  expect(state.headers).toEqual(["Customer", "Date", "Amount"]);
  const recipe = await insertAndStore(wb, "clv", range, state, clvSheetRequest("en", range, await runClv(runner, range, state), state));
  const before = tableRows(wb.sheet("CLV")!, "CLV_Customers").length;
  expect(before).toBeLessThan(300);
  wb.appendRows("Data", values.slice(first + 1));
  expect((await refreshRecipe(recipe, { gateway: wb, runner })).status).toBe("replaced");
  const sheet = wb.sheet("CLV")!;
  expect(tableRows(sheet, "CLV_Customers")).toHaveLength(300);
  expect(content(sheet)).toEqual(content(await freshSheet(values, "clv", state, "CLV")));
  expect(sheet.values.flat()).toContain(`=CX.LTV(Data!A1:A${values.length},Data!B1:B${values.length},Data!C1:C${values.length})`);
}, 60000);

test("moved columns stop a refresh with the column named; nothing is written", async () => {
  const { wb, recipe } = await kanoWorkbook();
  const sheet = content(wb.sheet("Kano")!);
  // A colleague retitles column C: the stored pair would now read another question.
  const data = wb.saveFile();
  data.sheets[0].cells[0]![2] = { value: "Bar (functional)" };
  const edited = MemoryWorkbook.open(data);
  const error = await refreshRecipe(recipe, { gateway: edited, runner }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ColumnsChangedError);
  expect(error).toMatchObject({ letter: "C", expected: "Wifi (dysfunctional)", found: "Bar (functional)" });
  expect(content(edited.sheet("Kano")!)).toEqual(sheet);
});

test("a conflicting edit during the write is retried once, then rethrown with the old sheet intact", async () => {
  const { wb, recipe } = await kanoWorkbook();
  wb.appendRows("Data", SURVEY.slice(5));
  const before = content(wb.sheet("Kano")!);
  // Someone edits the sheet during every attempt.
  const replace = wb.replaceSheet.bind(wb);
  let attempts = 0;
  wb.replaceSheet = (existing, plan, onProgress) => {
    attempts++;
    wb.failNextWrite(10, new WorkbookError("conflict", "edited by a co-author"));
    return replace(existing, plan, onProgress);
  };
  const error = await refreshRecipe(recipe, { gateway: wb, runner }).catch((e: unknown) => e);
  expect(error).toMatchObject({ kind: "conflict" });
  expect(attempts).toBe(2);
  expect(wb.sheetNames).toEqual(["Data", "Kano"]);
  expect(content(wb.sheet("Kano")!)).toEqual(before);
  expect(await loadRecipes(wb)).toEqual([recipe]);
});

test("a sheet deleted by a co-author during the replace: the retry writes it anew", async () => {
  const { wb, recipe } = await kanoWorkbook();
  wb.duringNextWrite((w) => w.deleteSheet("Kano"));
  const result = await refreshRecipe(recipe, { gateway: wb, runner });
  expect(result).toMatchObject({ status: "recreated", previous: "Kano", recipe: { sheet: "Kano" } });
  expect(wb.sheetNames).toEqual(["Data", "Kano"]);
});

test("a declined confirmation leaves everything as it was", async () => {
  const { wb, recipe } = await kanoWorkbook();
  wb.appendRows("Data", SURVEY.slice(5));
  const before = content(wb.sheet("Kano")!);
  const questions: unknown[] = [];
  const result = await refreshRecipe(recipe, { gateway: wb, runner, confirm: async (q) => (questions.push({ sheet: q.sheet, address: q.address, rows: q.rows }), false) });
  expect(result).toEqual({ status: "cancelled" });
  // Six respondents under the header row of Data!A1:E7.
  expect(questions).toEqual([{ sheet: "Kano", address: "Data!A1:E7", rows: 6 }]);
  expect(content(wb.sheet("Kano")!)).toEqual(before);
  expect(await loadRecipes(wb)).toEqual([recipe]);
});

test("refresh all: one after another, an unknown kind skipped, a failure kept to its own analysis", async () => {
  const { wb, recipe } = await kanoWorkbook();
  const newer = { ...recipe, id: "newer", kind: "journey-map" as RecipeKind, sheet: "Journey" };
  const lost = { ...recipe, id: "lost", source: { address: "Gone!A1:E5", hasHeader: true }, sheet: "Kano (2)" };
  await wb.writeSetting(RECIPES_SETTING, JSON.stringify({ version: 1, analyses: [recipe, newer, lost] }));
  const seen: string[] = [];
  const results = await refreshAll(await loadRecipes(wb), { gateway: wb, runner }, (id, s) => seen.push(`${id}:${s.status}`));
  expect(seen).toEqual([`${recipe.id}:running`, `${recipe.id}:replaced`, "lost:running", "lost:failed"]);
  expect(results.get("lost")).toMatchObject({ status: "failed", error: { kind: "bad-address" } });
  await expect(refreshRecipe(newer, { gateway: wb, runner })).rejects.toBeInstanceOf(UnknownKindError);
});
