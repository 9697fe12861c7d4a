// The strategy-canvas wizard's pure parts on the hand-worked canvas of test/core/strategy: the grid
// read from a range, the problems naming their cell, the suggested levels, the analysis of a
// proposed curve, the explanation, the formula equivalent and the recipe's refresh.
import { findTable } from "../../../src/core/report";
import { readCanvas, valueCurveAnalysis } from "../../../src/core/strategy";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { inThreadRunner } from "../../../src/taskpane/compute/tasks";
import { analyseCanvas, suggestedLevels } from "../../../src/taskpane/strategy/canvas-analysis";
import { gridFromRange, gridProblems, proposedProblems, suggestImportanceColumn } from "../../../src/taskpane/strategy/canvas-grid";
import { canvasRecipe, canvasRecipeDraft, type CanvasRecipeState } from "../../../src/taskpane/strategy/canvas-recipe";
import { canvasFormula, canvasSheetRequest, defaultOfferingName } from "../../../src/taskpane/strategy/canvas-sheet";
import { canvasExplanation, problemText } from "../../../src/taskpane/strategy/canvas-text";

/*
 * The four-offering canvas (tolerance 0.5) with Kano Better as importance:
 *   factor         Ours  A  B  C  Better  industry  gap   action     proposed  ERRC (industry given)
 *   Price           1    3  4  5  0.8     4         -3    Reduce     0         Eliminate
 *   Lobby           0    2  3  4  0.1     3         -3    Eliminate  2         Raise (industry 3, not Create)
 *   Room size       2    2  3  2  0.5     7/3       -1/3  Match      1         Reduce
 *   Bed quality     5    3  3  3  0.9     3         +2    Raise      5         Keep
 *   Hygiene         3    3  2  4  0.7     3          0    Match      4         Raise
 *   Self check-in   4    0  0  0  0.6     0         +4    Create     4         Keep
 * Current: divergence 37/18, focus 2/6; weighted gap (-2.4 - 0.3 - 1/6 + 1.8 + 0 + 2.4) / 3.6 = 10/27.
 * Proposed gaps -4, -1, -4/3, 2, 1, 4: divergence (40/3) / 6 = 20/9, focus 2/6 (Bed quality, Self
 * check-in; Hygiene 4 only ties C); actions Eliminate, Reduce, Reduce, Raise, Raise, Create;
 * weighted gap (-3.2 - 0.1 - 2/3 + 1.8 + 0.7 + 2.4) / 3.6 = 7/27.
 */
const VALUES = [
  ["Factor", "Ours", "A", "B", "C", "Better"],
  ["Price", 1, 3, 4, 5, 0.8],
  ["Lobby", 0, 2, 3, 4, 0.1],
  ["Room size", 2, 2, 3, 2, 0.5],
  ["Bed quality", 5, 3, 3, 3, 0.9],
  ["Hygiene", 3, 3, 2, 4, 0.7],
  ["Self check-in", 4, 0, 0, 0, 0.6],
];
const PROPOSED = ["0", "2", "1", "5", "4", "4"];

async function readData(values: unknown[][] = VALUES) {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Data", values);
  return { wb, range: await wb.readRange("Data!A1:F7") };
}

const names = defaultOfferingName("en");

describe("the grid from a range", () => {
  test("factors, offerings from the header, importance column suggested by its header", async () => {
    const { range } = await readData();
    expect(suggestImportanceColumn(range, true)).toBe(5);
    const g = gridFromRange(range, { hasHeader: true, importance: 5 }, names);
    expect(g.factors).toEqual(["Price", "Lobby", "Room size", "Bed quality", "Hygiene", "Self check-in"]);
    expect(g.offerings).toEqual(["Ours", "A", "B", "C"]);
    expect(g.levels[0]).toEqual(["1", "3", "4", "5"]);
    expect(g.importance).toEqual(["0.8", "0.1", "0.5", "0.9", "0.7", "0.6"]);
    expect(gridProblems(g, 0)).toEqual([]);
    // Without the importance column it is one more offering, named by its header.
    expect(gridFromRange(range, { hasHeader: true, importance: -1 }, names).offerings).toEqual(["Ours", "A", "B", "C", "Better"]);
  });

  test("problems name the factor and offering of the cell, in plain words", async () => {
    const values = VALUES.map((r) => [...r]);
    values[3][2] = "high";
    values[5][4] = -2;
    values[2][5] = "";
    const { range } = await readData(values);
    const g = gridFromRange(range, { hasHeader: true, importance: 5 }, names);
    expect(gridProblems(g, 0).map((p) => problemText("en", p))).toEqual([
      "The importance of “Lobby” is blank: type a number, or hide the importance column.",
      "The level of “Room size” for “A” is “high”, not a number: type a number (0 = not offered).",
      "The level of “Hygiene” for “C” is -2: levels run from 0 (not offered) up.",
    ]);
    expect(problemText("zh", gridProblems(g, 0)[1])).toBe("“A”在“Room size”上的水平是“high”，不是数字：请输入数字（0 = 不提供）。");
    expect(proposedProblems({ ...g, proposed: ["1", "", "x", "-1", "2", "3"] }).map((p) => problemText("en", p))).toEqual([
      "The new level of “Lobby” is blank: type a number (0 = not offered).",
      "The new level of “Room size” is “x”, not a number: type a number (0 = not offered).",
      "The new level of “Bed quality” is -1: levels run from 0 (not offered) up.",
    ]);
  });
});

describe("the analysis", () => {
  test("current and proposed curve, ERRC moves, suggested levels", async () => {
    const { range } = await readData();
    const grid = { ...gridFromRange(range, { hasHeader: true, importance: 5 }, names), proposed: PROPOSED };
    const r = analyseCanvas({ grid, own: 0, tolerance: 0.5 });
    expect(r.rows.map((x) => x.action)).toEqual(["Reduce", "Eliminate", "Match", "Raise", "Match", "Create"]);
    expect(r.measures.divergence).toBeCloseTo(37 / 18, 12);
    expect(r.measures.focus).toBeCloseTo(1 / 3, 12);
    expect(r.measures.weightedGap).toBeCloseTo(10 / 27, 12);
    expect(r.errc.map((f) => f.action)).toEqual(["Eliminate", "Raise", "Reduce", "Keep", "Raise", "Keep"]);
    expect(r.proposedRows.map((x) => x.action)).toEqual(["Eliminate", "Reduce", "Reduce", "Raise", "Raise", "Create"]);
    expect(r.proposedMeasures.divergence).toBeCloseTo(20 / 9, 12);
    expect(r.proposedMeasures.focus).toBeCloseTo(1 / 3, 12);
    expect(r.proposedMeasures.weightedGap).toBeCloseTo(7 / 27, 12);
    // The same rows as =CX.VALUECURVE on the cells.
    const engine = valueCurveAnalysis(readCanvas(VALUES.map((row) => [row[0]]), VALUES.map((row) => row.slice(1, 5)), undefined, undefined, VALUES.map((row) => [row[5]])), { tolerance: 0.5 });
    expect(r.rows).toEqual(engine.rows);
    /*
     * Suggested: Reduce Price stays 1 (already below the lowest competitor, 3); Eliminate Lobby 0;
     * Match Room size (importance 0.5 below the median 0.65) to the lowest competitor, 2; Raise Bed
     * quality stays 5; Match Hygiene (0.7) up to the highest competitor, 4; Create stays 4.
     */
    expect(suggestedLevels(r.rows)).toEqual([1, 0, 2, 5, 4, 4]);
    // Without importance, Match factors keep their level.
    expect(suggestedLevels(r.rows.map((x) => ({ ...x, importance: undefined })))).toEqual([1, 0, 2, 5, 3, 4]);
  });

  test("the explanation reads the figures", async () => {
    const { range } = await readData();
    const grid = { ...gridFromRange(range, { hasHeader: true, importance: 5 }, names), proposed: PROPOSED };
    expect(canvasExplanation("en", analyseCanvas({ grid, own: 0, tolerance: 0.5 }))).toEqual([
      "Ours against 3 competitor(s) on 6 factor(s); the industry is the competitors' average.",
      "Ours stands out (above every competitor) on: Bed quality, Self check-in.",
      "It copies the industry (a gap of 0.5 or less) on: Room size, Hygiene. Copied factors do not set it apart: ask whether each is worth its cost.",
      "It offers less than the industry on: Price.",
      "It leaves out what the industry offers: Lobby.",
      "Only Ours offers: Self check-in.",
      "Divergence 2.06: on average its level is 2.06 from the industry's (0 would be a copy of the industry's curve). Focus 33%: it leads on 2 of 6 factors. A strong curve departs from the industry and leads on a few factors.",
      "Importance-weighted gap 0.37: above 0, so it invests more than the industry where customers care most.",
      // The more important half: Better 0.7, 0.8, 0.9 (Hygiene, Price, Bed quality); only Price trails.
      "It trails the industry on factors in the more important half: Price.",
      "The proposed curve: Eliminate Price; Reduce Room size; Raise Lobby, Hygiene. Divergence goes from 2.06 to 2.22, focus from 33% to 33%.",
    ]);
  });
});

describe("the sheet request", () => {
  test("the formula is =CX.VALUECURVE on the range while the grid is unedited", async () => {
    const { range } = await readData();
    const mapping = { hasHeader: true, importance: 5 };
    const grid = { ...gridFromRange(range, mapping, names), proposed: PROPOSED };
    expect(canvasFormula({ range, mapping }, grid, 0, 0.5)).toBe("=CX.VALUECURVE(Data!A1:A7,Data!B1:E7,,,0.5,Data!F1:F7)");
    expect(canvasFormula({ range, mapping }, grid, 2, 0)).toBe('=CX.VALUECURVE(Data!A1:A7,Data!B1:E7,,"B",,Data!F1:F7)');
    const renamed = { ...grid, offerings: ["Us", "A", "B", "C"] };
    expect(canvasFormula({ range, mapping }, renamed, 0, 0)).toBe('=CX.VALUECURVE(Data!A1:A7,Data!B1:E7,{"Us","A","B","C"},,,Data!F1:F7)');
    // The importance column between the offerings: CHOOSECOLS picks the levels.
    expect(canvasFormula({ range, mapping: { hasHeader: true, importance: 2 } }, gridFromRange(range, { hasHeader: true, importance: 2 }, names), 0, 0)).toBe(
      "=CX.VALUECURVE(Data!A1:A7,CHOOSECOLS(Data!A1:F7,2,4,5,6),,,,Data!C1:C7)",
    );
    // An edited level: the formula would not give the sheet's numbers, so there is none.
    const edited = { ...grid, levels: grid.levels.map((row, i) => (i === 0 ? ["2", ...row.slice(1)] : row)) };
    expect(canvasFormula({ range, mapping }, edited, 0, 0.5)).toBeUndefined();
  });

  test("the chart is a line per offering and the proposal, ours emphasised; the ERRC grid is laid out 2 x 2", async () => {
    const { range } = await readData();
    const grid = { ...gridFromRange(range, { hasHeader: true, importance: 5 }, names), proposed: PROPOSED };
    const { report, options } = canvasSheetRequest("en", analyseCanvas({ grid, own: 0, tolerance: 0.5 }), grid);
    expect(report.charts).toEqual([{ type: "line", title: "Strategy canvas", table: "canvas", category: "Factor", series: ["Ours", "A", "B", "C", "Ours (proposed)"], emphasis: ["Ours"] }]);
    expect(findTable(report, "errcTop")).toMatchObject({ header: ["Eliminate", "Raise"], rows: [["Price", "Lobby"], ["", "Hygiene"]] });
    expect(findTable(report, "errcBottom")).toMatchObject({ header: ["Reduce", "Create"], rows: [["Room size", "(none)"]] });
    expect(options).toMatchObject({ baseName: "Canvas", detailTables: [], sourceAddress: undefined, formula: undefined });
  });
});

describe("the recipe", () => {
  test("a refresh re-reads the range, keeps the proposals by factor name and the renamed offering", async () => {
    const { wb, range } = await readData();
    const mapping = { hasHeader: true, importance: 5 };
    const grid = { ...gridFromRange(range, mapping, names), offerings: ["Us", "A", "B", "C"], proposed: PROPOSED };
    const draft = canvasRecipeDraft("en", "Canvas", { grid, own: 0, tolerance: 0.5 }, { range, mapping });
    expect(draft.source).toEqual({ address: "Data!A1:F7", hasHeader: true });
    const state = draft.state as CanvasRecipeState;
    expect(state.rangeOfferings).toEqual(["Ours", "A", "B", "C"]);
    expect(state.importanceHeader).toBe("Better");

    // The source changes: rows reordered, B's price now 1, a new factor at the end.
    wb.addSheetWithValues("Data2", [VALUES[0], VALUES[2], ["Price", 1, 3, 1, 5, 0.8], ...VALUES.slice(3), ["Wifi", 3, 2, 2, 2, 0.4]]);
    const fresh = await wb.readRange("Data2!A1:F8");
    const req = await canvasRecipe.rebuild(fresh, state, { runner: inThreadRunner, language: "en" });
    const canvas = findTable(req.report, "canvas");
    expect(canvas.header).toEqual(["Factor", "Us", "A", "B", "C", "Us (proposed)"]);
    expect(canvas.rows.map((r) => [r[0], r[5]])).toEqual([
      ["Lobby", 2],
      ["Price", 0],
      ["Room size", 1],
      ["Bed quality", 5],
      ["Hygiene", 4],
      ["Self check-in", 4],
      ["Wifi", 3], // new: starts at our current level
    ]);
    // Price's industry is now (3 + 1 + 5) / 3 = 3.
    expect(findTable(req.report, "factors").rows[1].slice(0, 4)).toEqual(["Price", 0.8, 1, 3]);
    expect(req.options.sourceAddress).toBe("Data2!A1:F8");
  });

  test("a refresh stops when the importance column moved, and on a cell that no longer reads", async () => {
    const { wb, range } = await readData();
    const mapping = { hasHeader: true, importance: 5 };
    const state = canvasRecipeDraft("en", "Canvas", { grid: { ...gridFromRange(range, mapping, names), proposed: PROPOSED }, own: 0, tolerance: 0.5 }, { range, mapping }).state as CanvasRecipeState;
    wb.addSheetWithValues("Moved", VALUES.map((r) => [...r.slice(0, 5), "x", r[5]]));
    await expect(canvasRecipe.rebuild(await wb.readRange("Moved!A1:G7"), state, { runner: inThreadRunner, language: "en" })).rejects.toMatchObject({ name: "ColumnsChangedError", letter: "F" });
    const bad = VALUES.map((r) => [...r]);
    bad[1][3] = "n/a";
    wb.addSheetWithValues("Bad", bad);
    await expect(canvasRecipe.rebuild(await wb.readRange("Bad!A1:F7"), state, { runner: inThreadRunner, language: "en" })).rejects.toEqual({
      kind: "input",
      message: "The level of “Price” for “B” is “n/a”, not a number: type a number (0 = not offered).",
    });
  });
});
