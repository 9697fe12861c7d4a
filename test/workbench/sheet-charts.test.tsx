/** @jest-environment jsdom */
// The workbench's chart panel draws a scatter plan (points and split lines) as a figure named by its title.
import { render, screen } from "@testing-library/react";
import type { ChartPlan } from "../../src/excel/gateway";
import { SheetCharts } from "../../src/workbench/SheetCharts";

beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

test("a scatter with its lines renders as one figure", () => {
  const values = [
    ["Effort", "Value", "Line", "Effort", "Value"],
    [1, 20, "Effort split = 3", 3, 0],
    [5, 10, "Effort split = 3", 3, 20],
  ];
  const plan: ChartPlan = {
    type: "scatter",
    title: "Value against effort",
    categories: { row: 1, col: 0, rows: 2, cols: 1 },
    series: [
      { name: "Value", values: { row: 1, col: 1, rows: 2, cols: 1 } },
      { name: "Effort split = 3", values: { row: 1, col: 4, rows: 2, cols: 1 }, xValues: { row: 1, col: 3, rows: 2, cols: 1 }, line: true },
    ],
    position: { row: 0, col: 6, rows: 18, cols: 8 },
  };
  render(<SheetCharts heading="Charts" charts={[plan]} values={values} />);
  expect(screen.getByRole("heading", { name: "Value against effort" })).toBeTruthy();
  expect(screen.getByRole("figure", { name: "Value against effort" })).toBeTruthy();
});
