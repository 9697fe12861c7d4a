/** @jest-environment node */
// The workbench's pure helpers: name-box addresses, charts from sheet ranges, cell looks.
import type { ChartPlan } from "../../src/excel/gateway";
import { contains, nameBoxText, parseNameBox } from "../../src/workbench/address";
import { chartDataFromSheet, rangeVector } from "../../src/workbench/chart-data-from-sheet";
import { scaleColor, sheetLooks } from "../../src/workbench/sheet-looks";
import { wt, languageOfTag, workbenchEn, workbenchZh } from "../../src/workbench/strings";

describe("name box", () => {
  const used = { rows: 35671, cols: 6 };
  test("reads cell and range addresses, with or without a sheet", () => {
    expect(parseNameBox("A1", used)).toEqual({ range: { row: 0, col: 0, rows: 1, cols: 1 } });
    expect(parseNameBox(" a1:f35671 ", used)).toEqual({ range: { row: 0, col: 0, rows: 35671, cols: 6 } });
    expect(parseNameBox("F10:B2", used)).toEqual({ range: { row: 1, col: 1, rows: 9, cols: 5 } });
    expect(parseNameBox("Orders!$B$2", used)).toEqual({ sheet: "Orders", range: { row: 1, col: 1, rows: 1, cols: 1 } });
    expect(parseNameBox("'My sheet'!C3:D4", used)).toEqual({ sheet: "My sheet", range: { row: 2, col: 2, rows: 2, cols: 2 } });
  });

  test("cuts whole columns and rows to the used cells", () => {
    expect(parseNameBox("A:D", used)).toEqual({ range: { row: 0, col: 0, rows: 35671, cols: 4 } });
    expect(parseNameBox("2:3", used)).toEqual({ range: { row: 1, col: 0, rows: 2, cols: 6 } });
  });

  test("refuses what is not an address", () => {
    for (const text of ["", "hello", "A0", "1A", "A1:B2:C3", "Orders!"]) expect(parseNameBox(text, used)).toBeUndefined();
  });

  test("shows a selection as Excel's name box does", () => {
    expect(nameBoxText({ row: 0, col: 0, rows: 35671, cols: 6 })).toBe("A1:F35671");
    expect(nameBoxText({ row: 4, col: 27, rows: 1, cols: 1 })).toBe("AB5");
    expect(contains({ row: 1, col: 1, rows: 2, cols: 2 }, 2, 2)).toBe(true);
    expect(contains({ row: 1, col: 1, rows: 2, cols: 2 }, 3, 2)).toBe(false);
  });
});

describe("chartDataFromSheet", () => {
  // A sheet laid out as a result sheet: a title, then a table at row 3 (0-based 2).
  const values = [
    ["RFM segmentation", "", ""],
    ["", "", ""],
    ["Segment", "Customers", "Revenue"],
    ["Champions", 410, 512345.5],
    ["At Risk", 300, "n/a"],
    ["Lost", "", 1200],
  ];
  const plan: ChartPlan = {
    type: "column",
    title: "Customers and revenue by RFM segment",
    categories: { row: 3, col: 0, rows: 3, cols: 1 },
    series: [
      { name: "Customers", values: { row: 3, col: 1, rows: 3, cols: 1 } },
      { name: "Revenue", values: { row: 3, col: 2, rows: 3, cols: 1 }, secondaryAxis: true },
    ],
    position: { row: 2, col: 5, rows: 15, cols: 8 },
  };

  test("resolves the ranges to categories and numeric series", () => {
    expect(chartDataFromSheet(plan, values)).toEqual({
      type: "column",
      title: "Customers and revenue by RFM segment",
      categories: ["Champions", "At Risk", "Lost"],
      series: [
        { name: "Customers", values: [410, 300, 0], secondaryAxis: false },
        { name: "Revenue", values: [512345.5, 0, 1200], secondaryAxis: true },
      ],
    });
  });

  test("reads row vectors along the row and missing cells as blanks", () => {
    expect(rangeVector({ row: 2, col: 0, rows: 1, cols: 3 }, values)).toEqual(["Segment", "Customers", "Revenue"]);
    expect(rangeVector({ row: 5, col: 0, rows: 3, cols: 1 }, values)).toEqual(["Lost", undefined, undefined]);
  });
});

describe("sheetLooks", () => {
  const values = [
    ["h1", "h2", "", ""],
    [1, 2, "", 0],
    [3, 4, "", 5],
    [5, 6, "", 10],
  ];
  test("styles table headers, bands rows, and colors scaled ranges white to blue", () => {
    const look = sheetLooks(values, [{ name: "T", row: 0, col: 0, rows: 4, cols: 2 }], [{ row: 1, col: 3, rows: 3, cols: 1 }])!;
    expect(look(0, 0)).toEqual({ tableHeader: true });
    expect(look(1, 0)).toEqual({ band: true });
    expect(look(2, 1)).toEqual({});
    expect(look(1, 3)).toEqual({ fill: "#ffffff" });
    expect(look(3, 3)).toEqual({ fill: "#5a8ac6" });
    expect(look(2, 3)).toEqual({ fill: scaleColor(5, 0, 10) });
    expect(look(0, 2)).toBeUndefined();
    expect(sheetLooks(values, [], [])).toBeUndefined();
  });

  test("a constant range stays white", () => {
    expect(scaleColor(3, 3, 3)).toBe("#ffffff");
  });
});

describe("workbench strings", () => {
  test("Chinese has every English key, and placeholders match", () => {
    expect(Object.keys(workbenchZh).sort()).toEqual(Object.keys(workbenchEn).sort());
    for (const key of Object.keys(workbenchEn) as (keyof typeof workbenchEn)[]) {
      const holes = (s: string) => (s.match(/\{\d\}/g) ?? []).sort();
      expect({ key, holes: holes(workbenchZh[key]) }).toEqual({ key, holes: holes(workbenchEn[key]) });
    }
  });

  test("fills placeholders and follows the pane's lang attribute", () => {
    expect(wt("en", "showingRows", "200", "35,671")).toBe("Showing 200 of 35,671 rows.");
    expect(wt("zh", "nameBox")).toBe("名称框");
    expect(languageOfTag("zh-Hans")).toBe("zh");
    expect(languageOfTag("en")).toBe("en");
    expect(languageOfTag("")).toBeUndefined();
  });
});
