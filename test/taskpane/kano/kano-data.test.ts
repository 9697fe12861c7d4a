// The Kano data step's logic: which header names which question of which feature, how the
// columns of an export are paired, the preview, what is skipped, and the engine's grids.
import type { RangeData } from "../../../src/excel/gateway";
import { firstBadAnswer, kanoGrids, runKanoTask } from "../../../src/taskpane/compute/kano-task";
import { autoPair, headerSide, initialKanoHeader, inspectKano, kanoPreviewRows, kanoTaskInput, pairingProblem, previewCell } from "../../../src/taskpane/kano/kano-data";

/** A range on sheet "Survey" starting at A1 (or at the given 0-based row and column). */
function range(values: unknown[][], row = 0, col = 0): RangeData {
  return { row, col, rows: values.length, cols: values[0].length, sheet: "Survey", address: `Survey!A${row + 1}`, values };
}

describe("headerSide", () => {
  test.each([
    ["Wifi (functional)", "functional", "Wifi"],
    ["Wifi (dysfunctional)", "dysfunctional", "Wifi"],
    ["Wifi - Functional", "functional", "Wifi"],
    ["wifi_dysfunctional", "dysfunctional", "wifi"],
    ["Wifi if present", "functional", "Wifi"],
    ["Wifi if absent", "dysfunctional", "Wifi"],
    ["Functional: Wifi", "functional", "Wifi"],
    ["With free parking", "functional", "free parking"],
    ["Without free parking", "dysfunctional", "free parking"],
    ["Q1F", "functional", "Q1"],
    ["Q1D", "dysfunctional", "Q1"],
    ["Q12_F", "functional", "Q12"],
    ["GPS D", "dysfunctional", "GPS"],
    ["F1", "functional", "1"],
    ["D1", "dysfunctional", "1"],
    ["Wifi（功能）", "functional", "Wifi"],
    ["Wifi（反功能）", "dysfunctional", "Wifi"],
    ["无线网络-正向问题", "functional", "无线网络"],
    ["无线网络-反向问题", "dysfunctional", "无线网络"],
    ["功能：停车", "functional", "停车"],
    ["反功能：停车", "dysfunctional", "停车"],
    ["Wifi (importance)", "importance", "Wifi"],
    ["Q1 I", "importance", "Q1"],
  ])("%j -> %s of %j", (header, side, stem) => {
    expect(headerSide(header)).toEqual({ side, stem });
  });

  test.each(["Respondent", "Customer ID", "Bandwidth", "Positioning", "Fast checkout", "Wifi", "Android", "NPS", ""])("%j has no marker", (header) => {
    expect(headerSide(header)).toBeUndefined();
  });
});

describe("initialKanoHeader", () => {
  test("text that is not an answer above answers is a header", () => {
    expect(initialKanoHeader([["Id", "Wifi F", "Wifi D"], ["r1", "I like it", 5]])).toBe(true);
  });
  test("a first row of answers or numbers is not", () => {
    expect(initialKanoHeader([["I like it", "I dislike it"], ["1", "5"]])).toBe(false);
    expect(initialKanoHeader([[1, 5], [2, 5]])).toBe(false);
    expect(initialKanoHeader([["Wifi F", "Wifi D"]])).toBe(false);
  });
});

describe("autoPair", () => {
  test("pairs by marker, whatever the column order, and leaves out ids and comments", () => {
    const r = range([
      ["Respondent", "Pool (dysfunctional)", "Wifi (functional)", "Pool (functional)", "Comment", "Wifi (dysfunctional)"],
      ["r1", "I dislike it", "I like it", "I expect it", "great", "I am neutral"],
      ["r2", "I am neutral", "I like it", "I like it", "", "I dislike it"],
    ]);
    expect(autoPair(r, true)).toEqual({
      pairs: [
        { name: "Wifi", functional: 2, dysfunctional: 5, importance: -1 },
        { name: "Pool", functional: 3, dysfunctional: 1, importance: -1 },
      ],
      unpaired: [],
      other: [0, 4],
    });
  });

  test("question codes Q1F/Q1D with importance Q1I", () => {
    const r = range([
      ["Q1F", "Q1D", "Q1I", "Q2F", "Q2D"],
      [1, 5, 4, 2, 5],
      [1, 3, 5, 3, 5],
    ]);
    expect(autoPair(r, true).pairs).toEqual([
      { name: "Q1", functional: 0, dysfunctional: 1, importance: 2 },
      { name: "Q2", functional: 3, dysfunctional: 4, importance: -1 },
    ]);
  });

  test("Chinese markers 功能 / 反功能", () => {
    const r = range([
      ["编号", "停车（功能）", "停车（反功能）", "早餐（功能）", "早餐（反功能）"],
      ["A1", "我喜欢", "我不喜欢", "理所当然", "我不喜欢"],
    ]);
    expect(autoPair(r, true).pairs.map((p) => [p.name, p.functional, p.dysfunctional])).toEqual([
      ["停车", 1, 2],
      ["早餐", 3, 4],
    ]);
  });

  test("without markers (or without a header), answer columns pair in order; an odd one out is unpaired", () => {
    const values = [
      ["Id", "Wifi", "Wifi ", "Pool", "Pool ", "Spa"],
      ["r1", 1, 5, 2, 5, 3],
      ["r2", 3, 3, 1, 4, 3],
    ];
    const withHeader = autoPair(range(values), true);
    expect(withHeader.pairs.map((p) => [p.name, p.functional, p.dysfunctional])).toEqual([
      ["Wifi", 1, 2],
      ["Pool", 3, 4],
    ]);
    expect(withHeader.unpaired).toEqual([5]);
    expect(withHeader.other).toEqual([0]);
    const noHeader = autoPair(range(values.slice(1)), false);
    expect(noHeader.pairs.map((p) => [p.name, p.functional, p.dysfunctional])).toEqual([
      ["Feature 1", 1, 2],
      ["Feature 2", 3, 4],
    ]);
  });
});

test("pairingProblem", () => {
  expect(pairingProblem([])).toBe("none");
  expect(pairingProblem([{ name: "a", functional: 1, dysfunctional: -1, importance: -1 }])).toBe("incomplete");
  expect(pairingProblem([{ name: "a", functional: 1, dysfunctional: 1, importance: -1 }])).toBe("duplicate");
  expect(pairingProblem([{ name: "a", functional: 1, dysfunctional: 2, importance: 2 }])).toBe("duplicate");
  expect(pairingProblem([{ name: "a", functional: 1, dysfunctional: 2, importance: 3 }])).toBeUndefined();
});

test("previewCell shows the category and each answer as the code it is read as", () => {
  expect(previewCell("I like it", "I dislike it", 5)).toBe("O (1 / 5)");
  expect(previewCell(2, 5, 5)).toBe("M (2 / 5)");
  expect(previewCell("我喜欢", "能忍受", 5)).toBe("A (1 / 4)");
  expect(previewCell(1, 3, 3)).toBe("O (1 / 3)");
  expect(previewCell("I am neutral", "I dislike it", 3)).toBe("M (2 / 3)");
  expect(previewCell("", 5, 5)).toBe("– (– / 5)");
  expect(previewCell("maybe", 5, 5)).toBe("? (maybe / 5)");
  expect(previewCell("", null, 5)).toBe("");
});

describe("a survey below a title row (data from sheet row 3)", () => {
  // Sheet rows 2 (header) to 6, columns B:E; row 5 skips Pool, row 6 is empty.
  const values = [
    ["Wifi F", "Wifi D", "Pool F", "Pool D"],
    [1, 5, 1, 3],
    ["I expect it", "I dislike it", 3, 3],
    [3, 3, "", 4],
    ["", "", "", ""],
  ];
  const r = range(values, 1, 1);
  const pairs = autoPair(r, true).pairs;

  test("pairs, preview and inspection name sheet rows", () => {
    expect(pairs.map((p) => p.name)).toEqual(["Wifi", "Pool"]);
    expect(kanoPreviewRows(r, true, pairs, 5).map((x) => x.row)).toEqual([3, 4, 5, 6]);
    expect(kanoPreviewRows(r, true, pairs, 5)[0].cells).toEqual(["O (1 / 5)", "A (1 / 3)"]);
    expect(inspectKano(r, true, pairs)).toEqual({ respondents: 3, blanks: [{ name: "Pool", count: 1, firstRows: [5] }], emptyRows: 1 });
  });

  test("the engine's grids put sheet row k at grid row k", () => {
    const input = kanoTaskInput(r, true, pairs);
    expect(input.columnNames).toEqual(["Wifi F", "Wifi D", "Pool F", "Pool D"]);
    const grids = kanoGrids(input, false);
    expect(grids.functional[2]).toEqual([1, 1]); // sheet row 3
    expect(grids.dysfunctional[3]).toEqual(["I dislike it", 3]); // sheet row 4
    expect(grids.functional.slice(0, 2)).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(grids.importance).toBeUndefined();
  });

  test("the task classifies and names sheet rows in the respondents table", () => {
    const out = runKanoTask(kanoTaskInput(r, true, pairs), { scale: 5, useImportance: false, respondents: true });
    expect(out.respondents).toBe(3);
    expect(out.features.map((f) => [f.name, f.n, f.blank, f.category])).toEqual([
      ["Wifi", 3, 0, "M"], // O, M, I: tie broken M > O > I
      ["Pool", 2, 1, "A"], // A, I
    ]);
    const respondents = out.report.tables.find((t) => t.name === "respondents")!;
    expect(respondents.rows).toEqual([
      [3, "O", "A"],
      [4, "M", "I"],
      [5, "I", ""],
    ]);
  });

  test("a cell that is not an answer is reported with its column and sheet row", () => {
    const bad = range([["Wifi F", "Wifi D"], [1, 5], [1, "maybe"]], 1, 1);
    const input = kanoTaskInput(bad, true, autoPair(bad, true).pairs);
    expect(firstBadAnswer(input, 5)).toEqual({ column: "Wifi D", row: 4, value: "'maybe'" });
    expect(() => runKanoTask(input, { scale: 5, useImportance: false, respondents: false })).toThrow("Wifi D, row 4: 'maybe' is not a Kano answer");
  });
});

test("importance columns pair with their feature and give its mean rating when asked for", () => {
  const r = range([
    ["Wifi (functional)", "Wifi (dysfunctional)", "Wifi (importance)", "Pool (functional)", "Pool (dysfunctional)"],
    [1, 5, 9, 1, 3],
    [2, 5, 7, 1, 4],
    [3, 3, "", 3, 3],
  ]);
  const pairs = autoPair(r, true).pairs;
  expect(pairs.map((p) => [p.name, p.importance])).toEqual([
    ["Wifi", 2],
    ["Pool", -1],
  ]);
  const input = kanoTaskInput(r, true, pairs);
  const withImportance = runKanoTask(input, { scale: 5, useImportance: true, respondents: false });
  expect(withImportance.features.map((f) => [f.importance, f.importanceN])).toEqual([
    [8, 2], // (9 + 7) / 2; the blank rating is skipped
    [undefined, undefined],
  ]);
  expect(withImportance.report.tables.map((t) => t.name)).toEqual(["features", "shares", "betterWorse", "continuous"]);
  expect(withImportance.report.tables[0].header.at(-1)).toBe("Importance");
  const without = runKanoTask(input, { scale: 5, useImportance: false, respondents: true });
  expect(without.features[0].importance).toBeUndefined();
  expect(without.report.tables.map((t) => t.name)).toContain("respondents");
});
