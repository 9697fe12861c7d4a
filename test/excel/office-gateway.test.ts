import type { Cell } from "../../src/core/report";
import { SheetPlan, WorkbookError, WorkbookErrorKind, WriteProgress } from "../../src/excel/gateway";
import { CHART_TYPES, COLOR_SCALE, OfficeWorkbook, POINTS_PER_CHAR, toWorkbookError } from "../../src/excel/office-gateway";
import { planWrites, totalCells } from "../../src/excel/write-batches";
import { FakeExcel, OfficeError } from "./office-mock";

async function kindOf(p: Promise<unknown>): Promise<WorkbookErrorKind> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e.kind;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}

const ORDERS: Cell[][] = [
  ["Customer ID", "Order Date", "Amount"],
  ["C001", 45292, 100],
  ["C002", 45300, 20.5],
  ["C001", 45310, 7],
  ["C003", 45311, 8],
];

function setup(options: { payloadLimit?: number; readChunkCells?: number; secondaryAxis?: boolean } = {}) {
  const fake = new FakeExcel();
  fake.addSheet("Orders", ORDERS);
  const wb = new OfficeWorkbook({ run: fake.run, payloadLimit: options.payloadLimit, readChunkCells: options.readChunkCells, isSetSupported: (set, v) => set === "ExcelApi" && v === "1.8" && (options.secondaryAxis ?? true) });
  return { fake, wb };
}

function smallPlan(name = "RFM"): SheetPlan {
  return {
    name,
    blocks: [
      { row: 0, col: 0, values: [["Title"]], style: "title" },
      { row: 2, col: 0, values: [["As of"]], style: "label" },
      { row: 2, col: 1, values: [[45469]], columnFormats: ["yyyy-mm-dd"] },
      { row: 3, col: 1, values: [["Copy this formula"]], style: "note" },
      { row: 4, col: 0, values: [["Customer", "Segment", "Revenue"]], style: "header" },
      {
        row: 5,
        col: 0,
        values: [
          ["=HYPERLINK(\"http://evil\",\"x\")", "=1+1", 10],
          ["00042", "Champions", 20],
          [1004, "At Risk", 30],
        ],
        columnFormats: ["@", undefined, "#,##0.00"],
      },
    ],
    tables: [{ name: "RFM_Customers", row: 4, col: 0, rows: 4, cols: 3 }],
    charts: [
      {
        type: "column",
        title: "Customers and revenue",
        categories: { row: 5, col: 1, rows: 3, cols: 1 },
        series: [
          { name: "Customers", values: { row: 5, col: 0, rows: 3, cols: 1 } },
          { name: "Revenue", values: { row: 5, col: 2, rows: 3, cols: 1 }, secondaryAxis: true },
        ],
        position: { row: 0, col: 5, rows: 18, cols: 8 },
      },
    ],
    colorScales: [{ row: 5, col: 2, rows: 3, cols: 1 }],
    columnWidths: [12, undefined, 9],
  };
}

function bigPlan(rows: number): SheetPlan {
  const values: Cell[][] = [];
  for (let i = 0; i < rows; i++) values.push([`C${String(i).padStart(6, "0")}`, i % 365, 1 + (i % 9), 10 + i / 8, i % 2 ? "Champions" : "=risky"]);
  return {
    name: "Big",
    blocks: [
      { row: 0, col: 0, values: [["Title"]], style: "title" },
      { row: 2, col: 0, values: [["Customer", "Recency", "Frequency", "Monetary", "Segment"]], style: "header" },
      { row: 3, col: 0, values, columnFormats: ["@", "#,##0", "#,##0", "#,##0.00", "@"] },
    ],
    tables: [{ name: "Big_Customers", row: 2, col: 0, rows: rows + 1, cols: 5 }],
    charts: [],
    colorScales: [],
  };
}

describe("reading with office-addin-mock", () => {
  test("listSheets and listTables load the names in one sync each", async () => {
    const { fake, wb } = setup();
    fake.addSheet("Notes");
    fake.otherTables = ["Sales"];
    expect(await wb.listSheets()).toEqual(["Orders", "Notes"]);
    expect(await wb.listTables()).toEqual(["Sales"]);
    expect(fake.callsNamed("worksheets.load")[0].args).toEqual(["items/name"]);
    expect(fake.callsNamed("tables.load")[0].args).toEqual(["items/name"]);
    expect(fake.syncs).toBe(2);
  });

  test("readRange: sheet-qualified address, values, two syncs for a small range", async () => {
    const { fake, wb } = setup();
    const r = await wb.readRange("Orders!A1:C5");
    expect(r).toEqual({ row: 0, col: 0, rows: 5, cols: 3, sheet: "Orders", address: "Orders!A1:C5", values: ORDERS });
    expect(fake.syncs).toBe(2);
    expect(fake.ranges.filter((x) => x.loaded.includes("values")).map((x) => x.ref)).toEqual([{ row: 0, col: 0, rows: 5, cols: 3 }]);
  });

  test("readRange reads large ranges in row chunks, one sync each", async () => {
    const { fake, wb } = setup({ readChunkCells: 6 });
    const r = await wb.readRange("Orders!A1:C5");
    expect(r.values).toEqual(ORDERS);
    const reads = fake.ranges.filter((x) => x.loaded.includes("values")).map((x) => x.ref);
    expect(reads).toEqual([
      { row: 0, col: 0, rows: 2, cols: 3 },
      { row: 2, col: 0, rows: 2, cols: 3 },
      { row: 4, col: 0, rows: 1, cols: 3 },
    ]);
    expect(fake.syncs).toBe(1 + 3);
  });

  test("whole columns are trimmed to the used range", async () => {
    const { fake, wb } = setup();
    const r = await wb.readRange("Orders!B:C");
    expect(fake.callsNamed("getUsedRangeOrNullObject")[0].args).toEqual(["Orders", true]);
    expect(r.address).toBe("Orders!B1:C5");
    expect(r.values).toEqual(ORDERS.map((row) => row.slice(1)));
    fake.addSheet("Empty");
    expect(await kindOf(wb.readRange("Empty!A:A"))).toBe("empty-range");
    expect(await kindOf(wb.readRange("Orders!F:G"))).toBe("empty-range");
  });

  test("an address without a sheet reads the active sheet", async () => {
    const { wb } = setup();
    expect((await wb.readRange("B2")).values).toEqual([[45292]]);
  });

  test("defined names, missing sheets, nonsense", async () => {
    const { fake, wb } = setup();
    fake.definedNames.set("AMOUNTS", { sheet: "Orders", ref: { row: 1, col: 2, rows: 2, cols: 1 } });
    const r = await wb.readRange("Amounts");
    expect(r).toMatchObject({ sheet: "Orders", address: "Orders!C2:C3", values: [[100], [20.5]] });
    expect(await kindOf(wb.readRange("Nope!A1"))).toBe("bad-address");
    expect(await kindOf(wb.readRange("NoSuchName"))).toBe("bad-address");
  });

  test("readSelection: the selected range, values read in chunks", async () => {
    const { fake, wb } = setup({ readChunkCells: 3 });
    fake.selection = { sheet: "Orders", ref: { row: 1, col: 0, rows: 4, cols: 2 } };
    const r = await wb.readSelection();
    expect(r).toEqual({ row: 1, col: 0, rows: 4, cols: 2, sheet: "Orders", address: "Orders!A2:B5", values: ORDERS.slice(1).map((x) => x.slice(0, 2)) });
    expect(fake.ranges.filter((x) => x.loaded.includes("values"))).toHaveLength(4); // 3 cells per read: one row of 2 at a time
    expect(fake.syncs).toBe(1 + 4);
  });

  test("readSelection: a whole-column selection is trimmed; an invalid selection is no-selection", async () => {
    const { fake, wb } = setup();
    fake.selection = { sheet: "Orders", ref: { row: 0, col: 0, rows: 1_048_576, cols: 1 } };
    expect((await wb.readSelection()).address).toBe("Orders!A1:A5");
    fake.selection = undefined;
    expect(await kindOf(wb.readSelection())).toBe("no-selection");
  });

  test("activate: the sheet's activate() in one sync; a deleted sheet is a conflict", async () => {
    const { fake, wb } = setup();
    fake.addSheet("Notes");
    await wb.activate("Notes");
    expect(fake.active).toBe("Notes");
    expect(fake.syncs).toBe(1);
    expect(await kindOf(wb.activate("Gone"))).toBe("conflict");
  });
});

describe("writeSheet with office-addin-mock", () => {
  test("a small plan: one Excel.run, a sync to check the name, ONE sync for the whole write", async () => {
    const { fake, wb } = setup();
    const progress: WriteProgress[] = [];
    await wb.writeSheet(smallPlan(), (p) => progress.push(p));
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(2);
    expect(fake.payloads[0]).toBe(0); // the check carries no cells
    expect(fake.writes.every((w) => w.sync === 2)).toBe(true);
    expect(fake.calls.map((c) => [c.name, c.sync])).toEqual([
      ["getItemOrNullObject", 1],
      ["sync", 1],
      ["worksheets.add", 2],
      ["tables.add", 2],
      ["table.name", 2],
      ["charts.add", 2],
      ["activate", 2],
      ["sync", 2],
    ]);
    expect(totalCells(smallPlan().blocks)).toBe(16); // 1 + 1 + 1 + 1 + 3 + 3 x 3
    expect(progress).toEqual([{ done: 16, total: 16 }]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "RFM"]);
    expect(fake.active).toBe("RFM");
  });

  test("values go to the right ranges; text-format columns get '@' before their values", async () => {
    const { fake, wb } = setup();
    await wb.writeSheet(smallPlan());
    const body = fake.writes.filter((w) => w.ref.row === 5);
    expect(body.map((w) => w.prop)).toEqual(["numberFormat", "values"]);
    expect(body[0]).toMatchObject({ sheet: "RFM", ref: { row: 5, col: 0, rows: 3, cols: 3 } });
    expect(body[0].value).toEqual([
      ["@", null, "#,##0.00"],
      ["@", null, "#,##0.00"],
      ["@", null, "#,##0.00"],
    ]);
    expect(body[1].value).toEqual([
      ["=HYPERLINK(\"http://evil\",\"x\")", "'=1+1", 10],
      ["00042", "Champions", 20],
      ["1004", "At Risk", 30],
    ]);
    // Every write of values to a text-formatted column was preceded by its format.
    fake.writes.forEach((w, k) => {
      if (w.prop !== "values") return;
      const format = fake.writes.slice(0, k).find((f) => f.prop === "numberFormat" && JSON.stringify(f.ref) === JSON.stringify(w.ref));
      const plan = smallPlan().blocks.find((b) => b.row === w.ref.row && b.col === w.ref.col)!;
      expect(!!format).toBe(!!plan.columnFormats);
    });
    // What the fake Excel stored, entering values as Excel does: text stays text, no formulas.
    expect(fake.read("RFM", { row: 5, col: 0, rows: 3, cols: 3 })).toEqual([
      ["=HYPERLINK(\"http://evil\",\"x\")", "=1+1", 10],
      ["00042", "Champions", 20],
      ["1004", "At Risk", 30],
    ]);
    expect(fake.sheets[1].cells.flat().some((c) => c?.formula)).toBe(false);
    expect(fake.cell("RFM", 2, 1)).toEqual({ value: 45469, format: "yyyy-mm-dd" });
  });

  test("styles, table, color scale, chart, widths", async () => {
    const { fake, wb } = setup();
    await wb.writeSheet(smallPlan());
    const rangeAt = (row: number, col: number) => fake.ranges.find((r) => r.sheet === "RFM" && r.ref.row === row && r.ref.col === col)!.range as { format: { font: Record<string, unknown>; columnWidth?: number } };
    expect(rangeAt(0, 0).format.font).toMatchObject({ bold: true, size: 14 });
    expect(rangeAt(4, 0).format.font).toMatchObject({ bold: true });
    expect(rangeAt(3, 1).format.font).toMatchObject({ italic: true, color: "#595959" });

    expect(fake.callsNamed("tables.add")[0].args).toEqual(["RFM", "A5:C8", true]);
    expect(fake.sheets[1].tables).toEqual([{ name: "RFM_Customers", ref: { row: 4, col: 0, rows: 4, cols: 3 } }]);

    expect(fake.colorScales).toEqual([
      {
        sheet: "RFM",
        type: "ColorScale",
        ref: { row: 5, col: 2, rows: 3, cols: 1 },
        colorScale: { criteria: { minimum: { type: "LowestValue", color: COLOR_SCALE.low }, maximum: { type: "HighestValue", color: COLOR_SCALE.high } } },
      },
    ]);

    expect(fake.charts).toEqual([
      {
        sheet: "RFM",
        type: "ColumnClustered",
        source: { row: 5, col: 0, rows: 3, cols: 1 },
        seriesBy: "Columns",
        title: { text: "Customers and revenue" },
        legend: { visible: true, position: "Bottom" },
        series: [
          { name: "Customers", values: { row: 5, col: 0, rows: 3, cols: 1 }, xValues: { row: 5, col: 1, rows: 3, cols: 1 } },
          { name: "Revenue", values: { row: 5, col: 2, rows: 3, cols: 1 }, xValues: { row: 5, col: 1, rows: 3, cols: 1 }, axisGroup: "Secondary", chartType: "Line" },
        ],
        position: ["F1", "M18"],
      },
    ]);

    const widths = fake.ranges.filter((r) => r.sheet === "RFM" && (r.range as { format: { columnWidth?: number } }).format.columnWidth !== undefined);
    expect(widths.map((r) => [r.ref.col, (r.range as { format: { columnWidth: number } }).format.columnWidth])).toEqual([
      [0, 12 * POINTS_PER_CHAR],
      [2, 9 * POINTS_PER_CHAR],
    ]);
  });

  test("without ExcelApi 1.8 no series goes on a secondary axis", async () => {
    const { fake, wb } = setup({ secondaryAxis: false });
    await wb.writeSheet(smallPlan());
    expect(fake.charts[0].series[1]).toEqual({ name: "Revenue", values: { row: 5, col: 2, rows: 3, cols: 1 }, xValues: { row: 5, col: 1, rows: 3, cols: 1 } });
  });

  test("by default the requirement set is asked of Office.context.requirements", async () => {
    const asked: string[] = [];
    (globalThis as Record<string, unknown>).Office = { context: { requirements: { isSetSupported: (n: string, v: string) => (asked.push(`${n} ${v}`), false) } } };
    try {
      const fake = new FakeExcel();
      await new OfficeWorkbook({ run: fake.run }).writeSheet(smallPlan());
      expect(asked).toEqual(["ExcelApi 1.8"]);
      expect(fake.charts[0].series[1].axisGroup).toBeUndefined();
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    // And with no Office global at all, the guarded check says no.
    const fake = new FakeExcel();
    await new OfficeWorkbook({ run: fake.run }).writeSheet(smallPlan());
    expect(fake.charts[0].series[1].axisGroup).toBeUndefined();
  });

  test("chart types map to Excel's", async () => {
    expect(CHART_TYPES).toEqual({ column: "ColumnClustered", bar: "BarClustered", line: "Line", scatter: "XYScatter", pie: "Pie" });
    const { fake, wb } = setup();
    const plan = smallPlan();
    plan.charts = (["bar", "line", "scatter", "pie"] as const).map((type) => ({ ...smallPlan().charts[0], type }));
    await wb.writeSheet(plan);
    expect(fake.charts.map((c) => c.type)).toEqual(["BarClustered", "Line", "XYScatter", "Pie"]);
    // Only a column chart turns its secondary series into a line.
    expect(fake.charts.map((c) => c.series[1].chartType)).toEqual([undefined, undefined, undefined, undefined]);
    expect(fake.charts.map((c) => c.series[1].axisGroup)).toEqual(["Secondary", "Secondary", "Secondary", "Secondary"]);
  });

  test("100,000 rows under a 1 MB limit: one sync per batch, each sync's payload under the limit", async () => {
    const limit = 1_000_000;
    const { fake, wb } = setup({ payloadLimit: limit });
    const plan = bigPlan(100_000);
    const progress: WriteProgress[] = [];
    await wb.writeSheet(plan, (p) => progress.push(p));
    const batches = planWrites(plan.blocks, limit);
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(fake.runs).toBe(1);
    expect(fake.syncs).toBe(1 + batches.length);
    for (const bytes of fake.payloads) expect(bytes).toBeLessThanOrEqual(limit);
    expect(fake.payloads.slice(1).reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 0.8 * 1_000_000); // the data really went through
    // Progress after each sync, rising to the total.
    expect(progress).toHaveLength(batches.length);
    expect(progress.map((p) => p.done)).toEqual(batches.map((_, k) => batches.slice(0, k + 1).reduce((n, b) => n + b.cells, 0)));
    expect(progress.at(-1)).toEqual({ done: 500_006, total: 500_006 });
    // The chunks cover the body's rows in order, each with its formats first.
    const body = fake.writes.filter((w) => w.ref.row >= 3);
    expect(body.filter((_, k) => k % 2 === 0).every((w) => w.prop === "numberFormat")).toBe(true);
    let next = 3;
    for (const w of body.filter((x) => x.prop === "values")) {
      expect(w.ref.row).toBe(next);
      next += w.ref.rows;
    }
    expect(next).toBe(100_003);
    expect(fake.read("Big", { row: 100_002, col: 0, rows: 1, cols: 5 })).toEqual([["C099999", 99_999 % 365, 1 + (99_999 % 9), 10 + 99_999 / 8, "Champions"]]);
    expect(fake.read("Big", { row: 100_001, col: 4, rows: 1, cols: 1 })).toEqual([["=risky"]]);
    expect(fake.callsNamed("tables.add")[0].args).toEqual(["Big", "A3:E100003", true]);
  });

  test("a taken name (any case) is sheet-exists: nothing added, nothing deleted", async () => {
    const { fake, wb } = setup();
    fake.addSheet("rfm");
    expect(await kindOf(wb.writeSheet(smallPlan("RFM")))).toBe("sheet-exists");
    expect(fake.callsNamed("worksheets.add")).toEqual([]);
    expect(fake.callsNamed("delete")).toEqual([]);
    expect(fake.runs).toBe(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "rfm"]);
  });

  test("rollback: a sync failing mid-write deletes the new sheet (by id) in a fresh run", async () => {
    const { fake, wb } = setup({ payloadLimit: 1_000_000 });
    fake.failSync = { at: 3, error: new OfficeError("GeneralException", "boom") }; // check, first batch, then this
    const progress: WriteProgress[] = [];
    const error = await wb.writeSheet(bigPlan(100_000), (p) => progress.push(p)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe("write-failed");
    expect((error as WorkbookError).message).toBe("GeneralException: boom");
    expect(fake.runs).toBe(2);
    const del = fake.callsNamed("delete");
    expect(del).toHaveLength(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders"]);
    expect(progress).toHaveLength(1); // one batch made it before the failure
    // The rollback (second run) looked the sheet up by the id the first write sync returned.
    const lookups = fake.callsNamed("getItemOrNullObject").map((c) => c.args[0]);
    expect(lookups).toEqual(["Big", "{sheet-2}"]);
  });

  test("rollback when the very first write sync fails (no id yet): deleted by name", async () => {
    const { fake, wb } = setup();
    fake.failSync = { at: 2, error: new OfficeError("InvalidArgument") };
    expect(await kindOf(wb.writeSheet(smallPlan()))).toBe("write-failed");
    expect(fake.callsNamed("delete").map((c) => c.args)).toEqual([["RFM"]]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders"]);
  });

  test("an item that vanished mid-write is a conflict, rolled back too", async () => {
    const { fake, wb } = setup();
    fake.failSync = { at: 2, error: new OfficeError("ItemNotFound") };
    expect(await kindOf(wb.writeSheet(smallPlan()))).toBe("conflict");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders"]);
  });

  test("a name taken between the check and the add: conflict, and the other sheet is NOT deleted", async () => {
    const { fake, wb } = setup();
    fake.failSync = { at: 2, error: new OfficeError("ItemAlreadyExists") };
    expect(await kindOf(wb.writeSheet(smallPlan()))).toBe("conflict");
    expect(fake.callsNamed("delete")).toEqual([]);
    expect(fake.runs).toBe(1);
  });

  test("a failing rollback does not hide the original error", async () => {
    const { fake } = setup();
    fake.failSync = { at: 2, error: new OfficeError("InvalidArgument", "first") };
    let runs = 0;
    const wb = new OfficeWorkbook({
      run: (batch) => {
        runs++;
        if (runs === 2) return Promise.reject(new OfficeError("GeneralException", "rollback failed"));
        return fake.run(batch);
      },
    });
    const e = await wb.writeSheet(smallPlan()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookError);
    expect((e as WorkbookError).message).toBe("InvalidArgument: first");
    expect(runs).toBe(2);
  });

  test("an invalid sheet name is refused before Excel is called", async () => {
    const { fake, wb } = setup();
    expect(await kindOf(wb.writeSheet(smallPlan("a:b")))).toBe("write-failed");
    expect(fake.runs).toBe(0);
  });
});

describe("toWorkbookError", () => {
  test.each([
    ["ItemNotFound", "conflict"],
    ["Conflict", "conflict"],
    ["ItemAlreadyExists", "conflict"],
    ["InsertDeleteConflict", "conflict"],
    ["InvalidOperation", "write-failed"],
    ["GeneralException", "write-failed"],
  ])("code %s -> %s", (code, kind) => {
    const e = toWorkbookError(new OfficeError(code, "m"));
    expect(e.kind).toBe(kind);
    expect(e.message).toBe(`${code}: m`);
  });

  test("WorkbookErrors pass through; plain errors take the fallback", () => {
    const w = new WorkbookError("sheet-exists", "x");
    expect(toWorkbookError(w)).toBe(w);
    expect(toWorkbookError(new Error("plain"), "bad-address")).toMatchObject({ kind: "bad-address", message: "plain" });
    expect(toWorkbookError("text")).toMatchObject({ kind: "write-failed", message: "text" });
  });
});
