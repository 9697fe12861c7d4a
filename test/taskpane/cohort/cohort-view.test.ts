// The cohort wizard's pure helpers: the reading of the cohort table, the engine's words in
// Chinese, the formula equivalents, the funnel chart's row order and the funnel's columns.
import { churnAnalysis, churnReport, cohortAnalysis, cohortReport, cohortTable, funnelAnalysis, funnelReport } from "../../../src/core/cohort";
import { planReportSheet } from "../../../src/excel/plan-report";
import { epochDayFromYmd } from "../../../src/core/table/date";
import type { RangeData } from "../../../src/excel/gateway";
import {
  bestAndWorst,
  churnSheetReport,
  cohortFormula,
  cohortSheetReport,
  cohortLines,
  churnFormula,
  curveLines,
  FUNNEL_CHART_TABLE,
  funnelFormula,
  funnelLines,
  funnelSheetReport,
  isoFromSerial,
  localizeCohortReport,
  localizeCohortText,
  oldestCohortReading,
  pooledFirstPeriod,
} from "../../../src/taskpane/cohort/cohort-view";
import { autoFunnelColumns, funnelColumnsProblem } from "../../../src/taskpane/cohort/funnel-data";
import { zh } from "../../../src/taskpane/i18n/strings";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return epochDayFromYmd(y, m, d)!;
};

/**
 * Six customers, worked by hand (month cohorts):
 *   A 2024-01-05, 2024-02-10, 2024-04-02; B 2024-01-20, 2024-03-15  -> cohort 2024-01 (2): months 0-3 active 2, 1 (A), 1 (B), 1 (A)
 *   C 2024-02-03, 2024-02-25, 2024-03-01; D 2024-02-14; F 2024-02-20 -> cohort 2024-02 (3): 3, 1 (C), 0, blank
 *   E 2024-04-09                                                      -> cohort 2024-04 (1): 1, blank...
 * Retention: 2024-01 100%, 50%, 50%, 50%; 2024-02 100%, 33.3%, 0%; 2024-04 100%.
 * Month 1 pooled over the cohorts observed that long: (1 + 1) / (2 + 3) = 40%.
 */
const TX: [string, string][] = [
  ["A", "2024-01-05"],
  ["A", "2024-02-10"],
  ["A", "2024-04-02"],
  ["B", "2024-01-20"],
  ["B", "2024-03-15"],
  ["C", "2024-02-03"],
  ["C", "2024-02-25"],
  ["C", "2024-03-01"],
  ["D", "2024-02-14"],
  ["F", "2024-02-20"],
  ["E", "2024-04-09"],
];
const result = cohortAnalysis({ customer: TX.map((r) => r[0]), day: TX.map((r) => day(r[1])) }, "month");
const retention = cohortTable(result, "retention");
const output = { report: cohortReport(result, "retention"), retention };

test("the oldest cohort's first periods, best and worst cohort, pooled month 1", () => {
  expect(oldestCohortReading(retention)).toEqual({
    cohort: "2024-01",
    size: 2,
    shares: [
      { k: 1, share: 0.5 },
      { k: 2, share: 0.5 },
      { k: 3, share: 0.5 },
    ],
  });
  expect(bestAndWorst(retention)).toEqual({ best: ["2024-01", 0.5], worst: ["2024-02", 1 / 3] });
  expect(pooledFirstPeriod(retention)).toBeCloseTo(0.4, 12);
});

test("the reading in English and Chinese", () => {
  expect(cohortLines("en", output)).toEqual([
    "3 cohorts of 6 customers by month of first purchase, from 2024-01 to 2024-04.",
    "Of the 2 customers acquired in 2024-01, 50% bought again in month 1, 50% bought again in month 2, 50% bought again in month 3.",
    "On average 40% of customers bought again in the month after their first purchase (cohorts weighted by size).",
    "Retention in month 1 is highest for the 2024-01 cohort (50%) and lowest for 2024-02 (33%).",
    "The last month is incomplete (the data end on 2024-04-09), so its cells are lower than they will be.",
  ]);
  const lines = cohortLines("zh", output);
  expect(lines[0]).toBe("按首次购买所在月分为 3 个批次，共 6 位客户，从 2024-01 到 2024-04。");
  expect(lines[1]).toBe("在 2024-01 获得的 2 位客户中，50% 在第 1 个月再次购买，50% 在第 2 个月再次购买，50% 在第 3 个月再次购买。");
});

test("curve lines end where a cohort's data end", () => {
  const report = cohortReport(result, "customers");
  const curves = report.tables.find((t) => t.name === "curves")!;
  expect(curveLines(curves)).toEqual([
    { name: "2024-01", points: [1, 0.5, 0.5, 0.5].map((y, x) => ({ x, y })) },
    { name: "2024-02", points: [1, 1 / 3, 0].map((y, x) => ({ x, y })) },
    { name: "2024-04", points: [{ x: 0, y: 1 }] },
  ]);
});

test("engine words in Chinese; cohort labels unchanged", () => {
  expect(localizeCohortText("zh", "Month 3")).toBe("第 3 个月");
  expect(localizeCohortText("zh", "Week 0")).toBe("第 0 周");
  expect(localizeCohortText("zh", "Quarters since first purchase")).toBe(zh.cohSinceQuarter);
  expect(localizeCohortText("zh", "Retention by cohort and month since first purchase")).toBe("留存率：按批次和首次购买后的月");
  expect(localizeCohortText("zh", "Retention by month since first purchase (latest 12 cohorts)")).toBe("首次购买后各月的留存率（最近 12 个批次）");
  expect(localizeCohortText("zh", "Churn rate by quarter")).toBe("按季度统计的流失率");
  expect(localizeCohortText("zh", "2024-01")).toBe("2024-01");
  expect(localizeCohortText("en", "Month 3")).toBe("Month 3");
  const zhReport = localizeCohortReport("zh", cohortReport(result, "retention"));
  expect(zhReport.tables[0].header.slice(0, 4)).toEqual([zh.cohrCohort, zh.cohrCustomers, "第 0 个月", "第 1 个月"]);
  expect(zhReport.facts.find((f) => f.key === "period")!.value).toBe("月");
  expect(zhReport.facts.find((f) => f.key === "measure")!.value).toBe(zh.cohrRetention);
});

const RANGE: RangeData = { address: "Orders!B2:D40", sheet: "Orders", row: 1, col: 1, rows: 39, cols: 3, values: [] };

test("formula equivalents leave out defaults", () => {
  const mapping = { customer: 0, date: 1, amount: 2 };
  expect(cohortFormula(RANGE, mapping, { period: "month", measure: "customers" })).toBe("=CX.COHORT(Orders!B2:B40,Orders!C2:C40)");
  expect(cohortFormula(RANGE, mapping, { period: "week", measure: "revenue" })).toBe('=CX.COHORT(Orders!B2:B40,Orders!C2:C40,"week","revenue",Orders!D2:D40)');
  expect(cohortFormula(RANGE, mapping, { period: "month", measure: "retention" })).toBe('=CX.COHORT(Orders!B2:B40,Orders!C2:C40,,"retention")');
  expect(churnFormula(RANGE, mapping, { asOf: "", inactiveDays: 90, period: "month" })).toBe("=CX.CHURN(Orders!B2:B40,Orders!C2:C40)");
  expect(churnFormula(RANGE, mapping, { asOf: "", inactiveDays: 30, period: "month" })).toBe("=CX.CHURN(Orders!B2:B40,Orders!C2:C40,,30)");
  expect(churnFormula(RANGE, mapping, { asOf: "2024-06-30", inactiveDays: 90, period: "month" })).toBe('=CX.CHURN(Orders!B2:B40,Orders!C2:C40,"2024-06-30")');
  expect(funnelFormula(RANGE, { stage: 0, count: 2 })).toBe("=CX.FUNNEL(Orders!B2:B40,Orders!D2:D40)");
});

test("Excel serials as ISO dates", () => {
  expect(isoFromSerial(45292)).toBe("2024-01-01");
  expect(isoFromSerial(45658)).toBe("2025-01-01");
});

/**
 * examples/funnel.csv by hand: step conversions 6200/10000 = 62%, 2100/6200 = 33.9%,
 * 1300/2100 = 61.9%, 900/1300 = 69.2%; overall 900/10000 = 9%. The biggest drop (lowest step
 * conversion) is Product view -> Cart: 66.1% of 6,200 lost (4,100), also the most people lost.
 */
const STAGES = ["Visit", "Product view", "Cart", "Checkout", "Purchase"];
const COUNTS = [10000, 6200, 2100, 1300, 900];
const funnelOut = { report: funnelReport(funnelAnalysis({ stage: STAGES, count: COUNTS })) };

test("the funnel's reading", () => {
  expect(funnelLines("en", funnelOut)).toEqual([
    "5 stages from “Visit” (10,000) to “Purchase” (900): 9% convert overall.",
    "The biggest drop is from “Product view” to “Cart”: 66.1% of 6,200 did not continue (4,100 lost).",
  ]);
  expect(funnelLines("zh", funnelOut)[1]).toBe("流失最大的一步是从“Product view”到“Cart”：6,200 人中有 66.1% 没有继续（流失 4,100 人）。");
});

test("the most people lost is named when it is another step", () => {
  // 1000 -> 500 (50%, 500 lost) -> 100 (20% step conversion, 400 lost): biggest drop at step 3, most lost at step 2.
  const out = { report: funnelReport(funnelAnalysis({ stage: ["a", "b", "c"], count: [1000, 500, 100] })) };
  expect(funnelLines("en", out).slice(1)).toEqual([
    "The biggest drop is from “b” to “c”: 80% of 500 did not continue (400 lost).",
    "The most people (500) are lost from “a” to “b”, a smaller share of a larger stage.",
  ]);
});

test("the sheet's funnel chart plots the stages last first, so Excel's bar chart reads top-down", () => {
  const sheet = funnelSheetReport("en", funnelOut);
  const chartTable = sheet.tables.find((t) => t.name === FUNNEL_CHART_TABLE)!;
  expect(chartTable.rows).toEqual([...STAGES].reverse().map((s, i) => [s, [...COUNTS].reverse()[i]]));
  expect(sheet.charts).toEqual([{ type: "bar", title: "Conversion funnel", table: FUNNEL_CHART_TABLE, category: "Stage", series: ["Count"] }]);
  // The funnel table itself stays top-first, as =CX.FUNNEL spills it.
  expect(sheet.tables[0].rows.map((r) => r[0])).toEqual(STAGES);
});

const range = (values: unknown[][]): RangeData => ({ address: "Funnel!A1:C6", sheet: "Funnel", row: 0, col: 0, rows: values.length, cols: values[0].length, values });

test("funnel columns found by header, else by their values", () => {
  expect(autoFunnelColumns(range([["Stage", "Users"], ["Visit", 10], ["Cart", 5]]), true)).toEqual({ stage: 0, count: 1 });
  expect(autoFunnelColumns(range([["#", "阶段", "人数"], [1, "访问", 10], [2, "购买", 5]]), true)).toEqual({ stage: 1, count: 2 });
  expect(autoFunnelColumns(range([["Step", "Share", "People"], ["Visit", 1, 10], ["Cart", 0.5, 5]]), true)).toEqual({ stage: 0, count: 2 });
  expect(autoFunnelColumns(range([["Visit", 10], ["Cart", 5]]), false)).toEqual({ stage: 0, count: 1 });
  expect(funnelColumnsProblem({ stage: 0, count: 0 })).toBe(true);
  expect(funnelColumnsProblem({ stage: -1, count: 1 })).toBe(true);
  expect(funnelColumnsProblem({ stage: 0, count: 1 })).toBe(false);
});

test("the Chinese sheets lay out: every chart finds its translated columns", () => {
  const labels = { source: "数据来源", formula: "公式", formulaNote: "说明" };
  const churnOut = { report: churnReport(churnAnalysis({ customer: TX.map((r) => r[0]), day: TX.map((r) => day(r[1])) }, { inactiveDays: 30 })) };
  const plans = [
    planReportSheet(cohortSheetReport("zh", output), { sheetName: "Cohorts", labels }),
    planReportSheet(churnSheetReport("zh", churnOut), { sheetName: "Churn", labels }),
    planReportSheet(funnelSheetReport("zh", funnelOut), { sheetName: "Funnel", labels, detailTables: [] }),
  ];
  expect(plans.map((p) => p.charts.map((c) => [c.type, c.title, c.series.map((x) => x.name)]))).toEqual([
    [["line", "首次购买后各月的留存率", ["2024-01", "2024-02", "2024-04"]]],
    [
      ["line", "按月统计的流失率", [zh.cohrChurnRate]],
      ["column", "每月流失客户与新客户", [zh.cohrChurned, zh.cohrNewCustomers]],
    ],
    [["bar", zh.cohrFunnelTitle, [zh.cohrCount]]],
  ]);
  expect(plans[0].colorScales).toHaveLength(1);
});
