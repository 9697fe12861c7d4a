import type { Cell, Report, ReportTable } from "../../src/core/report";
import { rfmFromTransactions, rfmReport } from "../../src/core/rfm";
import type { RangeRef, SheetPlan } from "../../src/excel/gateway";
import { CHART_COLS, CHART_ROWS, displayWidth, MAX_COLUMN_WIDTH, NUMBER_FORMATS, planReportSheet, PlanReportOptions } from "../../src/excel/plan-report";

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const ROWS: [string, string, number][] = [
  ["A", "2024-01-01", 100],
  ["B", "2024-05-15", 20],
  ["A", "2024-03-01", 50],
  ["C", "2024-02-10", 500],
  ["D", "2024-06-20", 80],
  ["A", "2024-06-01", 150],
  ["E", "2023-12-01", 30],
  ["D", "2024-06-25", 40],
];

function rfm(rows = ROWS): Report {
  return rfmReport(rfmFromTransactions({ customer: rows.map((r) => r[0]), day: rows.map((r) => day(r[1])), amount: rows.map((r) => r[2]) }));
}

const LABELS = { source: "Source", formula: "Formula", formulaNote: "Copy this formula into an empty cell to make the result live" };
const FORMULA = "=CX.RFM(Orders!A2:A9,Orders!B2:B9,Orders!C2:C9)";
const OPTIONS: PlanReportOptions = { sheetName: "RFM", labels: LABELS, sourceAddress: "Orders!A1:C9", formula: FORMULA };

/** What the plan writes at a cell: value, number format and style (undefined when nothing). */
function at(plan: SheetPlan, row: number, col: number): { value: Cell; format?: string; style?: string } | undefined {
  for (const b of plan.blocks) {
    const i = row - b.row;
    const j = col - b.col;
    if (i >= 0 && i < b.values.length && j >= 0 && j < b.values[i].length) return { value: b.values[i][j], format: b.columnFormats?.[j], style: b.style };
  }
  return undefined;
}

/** The cell values of a rectangle, as the plan writes them. */
function cells(plan: SheetPlan, r: RangeRef): (Cell | undefined)[][] {
  return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => at(plan, r.row + i, r.col + j)?.value));
}

function rowOf(plan: SheetPlan, value: Cell, col = 0): number {
  const b = plan.blocks.find((x) => x.col === col && x.values.length === 1 && x.values[0][0] === value);
  if (!b) throw new Error(`no block with ${String(value)}`);
  return b.row;
}

describe("planReportSheet on an RFM report", () => {
  const report = rfm();
  const plan = planReportSheet(report, OPTIONS);
  const segments = report.tables.find((t) => t.name === "segments")!;
  const heatmap = report.tables.find((t) => t.name === "heatmap")!;
  const customers = report.tables.find((t) => t.name === "customers")!;

  test("the sheet name is the one given", () => {
    expect(plan.name).toBe("RFM");
  });

  test("row 1 holds the title, styled as a title", () => {
    expect(at(plan, 0, 0)).toEqual({ value: "RFM segmentation", style: "title", format: undefined });
    expect(planReportSheet(report, { ...OPTIONS, labels: { ...LABELS, title: "RFM 细分" } }).blocks[0].values).toEqual([["RFM 细分"]]);
  });

  test("facts as label/value rows; the as-of date is a date serial with a date format", () => {
    expect(report.facts.map((f) => f.key)).toEqual(["asOf", "customers", "orders", "revenue"]);
    report.facts.forEach((fact, k) => {
      expect(at(plan, 2 + k, 0)).toMatchObject({ value: fact.label, style: "label" });
      expect(at(plan, 2 + k, 1)).toMatchObject({ value: fact.value, format: NUMBER_FORMATS[fact.format] });
    });
    // 2024-06-26 (the day after the last order) is Excel serial 45469.
    expect(at(plan, 2, 1)).toEqual({ value: 45469, format: "yyyy-mm-dd", style: undefined });
    expect(at(plan, 3, 1)?.format).toBe("#,##0");
    expect(at(plan, 5, 1)).toMatchObject({ value: 970, format: "#,##0.00" });
  });

  test("Source and Formula rows: the formula is written as text, with the note under it", () => {
    expect(at(plan, 6, 0)).toMatchObject({ value: "Source", style: "label" });
    expect(at(plan, 6, 1)).toEqual({ value: "Orders!A1:C9", format: "@", style: undefined });
    expect(at(plan, 7, 0)).toMatchObject({ value: "Formula", style: "label" });
    expect(at(plan, 7, 1)).toEqual({ value: FORMULA, format: "@", style: undefined });
    expect(at(plan, 8, 1)).toMatchObject({ value: LABELS.formulaNote, style: "note" });
  });

  test("the explanation follows, one line per row, styled as notes", () => {
    report.explanation.forEach((line, k) => expect(at(plan, 10 + k, 0)).toMatchObject({ value: line, style: "note" }));
    expect(at(plan, 10 + report.explanation.length, 0)).toBeUndefined();
  });

  test("the segment summary: title, header, body with per-column formats, an Excel table", () => {
    const title = rowOf(plan, segments.title);
    expect(title).toBe(10 + report.explanation.length + 1);
    expect(at(plan, title, 0)?.style).toBe("label");
    expect(cells(plan, { row: title + 1, col: 0, rows: 1, cols: segments.header.length })).toEqual([segments.header]);
    expect(at(plan, title + 1, 0)?.style).toBe("header");
    expect(cells(plan, { row: title + 2, col: 0, rows: segments.rows.length, cols: segments.header.length })).toEqual(segments.rows);
    expect(segments.header.map((_, j) => at(plan, title + 2, j)?.format)).toEqual(["@", "#,##0", "0.0%", "#,##0.00", "#,##0.00", "#,##0.00", "#,##0.00", "0.0%"]);
    expect(plan.tables).toContainEqual({ name: "RFM_Segments", row: title + 1, col: 0, rows: segments.rows.length + 1, cols: 8 });
  });

  test("the heat map: under the summary, no Excel table, a color scale over the counts only", () => {
    const segTitle = rowOf(plan, segments.title);
    const title = rowOf(plan, heatmap.title);
    expect(title).toBe(segTitle + 2 + segments.rows.length + 1);
    expect(cells(plan, { row: title + 1, col: 0, rows: 1 + heatmap.rows.length, cols: 6 })).toEqual([heatmap.header, ...heatmap.rows]);
    expect(plan.colorScales).toEqual([{ row: title + 2, col: 1, rows: 5, cols: 5 }]);
    // The scale covers numbers only: the R labels and the header stay outside.
    expect(cells(plan, plan.colorScales[0]).flat().every((v) => typeof v === "number")).toBe(true);
    expect(plan.tables.map((t) => t.name)).not.toContain("RFM_Heatmap");
    expect(at(plan, title + 2, 0)?.format).toBe("@");
  });

  test("the chart: categories and series point at the segment summary's columns, revenue on the secondary axis", () => {
    expect(plan.charts).toHaveLength(1);
    const chart = plan.charts[0];
    const body = rowOf(plan, segments.title) + 2;
    const n = segments.rows.length;
    expect(chart).toEqual({
      type: "column",
      title: "Customers and revenue by RFM segment",
      categories: { row: body, col: 0, rows: n, cols: 1 },
      series: [
        { name: "Customers", values: { row: body, col: 1, rows: n, cols: 1 } },
        { name: "Revenue", values: { row: body, col: 6, rows: n, cols: 1 }, secondaryAxis: true },
      ],
      position: { row: rowOf(plan, segments.title), col: 9, rows: CHART_ROWS, cols: CHART_COLS },
    });
    expect(cells(plan, chart.categories).flat()).toEqual(segments.rows.map((r) => r[0]));
    expect(cells(plan, chart.series[1].values).flat()).toEqual(segments.rows.map((r) => r[6]));
  });

  test("the chart sits right of the small tables and overlaps no written cell", () => {
    const p = plan.charts[0].position;
    for (let r = p.row; r < p.row + p.rows; r++) for (let c = p.col; c < p.col + p.cols; c++) expect(at(plan, r, c)).toBeUndefined();
    expect(p.col).toBeGreaterThan(Math.max(segments.header.length, heatmap.header.length) - 1);
  });

  test("the customers table comes last, below the small tables and the chart, as an Excel table", () => {
    const title = rowOf(plan, customers.title);
    const chart = plan.charts[0].position;
    const heatEnd = rowOf(plan, heatmap.title) + 2 + heatmap.rows.length;
    expect(title).toBe(Math.max(chart.row + chart.rows + 1, heatEnd + 1));
    expect(cells(plan, { row: title + 1, col: 0, rows: 1 + customers.rows.length, cols: 9 })).toEqual([customers.header, ...customers.rows]);
    expect(plan.tables.at(-1)).toEqual({ name: "RFM_Customers", row: title + 1, col: 0, rows: 1 + customers.rows.length, cols: 9 });
    // Customer ids, RFM codes and segments are text columns.
    expect(customers.header.map((_, j) => at(plan, title + 2, j)?.format)).toEqual(["@", "#,##0", "#,##0", "#,##0.00", "#,##0", "#,##0", "#,##0", "@", "@"]);
  });

  test("no two blocks write the same cell", () => {
    const seen = new Set<string>();
    for (const b of plan.blocks)
      b.values.forEach((row, i) =>
        row.forEach((_, j) => {
          const key = `${b.row + i},${b.col + j}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }),
      );
  });

  test("column widths fit the widest table cell, not the title, notes or formula", () => {
    const w = plan.columnWidths!;
    expect(w).toHaveLength(9);
    // Column A holds the fact labels, the summary's segments, the R labels and the customer ids:
    // the widest is "Loyal Customers" (15 characters), plus 2. Titles and notes overflow instead.
    expect(w[0]).toBe(17);
    expect(w[0]).toBeLessThan(report.explanation[0].length);
    expect(w[1]).toBeLessThan(FORMULA.length);
    expect(w[2]).toBe("Share of customers".length + 2);
    expect(w.every((x) => x === undefined || (x >= 6 && x <= MAX_COLUMN_WIDTH))).toBe(true);
  });

  test("deterministic: the same report and options give the same plan", () => {
    expect(planReportSheet(rfm(), OPTIONS)).toEqual(plan);
  });
});

describe("planReportSheet options", () => {
  const report = rfm();

  test("table names avoid the workbook's names; the prefix drops the sheet's (n) suffix", () => {
    const plan = planReportSheet(report, { ...OPTIONS, sheetName: "RFM (2)", existingTables: ["rfm_customers", "RFM_Segments", "RFM_Segments_2"] });
    expect(plan.name).toBe("RFM (2)");
    expect(plan.tables.map((t) => t.name)).toEqual(["RFM_Segments_3", "RFM_Customers_2"]);
    expect(planReportSheet(report, { ...OPTIONS, tablePrefix: "Q1 RFM" }).tables.map((t) => t.name)).toEqual(["Q1_RFM_Segments", "Q1_RFM_Customers"]);
  });

  test("without source and formula there are no such rows and the explanation moves up", () => {
    const plan = planReportSheet(report, { sheetName: "RFM", labels: LABELS });
    expect(plan.blocks.some((b) => b.values[0][0] === "Source" || b.values[0][0] === LABELS.formulaNote)).toBe(false);
    expect(at(plan, 2 + report.facts.length + 1, 0)).toMatchObject({ value: report.explanation[0], style: "note" });
  });

  test("detailTables chooses which tables go last", () => {
    const plan = planReportSheet(report, { ...OPTIONS, detailTables: [] });
    const customersTitle = rowOf(plan, "RFM scores by customer");
    const segmentsTitle = rowOf(plan, "RFM segment summary");
    expect(customersTitle).toBeLessThan(segmentsTitle);
    // The chart now sits right of the widest small table, the 9-column customers table.
    expect(plan.charts[0].position.col).toBe(10);
  });

  test("a chart over an empty table is left out; a missing table or column is a programming error", () => {
    const empty: ReportTable = { name: "segments", title: "Empty", header: ["Segment", "Customers", "Revenue"], rows: [], formats: ["text", "integer", "currency"] };
    const base: Report = { title: "T", facts: [], tables: [empty], charts: [{ type: "bar", title: "C", table: "segments", category: "Segment", series: ["Customers"] }], explanation: [] };
    const plan = planReportSheet(base, { sheetName: "T", labels: LABELS, detailTables: [] });
    expect(plan.charts).toEqual([]);
    // Title row 0, blank, blank (no facts, no explanation), table title at 3, header at 4.
    expect(plan.tables).toEqual([{ name: "T_Segments", row: 4, col: 0, rows: 1, cols: 3 }]);
    const withRow = { ...base, tables: [{ ...empty, rows: [["x", 1, 2]] }] };
    expect(() => planReportSheet({ ...withRow, charts: [{ ...base.charts[0], table: "nope" }] }, { sheetName: "T", labels: LABELS })).toThrow(/no table "nope"/);
    expect(() => planReportSheet({ ...withRow, charts: [{ ...base.charts[0], series: ["Nope"] }] }, { sheetName: "T", labels: LABELS, detailTables: [] })).toThrow(/no column "Nope"/);
  });

  test("charts stack below each other", () => {
    const spec = report.charts[0];
    const plan = planReportSheet({ ...report, charts: [spec, { ...spec, type: "pie", series: ["Revenue"], secondaryAxis: undefined }] }, OPTIONS);
    expect(plan.charts.map((c) => c.position.row - plan.charts[0].position.row)).toEqual([0, CHART_ROWS + 1]);
    expect(plan.charts[1]).toMatchObject({ type: "pie", series: [{ name: "Revenue" }] });
    expect(plan.charts[1].series[0].secondaryAxis).toBeUndefined();
    const title = rowOf(plan, "RFM scores by customer");
    expect(title).toBe(plan.charts[1].position.row + CHART_ROWS + 1);
  });

  test("a 100,000-customer report: the customers table spans every row, widths stay bounded", () => {
    const rows: [string, string, number][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([`C${String(i).padStart(6, "0")}`, i % 2 ? "2024-03-01" : "2024-06-01", 10 + (i % 97)]);
    const big = rfm(rows);
    const t0 = Date.now();
    const plan = planReportSheet(big, OPTIONS);
    expect(Date.now() - t0).toBeLessThan(5000);
    const table = plan.tables.find((t) => t.name === "RFM_Customers")!;
    expect(table.rows).toBe(100_001);
    const body = plan.blocks.find((b) => b.row === table.row + 1 && b.col === 0)!;
    expect(body.values).toHaveLength(100_000);
    expect(body.values[99_999][0]).toBe("C099999");
    const segmentNames = big.tables.find((t) => t.name === "segments")!.rows.map((r) => String(r[0]));
    expect(plan.columnWidths![0]).toBe(Math.max("C099999".length, ...segmentNames.map((x) => x.length)) + 2);
    expect(plan.columnWidths!.every((x) => x === undefined || x <= MAX_COLUMN_WIDTH)).toBe(true);
  });
});

describe("displayWidth", () => {
  test.each([
    [1234567, "#,##0", "1,234,567".length],
    [-1234.5, "#,##0.00", "-1,234.50".length],
    [0.125, "0.0%", "12.5%".length],
    [45469, "yyyy-mm-dd", 10],
    [true, undefined, 5],
    ["客户", undefined, 4],
    ["abc", "@", 3],
    [1 / 3, undefined, 11],
    [NaN, undefined, 0],
  ])("%p in %p takes %d characters", (v, format, n) => {
    expect(displayWidth(v as Cell, format as string | undefined)).toBe(n);
  });
});
