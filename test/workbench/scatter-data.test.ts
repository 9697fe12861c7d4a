/** @jest-environment node */
// The workbench draws a scatter chart as Excel does: each series with its own x values (the
// chart's categories unless it has xValues), lines flagged, points that are not numbers left out.
import type { ChartPlan } from "../../src/excel/gateway";
import { scatterDataFromSheet } from "../../src/workbench/chart-data-from-sheet";

test("points on the categories, split lines on their own x values", () => {
  const values = [
    ["Item", "Effort", "Value", "", "Line", "Effort", "Value"],
    ["A", 1, 20, "", "Effort split = 3", 3, 0],
    ["B", 5, "n/a", "", "Effort split = 3", 3, 20],
    ["C", 4, 18, "", "Value split = 15", 1, 15],
    ["", "", "", "", "Value split = 15", 5, 15],
  ];
  const plan: ChartPlan = {
    type: "scatter",
    title: "Value against effort",
    categories: { row: 1, col: 1, rows: 3, cols: 1 },
    series: [
      { name: "Value", values: { row: 1, col: 2, rows: 3, cols: 1 } },
      { name: "Effort split = 3", values: { row: 1, col: 6, rows: 2, cols: 1 }, xValues: { row: 1, col: 5, rows: 2, cols: 1 }, line: true },
      { name: "Value split = 15", values: { row: 3, col: 6, rows: 2, cols: 1 }, xValues: { row: 3, col: 5, rows: 2, cols: 1 }, line: true },
    ],
    position: { row: 0, col: 8, rows: 18, cols: 8 },
  };
  expect(scatterDataFromSheet(plan, values)).toEqual([
    { name: "Value", points: [{ x: 1, y: 20 }, { x: 4, y: 18 }], line: false },
    { name: "Effort split = 3", points: [{ x: 3, y: 0 }, { x: 3, y: 20 }], line: true },
    { name: "Value split = 15", points: [{ x: 1, y: 15 }, { x: 5, y: 15 }], line: true },
  ]);
});
