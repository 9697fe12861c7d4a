// The Office.js gateway's support for analyses that live in the workbook (issue 8), on the fake
// Excel of office-mock.ts: settings, growing sources, replacing a sheet in place (the order of
// operations and the syncs that carry them, conflicts), finding and converting =CX. formulas,
// and emphasised chart series.
import type { Cell, Report } from "../../src/core/report";
import { SheetPlan, WorkbookError, WorkbookErrorKind } from "../../src/excel/gateway";
import { EMPHASIS_LINE_WEIGHT, OfficeWorkbook } from "../../src/excel/office-gateway";
import { planReportSheet } from "../../src/excel/plan-report";
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
  ["Customer", "Day", "Amount"],
  ["C1", 45292, 100],
  ["C2", 45300, 20],
  ["C3", 45310, 35],
];

/** ExcelApi versions up to `max` are supported. */
function setup(max = "1.12") {
  const fake = new FakeExcel();
  fake.addSheet("Orders", ORDERS);
  const wb = new OfficeWorkbook({ run: fake.run, isSetSupported: (set, v) => set === "ExcelApi" && Number(v.split(".")[1]) <= Number(max.split(".")[1]) });
  return { fake, wb };
}

function plan(name: string, value: string): SheetPlan {
  return {
    name,
    blocks: [{ row: 0, col: 0, values: [["Customer", "Score"], [value, 5]] }],
    tables: [{ name: "RFM_Customers", row: 0, col: 0, rows: 2, cols: 2 }],
    charts: [],
    colorScales: [],
  };
}

describe("settings", () => {
  test("round trip: add in one sync, read back, delete", async () => {
    const { fake, wb } = setup();
    expect(await wb.readSetting("cx.recipes")).toBeUndefined();
    const before = fake.syncs;
    await wb.writeSetting("cx.recipes", '[{"id":"r1"}]');
    expect(fake.syncs - before).toBe(1);
    expect(fake.callsNamed("settings.add").map((c) => c.args)).toEqual([["cx.recipes", '[{"id":"r1"}]']]);
    expect(await wb.readSetting("cx.recipes")).toBe('[{"id":"r1"}]');
    await wb.writeSetting("cx.recipes", undefined);
    expect(fake.callsNamed("setting.delete").map((c) => c.args)).toEqual([["cx.recipes"]]);
    expect(await wb.readSetting("cx.recipes")).toBeUndefined();
    // Removing a setting that is not there deletes nothing.
    await wb.writeSetting("cx.none", undefined);
    expect(fake.callsNamed("setting.delete")).toHaveLength(1);
    // A non-string value another add-in stored comes back as JSON.
    fake.settings.set("other", { a: 1 });
    expect(await wb.readSetting("other")).toBe('{"a":1}');
  });
});

describe("growsWith", () => {
  test("a table by name (any case), or read at exactly its range", async () => {
    const { fake, wb } = setup();
    fake.addTable("Orders", "Sales", "A1:C4");
    expect(await wb.readRange("sales")).toEqual({ row: 0, col: 0, rows: 4, cols: 3, sheet: "Orders", address: "Orders!A1:C4", values: ORDERS, growsWith: "Sales" });
    const syncs = fake.syncs;
    expect((await wb.readRange("Orders!A1:C4")).growsWith).toBe("Sales");
    expect(fake.syncs - syncs).toBe(3); // sheet, values (with the table names), table ranges
    expect((await wb.readRange("Orders!A1:C3")).growsWith).toBeUndefined();
    fake.selection = { sheet: "Orders", ref: { row: 0, col: 0, rows: 4, cols: 3 } };
    expect((await wb.readSelection()).growsWith).toBe("Sales");
  });

  test("whole columns and rows: the sheet-qualified address asked for; fixed ranges: none", async () => {
    const { fake, wb } = setup();
    fake.addSheet("My data", ORDERS);
    expect(await wb.readRange("Orders!A:C")).toMatchObject({ address: "Orders!A1:C4", growsWith: "Orders!A:C" });
    expect((await wb.readRange("'My data'!2:3")).growsWith).toBe("'My data'!2:3");
    expect((await wb.readRange("Orders!A1:B2")).growsWith).toBeUndefined();
    fake.selection = { sheet: "My data", ref: { row: 0, col: 1, rows: 1_048_576, cols: 2 } };
    expect(await wb.readSelection()).toMatchObject({ address: "'My data'!B1:C4", growsWith: "'My data'!B:C" });
  });
});

describe("replaceSheet", () => {
  /** Orders, RFM (written by the gateway, table RFM_Customers), Notes; Orders active. */
  async function threeSheets(max?: string) {
    const { fake, wb } = setup(max);
    await wb.writeSheet(plan("RFM", "old"));
    fake.addSheet("Notes", [["n"]]);
    fake.active = "Orders";
    fake.calls = [];
    fake.runs = 0;
    return { fake, wb, start: fake.syncs };
  }

  test("temporary write, then delete + rename + position + table rename in ONE sync", async () => {
    const { fake, wb, start } = await threeSheets();
    await wb.replaceSheet("rfm", plan("RFM", "new"));
    expect(fake.runs).toBe(3); // check, write, swap
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "RFM", "Notes"]);
    expect(fake.read("RFM", { row: 0, col: 0, rows: 2, cols: 2 })).toEqual([
      ["Customer", "Score"],
      ["new", 5],
    ]);
    expect(fake.sheets[1].tables.map((t) => t.name)).toEqual(["RFM_Customers"]);
    expect(fake.active).toBe("Orders"); // the user's sheet stays in front
    const steps = fake.calls
      .filter((c) => ["worksheets.add", "tables.add", "table.name", "delete", "sheet.name", "sheet.position", "activate"].includes(c.name))
      .map((c) => [c.name, ...c.args, c.sync - start]);
    expect(steps).toEqual([
      ["worksheets.add", "RFM (new)", 4], // syncs 1-2 check, 3 the name check of the write, 4 the write
      ["tables.add", "RFM (new)", "A1:B2", true, 4],
      ["table.name", "RFM_Customers_new", 4],
      ["delete", "RFM", 6], // 5 sees the old sheet is still there
      ["sheet.name", "RFM (new)", "RFM", 6],
      ["sheet.position", "RFM", 1, 6],
      ["table.name", "RFM_Customers", 6],
    ]);
    expect(fake.syncs - start).toBe(6);
  });

  test("replacing the active sheet activates its replacement", async () => {
    const { fake, wb } = await threeSheets();
    fake.active = "RFM";
    await wb.replaceSheet("RFM", plan("RFM", "new"));
    expect(fake.active).toBe("RFM");
    expect(fake.callsNamed("activate").map((c) => c.args)).toEqual([["RFM (new)"]]);
    expect(fake.read("RFM", { row: 1, col: 0, rows: 1, cols: 1 })).toEqual([["new"]]);
  });

  test("the old sheet gone at the start: conflict, nothing written", async () => {
    const { fake, wb } = await threeSheets();
    fake.sheets = fake.sheets.filter((s) => s.name !== "RFM");
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(fake.callsNamed("worksheets.add")).toEqual([]);
    expect(fake.runs).toBe(1);
  });

  test("the old sheet deleted by someone else during the write: conflict, the temporary sheet removed", async () => {
    const { fake, wb, start } = await threeSheets();
    fake.beforeSync = { at: start + 4, edit: (f) => (f.sheets = f.sheets.filter((s) => s.name !== "RFM")) };
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "Notes"]);
    expect(fake.callsNamed("delete").map((c) => c.args)).toEqual([["RFM (new)"]]);
  });

  test("renamed by someone else during the write: conflict, their sheet kept, ours removed", async () => {
    const { fake, wb, start } = await threeSheets();
    fake.beforeSync = { at: start + 4, edit: (f) => (f.find("RFM")!.name = "Mine") };
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "Mine", "Notes"]);
    expect(fake.read("Mine", { row: 1, col: 0, rows: 1, cols: 1 })).toEqual([["old"]]);
  });

  test.each([
    ["ItemNotFound", "conflict"],
    ["InsertDeleteConflict", "conflict"],
    ["GeneralException", "write-failed"],
  ])("the write failing with %s: %s, the old sheet untouched, no temporary sheet", async (code, kind) => {
    const { fake, wb, start } = await threeSheets();
    fake.failSync = { at: start + 4, error: new OfficeError(code) };
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe(kind);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "RFM", "Notes"]);
    expect(fake.read("RFM", { row: 1, col: 0, rows: 1, cols: 1 })).toEqual([["old"]]);
    expect(fake.sheets[1].tables.map((t) => t.name)).toEqual(["RFM_Customers"]);
  });

  test("the swap failing after the old sheet went: the error is reported and the new content kept", async () => {
    const { fake, wb, start } = await threeSheets();
    fake.failSync = { at: start + 6, error: new OfficeError("Conflict") };
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    // The fake applies the swap's operations as they are queued, so here the old sheet is gone:
    // the new one is all there is and stays.
    expect(fake.sheets.map((s) => s.name)).toEqual(["Orders", "RFM", "Notes"]);
    expect(fake.read("RFM", { row: 1, col: 0, rows: 1, cols: 1 })).toEqual([["new"]]);
  });

  test("a table name used on another sheet is refused before anything is written", async () => {
    const { fake, wb } = await threeSheets();
    fake.addTable("Notes", "RFM_Customers_2", "A1");
    const p = plan("RFM", "new");
    p.tables[0].name = "rfm_customers_2";
    expect(await kindOf(wb.replaceSheet("RFM", p))).toBe("write-failed");
    expect(fake.callsNamed("worksheets.add")).toEqual([]);
  });
});

describe("findFormulas / convertFormulasToValues", () => {
  // E2 spills a 3x2 result: a header, text that looks like a formula, numbers, a boolean and a
  // numeric-looking text; G1 is someone else's formula; H1 is TEXT that reads like our formula.
  function withFormulas(max = "1.12") {
    const { fake, wb } = setup(max);
    fake.setFormula("Orders", "E2", "=CX.SEGMENT(A2:C4)", [
      ["Segment", "Revenue"],
      ["=not a formula", 120.5],
      ["00042", true],
    ]);
    fake.setFormula("Orders", "G1", "=SUM(A1)", [[0]]);
    fake.find("Orders")!.cells[0][7] = { value: "=CX.RFM(A:A)", format: "@" };
    fake.addSheet("Other", [["x"]]);
    fake.setFormula("Other", "B3", "=cx.rfm(Orders!A:C)", [[7]]);
    return { fake, wb };
  }

  test.each(["1.12", "1.8"])("findFormulas with ExcelApi up to %s lists the anchors whose formula starts with the prefix", async (max) => {
    const { fake, wb } = withFormulas(max);
    expect(await wb.findFormulas("=CX.")).toEqual([
      { sheet: "Orders", cells: ["E2"] },
      { sheet: "Other", cells: ["B3"] },
    ]);
    expect(await wb.findFormulas("=sum(")).toEqual([{ sheet: "Orders", cells: ["G1"] }]);
    // Special cells with ExcelApi 1.9, else the used range's formulas and values.
    expect(fake.callsNamed("getSpecialCellsOrNullObject").length > 0).toBe(max === "1.12");
  });

  test("converting a sheet writes the whole spill range, text protected; values read back exactly", async () => {
    const { fake, wb } = withFormulas();
    expect(await wb.convertFormulasToValues("=CX.", { sheet: "orders" })).toBe(1);
    const writes = fake.writes.filter((w) => w.prop === "values");
    expect(writes).toHaveLength(1);
    expect(writes[0].ref).toEqual({ row: 1, col: 4, rows: 3, cols: 2 });
    expect(writes[0].value).toEqual([
      ["Segment", "Revenue"],
      ["'=not a formula", 120.5],
      ["'00042", true],
    ]);
    expect(fake.read("Orders", { row: 1, col: 4, rows: 3, cols: 2 })).toEqual([
      ["Segment", "Revenue"],
      ["=not a formula", 120.5],
      ["00042", true],
    ]);
    expect(fake.cell("Orders", 2, 4)).toEqual({ value: "=not a formula" });
    expect(fake.cell("Orders", 0, 6)?.formulaText).toBe("=SUM(A1)"); // not ours: untouched
    expect(await wb.findFormulas("=CX.")).toEqual([{ sheet: "Other", cells: ["B3"] }]);
    expect(await wb.convertFormulasToValues("=CX.", { sheet: "Other" })).toBe(1);
    expect(fake.cell("Other", 2, 1)).toEqual({ value: 7 });
    expect(await wb.findFormulas("=CX.")).toEqual([]);
    expect(await kindOf(wb.convertFormulasToValues("=CX.", { sheet: "Gone" }))).toBe("conflict");
  });

  test("the selection: a formula counts when its anchor is selected", async () => {
    const { fake, wb } = withFormulas();
    fake.selection = { sheet: "Orders", ref: { row: 2, col: 4, rows: 2, cols: 2 } }; // E3:F4, inside the spill
    expect(await wb.convertFormulasToValues("=CX.", { selection: true })).toBe(0);
    expect(fake.writes).toEqual([]);
    fake.selection = { sheet: "Orders", ref: { row: 0, col: 4, rows: 1_048_576, cols: 1 } }; // E:E
    expect(await wb.convertFormulasToValues("=CX.", { selection: true })).toBe(1);
    expect(fake.cell("Orders", 1, 4)).toEqual({ value: "Segment" });
  });

  test("without ExcelApi 1.12 nothing is converted and the error says why", async () => {
    const { fake, wb } = withFormulas("1.11");
    const e = await wb.convertFormulasToValues("=CX.", { sheet: "Orders" }).catch((x: unknown) => x);
    expect(e).toMatchObject({ kind: "write-failed" });
    expect((e as Error).message).toContain("ExcelApi 1.12");
    expect(fake.writes).toEqual([]);
    // With nothing to convert there is nothing to refuse.
    expect(await wb.convertFormulasToValues("=NONE", { sheet: "Orders" })).toBe(0);
  });
});

describe("emphasis", () => {
  const report: Report = {
    title: "Strategy canvas",
    facts: [],
    tables: [
      {
        name: "canvas",
        title: "Canvas",
        header: ["Factor", "Ours", "Rival"],
        rows: [
          ["Price", 3, 4],
          ["Speed", 5, 2],
        ],
        formats: ["text", "number", "number"],
      },
    ],
    charts: [{ type: "line", title: "Canvas", table: "canvas", category: "Factor", series: ["Ours", "Rival"], emphasis: ["Ours"] }],
    explanation: [],
  };

  test("ChartSpec.emphasis reaches the plan's series and a heavier line in Excel", async () => {
    const sheet = planReportSheet(report, { sheetName: "Canvas", labels: { source: "Source", formula: "Formula", formulaNote: "Copy" } });
    expect(sheet.charts[0].series.map((s) => [s.name, s.emphasis])).toEqual([
      ["Ours", true],
      ["Rival", undefined],
    ]);
    const { fake, wb } = setup();
    await wb.writeSheet(sheet);
    expect(fake.charts[0].series.map((s) => [s.name, s.lineWeight])).toEqual([
      ["Ours", EMPHASIS_LINE_WEIGHT],
      ["Rival", undefined],
    ]);
    expect(EMPHASIS_LINE_WEIGHT).toBe(4.5);
  });

  test("only line charts get the heavier line", async () => {
    const sheet = planReportSheet({ ...report, charts: [{ ...report.charts[0], type: "column" }] }, { sheetName: "Canvas", labels: { source: "Source", formula: "Formula", formulaNote: "Copy" } });
    const { fake, wb } = setup();
    await wb.writeSheet(sheet);
    expect(fake.charts[0].series.map((s) => s.lineWeight)).toEqual([undefined, undefined]);
  });
});
