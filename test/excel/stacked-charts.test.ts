// Stacked bar and column charts (ChartSpec.stacked, e.g. Kano's category shares): the flag goes
// through the sheet plan to Excel's stacked chart types; other charts keep their types.
import { kanoFromRanges } from "../../src/core/kano";
import type { Report } from "../../src/core/report";
import { OfficeWorkbook, STACKED_CHART_TYPES } from "../../src/excel/office-gateway";
import { planReportSheet } from "../../src/excel/plan-report";
import { FakeExcel } from "./office-mock";

const LABELS = { source: "Source", formula: "Formula", formulaNote: "Copy" };

function kanoReport(): Report {
  const functional = [["Wifi", "Pool"], [1, 1], [2, 1], [3, 3]];
  const dysfunctional = [["Wifi", "Pool"], [5, 3], [5, 4], [3, 3]];
  return kanoFromRanges({ functional, dysfunctional }).report;
}

test("the plan keeps the stacked flag of bar and column charts only", () => {
  const plan = planReportSheet(kanoReport(), { sheetName: "Kano", labels: LABELS });
  expect(plan.charts.map((c) => [c.type, c.stacked])).toEqual([
    ["bar", true],
    ["scatter", undefined],
    ["scatter", undefined],
  ]);
  expect(plan.charts[0].series.map((s) => s.name)).toEqual(["Attractive", "One-dimensional", "Must-be", "Indifferent", "Reverse", "Questionable"]);
});

test("Excel gets a stacked bar chart and XY scatter charts", async () => {
  expect(STACKED_CHART_TYPES).toEqual({ column: "ColumnStacked", bar: "BarStacked" });
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook({ run: fake.run, isSetSupported: () => true });
  const plan = planReportSheet(kanoReport(), { sheetName: "Kano", labels: LABELS });
  plan.charts.push({ ...plan.charts[0], type: "column" });
  await wb.writeSheet(plan);
  expect(fake.charts.map((c) => c.type)).toEqual(["BarStacked", "XYScatter", "XYScatter", "ColumnStacked"]);
});
