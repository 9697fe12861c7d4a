// Lines on a scatter chart (ChartSpec.lines, e.g. a 2 x 2 matrix's split lines): each run of rows
// with one name becomes a series with its own x values, drawn by Excel as a line without markers.
import type { Report } from "../../src/core/report";
import { OfficeWorkbook } from "../../src/excel/office-gateway";
import { planReportSheet } from "../../src/excel/plan-report";
import { FakeExcel } from "./office-mock";

const LABELS = { source: "Source", formula: "Formula", formulaNote: "Copy" };

/** Three items and two split lines (x = 3 from y 0 to 20, y = 15 from x 1 to 5), plus a 3-point line. */
function report(type: "scatter" | "line" = "scatter"): Report {
  return {
    title: "Matrix",
    facts: [],
    tables: [
      { name: "points", title: "Items", header: ["Item", "Effort", "Value"], rows: [["A", 1, 20], ["B", 5, 10], ["C", 4, 18]], formats: ["text", "number", "number"] },
      {
        name: "lines",
        title: "Lines",
        header: ["Line", "Effort", "Value"],
        rows: [
          ["Effort split = 3", 3, 0],
          ["Effort split = 3", 3, 20],
          ["Value split = 15", 1, 15],
          ["Value split = 15", 5, 15],
          ["Trend", 1, 5],
          ["Trend", 3, 10],
          ["Trend", 5, 15],
        ],
        formats: ["text", "number", "number"],
      },
    ],
    charts: [{ type, title: "Value against effort", table: "points", category: "Effort", series: ["Value"], lines: { table: "lines", name: "Line", x: "Effort", y: "Value" } }],
    explanation: [],
  };
}

test("the plan gives each line its own x and y cells, after the points", () => {
  // No detail table: both tables sit at the top, the points first, the lines below them.
  const plan = planReportSheet(report(), { sheetName: "Matrix", labels: LABELS, detailTables: [] });
  const at = (row: number, col: number) => plan.blocks.find((b) => b.row <= row && row < b.row + b.values.length && b.col <= col && col < b.col + b.values[0].length)!;
  const cell = (row: number, col: number) => {
    const b = at(row, col);
    return b.values[row - b.row][col - b.col];
  };
  // Layout: title (0), two blank rows, "Items" (3), header (4), rows 5-7, blank, "Lines" (9), header (10), rows 11-17.
  expect([cell(4, 0), cell(10, 0), cell(11, 0), cell(17, 2)]).toEqual(["Item", "Line", "Effort split = 3", 15]);
  expect(plan.charts).toHaveLength(1);
  const chart = plan.charts[0];
  expect(chart.categories).toEqual({ row: 5, col: 1, rows: 3, cols: 1 });
  expect(chart.series).toEqual([
    { name: "Value", values: { row: 5, col: 2, rows: 3, cols: 1 } },
    { name: "Effort split = 3", values: { row: 11, col: 2, rows: 2, cols: 1 }, xValues: { row: 11, col: 1, rows: 2, cols: 1 }, line: true },
    { name: "Value split = 15", values: { row: 13, col: 2, rows: 2, cols: 1 }, xValues: { row: 13, col: 1, rows: 2, cols: 1 }, line: true },
    { name: "Trend", values: { row: 15, col: 2, rows: 3, cols: 1 }, xValues: { row: 15, col: 1, rows: 3, cols: 1 }, line: true },
  ]);
});

test("lines are for scatter charts only", () => {
  const plan = planReportSheet(report("line"), { sheetName: "Matrix", labels: LABELS, detailTables: [] });
  expect(plan.charts[0].series.map((s) => s.name)).toEqual(["Value"]);
});

test("Excel draws the points as an XY scatter and each line as XYScatterLinesNoMarkers on its own x values", async () => {
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook({ run: fake.run, isSetSupported: () => true });
  await wb.writeSheet(planReportSheet(report(), { sheetName: "Matrix", labels: LABELS, detailTables: [] }));
  expect(fake.charts).toHaveLength(1);
  const chart = fake.charts[0];
  expect(chart.type).toBe("XYScatter");
  expect(chart.series).toEqual([
    { name: "Value", values: { row: 5, col: 2, rows: 3, cols: 1 }, xValues: { row: 5, col: 1, rows: 3, cols: 1 } },
    { name: "Effort split = 3", values: { row: 11, col: 2, rows: 2, cols: 1 }, xValues: { row: 11, col: 1, rows: 2, cols: 1 }, chartType: "XYScatterLinesNoMarkers" },
    { name: "Value split = 15", values: { row: 13, col: 2, rows: 2, cols: 1 }, xValues: { row: 13, col: 1, rows: 2, cols: 1 }, chartType: "XYScatterLinesNoMarkers" },
    { name: "Trend", values: { row: 15, col: 2, rows: 3, cols: 1 }, xValues: { row: 15, col: 1, rows: 3, cols: 1 }, chartType: "XYScatterLinesNoMarkers" },
  ]);
  expect(chart.legend).toEqual({ visible: true, position: "Bottom" });
});
