// The in-memory workbook's support for analyses that live in the workbook (issue 8): settings
// that survive save and reopen, growing sources (tables, whole columns), replacing a sheet in
// place, and finding / converting =CX. formulas with spilled results.
import { MAX_ROWS } from "../../src/excel/address";
import { SheetPlan, WorkbookError, WorkbookErrorKind } from "../../src/excel/gateway";
import { MemoryWorkbook } from "../../src/excel/memory-gateway";
import { replacementNames } from "../../src/excel/replace-names";

async function kindOf(p: Promise<unknown>): Promise<WorkbookErrorKind> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e.kind;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}

const DATA = [
  ["Customer", "Day", "Amount"],
  ["C1", 45292, 100],
  ["C2", 45300, 20],
  ["C3", 45310, 35],
];

function plan(name: string, value: string, tables = [{ name: "RFM_Customers", row: 0, col: 0, rows: 2, cols: 2 }]): SheetPlan {
  return {
    name,
    blocks: [{ row: 0, col: 0, values: [["Customer", "Score"], [value, 5]] }],
    tables,
    charts: [],
    colorScales: [],
  };
}

/** Orders, then RFM (with table RFM_Customers), then Notes; RFM written by writeSheet. */
async function threeSheets(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", DATA);
  await wb.writeSheet(plan("RFM", "old"));
  wb.addSheetWithValues("Notes", [["n"]]);
  await wb.activate("Orders");
  return wb;
}

describe("settings", () => {
  test("set, get, overwrite and delete; listeners hear each write", async () => {
    const wb = new MemoryWorkbook();
    let events = 0;
    wb.subscribe(() => events++);
    expect(await wb.readSetting("cx.recipes")).toBeUndefined();
    await wb.writeSetting("cx.recipes", '[{"id":"r1"}]');
    expect(await wb.readSetting("cx.recipes")).toBe('[{"id":"r1"}]');
    await wb.writeSetting("cx.recipes", "[]");
    expect(await wb.readSetting("cx.recipes")).toBe("[]");
    await wb.writeSetting("cx.recipes", undefined);
    expect(await wb.readSetting("cx.recipes")).toBeUndefined();
    expect(events).toBe(3);
  });

  test("settings, sheets, tables, names and formulas survive saveFile / open; the file is a copy", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Orders", DATA);
    wb.addTable("Orders", "Sales", "A1:C4");
    wb.defineName("Amounts", "Orders!C2:C4");
    wb.setFormula("Orders", "E1", "=CX.RFM(A:A,B:B,C:C)", [["Customer", "R"], ["C1", 3]]);
    await wb.writeSetting("cx.recipes", '[{"id":"r1","sheet":"RFM"}]');
    wb.select("Orders", "B2:C3");
    const file = wb.saveFile();
    await wb.writeSetting("cx.recipes", "changed after saving");

    const again = MemoryWorkbook.open(file);
    expect(await again.readSetting("cx.recipes")).toBe('[{"id":"r1","sheet":"RFM"}]');
    expect(again.sheetNames).toEqual(["Orders"]);
    expect(again.sheet("Orders")!.values).toEqual([
      ["Customer", "Day", "Amount", "", "Customer", "R"],
      ["C1", 45292, 100, "", "C1", 3],
      ["C2", 45300, 20, "", "", ""],
      ["C3", 45310, 35, "", "", ""],
    ]);
    expect(await again.listTables()).toEqual(["Sales"]);
    expect((await again.readRange("Amounts")).values).toEqual([[100], [20], [35]]);
    expect(await again.findFormulas("=cx.")).toEqual([{ sheet: "Orders", cells: ["E1"] }]);
    expect(again.selection).toEqual({ row: 1, col: 1, rows: 2, cols: 2 });
    // What JSON cannot carry is not in the file: it is plain data.
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });
});

describe("growsWith", () => {
  test("a table: by its name (any case) or by exactly its address", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Data", DATA);
    wb.addTable("Data", "Sales", "A1:C4");
    const byName = await wb.readRange("sales");
    expect(byName).toMatchObject({ address: "Data!A1:C4", growsWith: "Sales", values: DATA });
    expect((await wb.readRange("Data!A1:C4")).growsWith).toBe("Sales");
    wb.select("Data", "A1:C4");
    expect((await wb.readSelection()).growsWith).toBe("Sales");
  });

  test("whole columns or rows: the sheet-qualified address asked for; a fixed range: none", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Data", DATA);
    wb.addSheetWithValues("My data", DATA);
    const cols = await wb.readRange("Data!A:C");
    expect(cols).toMatchObject({ address: "Data!A1:C4", growsWith: "Data!A:C" });
    expect((await wb.readRange("'My data'!B:C")).growsWith).toBe("'My data'!B:C");
    expect((await wb.readRange("Data!1:3")).growsWith).toBe("Data!1:3");
    expect((await wb.readRange("Data!A1:C5")).growsWith).toBeUndefined();
    expect((await wb.readRange("Data!A1:C3")).growsWith).toBeUndefined();
    wb.select("My data", "A:C");
    expect((await wb.readSelection()).growsWith).toBe("'My data'!A:C");
    wb.select("My data", "A1:B2");
    expect((await wb.readSelection()).growsWith).toBeUndefined();
  });

  test("appendRows types under the used range and grows a table ending there", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Data", DATA);
    wb.addTable("Data", "Sales", "A1:C4");
    const at = wb.appendRows("Data", [
      ["C4", 45320, 60],
      ["C1", 45330, 15],
    ]);
    expect(at).toEqual({ row: 4, col: 0, rows: 2, cols: 3 });
    expect(wb.sheet("Data")!.tables).toEqual([{ name: "Sales", row: 0, col: 0, rows: 6, cols: 3 }]);
    const r = await wb.readRange("Sales");
    expect(r.address).toBe("Data!A1:C6");
    expect(r.values.slice(4)).toEqual([
      ["C4", 45320, 60],
      ["C1", 45330, 15],
    ]);
    // Whole columns pick the rows up as well.
    expect((await wb.readRange("Data!A:C")).rows).toBe(6);
  });

  test("a table not at the bottom of the used range does not grow", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Data", [...DATA, ["total", "", 155]]);
    wb.addTable("Data", "Sales", "A1:C4");
    wb.appendRows("Data", [["C9", 1, 1]]);
    expect(wb.sheet("Data")!.tables[0].rows).toBe(4);
  });
});

describe("replaceSheet", () => {
  test("keeps the position, name, table names and active sheet; replaces the content", async () => {
    const wb = await threeSheets();
    await wb.activate("RFM");
    await wb.replaceSheet("rfm", plan("RFM", "new"));
    expect(wb.sheetNames).toEqual(["Orders", "RFM", "Notes"]);
    expect(wb.activeSheet).toBe("RFM");
    const s = wb.sheet("RFM")!;
    expect(s.values).toEqual([
      ["Customer", "Score"],
      ["new", 5],
    ]);
    expect(s.tables).toEqual([{ name: "RFM_Customers", row: 0, col: 0, rows: 2, cols: 2 }]);
    expect(await wb.listTables()).toEqual(["RFM_Customers"]);
  });

  test("another active sheet stays active", async () => {
    const wb = await threeSheets();
    await wb.replaceSheet("RFM", plan("RFM", "new"));
    expect(wb.activeSheet).toBe("Orders");
  });

  test("while the plan is written, the new sheet has a temporary name and temporary table names", async () => {
    const wb = await threeSheets();
    const seen: { sheets: string[]; tables: string[] }[] = [];
    wb.duringNextWrite((w) => seen.push({ sheets: w.sheetNames, tables: w.sheet("RFM")!.tables.map((t) => t.name) }));
    await wb.replaceSheet("RFM", plan("RFM", "new"));
    expect(seen).toEqual([{ sheets: ["Orders", "RFM", "Notes", "RFM (new)"], tables: ["RFM_Customers"] }]);
    expect(replacementNames(plan("RFM", "x"), "RFM", ["Orders", "RFM", "Notes"], ["RFM_Customers"], ["RFM_Customers"])).toEqual({
      sheet: "RFM (new)",
      tables: ["RFM_Customers_new"],
    });
  });

  test("a failed write leaves the old sheet untouched and no temporary sheet", async () => {
    const wb = await threeSheets();
    wb.failNextWrite(2);
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("write-failed");
    expect(wb.sheetNames).toEqual(["Orders", "RFM", "Notes"]);
    expect(wb.sheet("RFM")!.values[1]).toEqual(["old", 5]);
    expect(await wb.listTables()).toEqual(["RFM_Customers"]);
  });

  test("the old sheet gone at the start is a conflict; nothing is written", async () => {
    const wb = await threeSheets();
    wb.deleteSheet("RFM");
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(wb.sheetNames).toEqual(["Orders", "Notes"]);
  });

  test("the old sheet deleted or renamed during the write: conflict, no temporary sheet left", async () => {
    const wb = await threeSheets();
    wb.duringNextWrite((w) => w.deleteSheet("RFM"));
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(wb.sheetNames).toEqual(["Orders", "Notes"]);
    expect(await wb.listTables()).toEqual([]);

    const wb2 = await threeSheets();
    wb2.duringNextWrite((w) => w.renameSheet("RFM", "Mine"));
    expect(await kindOf(wb2.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(wb2.sheetNames).toEqual(["Orders", "Mine", "Notes"]);
    expect(wb2.sheet("Mine")!.values[1]).toEqual(["old", 5]);
  });

  test("a conflict error injected into the write reaches the caller as a conflict (Office code or WorkbookError)", async () => {
    const wb = await threeSheets();
    wb.failNextWrite(1, Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }));
    expect(await kindOf(wb.replaceSheet("RFM", plan("RFM", "new")))).toBe("conflict");
    expect(wb.sheetNames).toEqual(["Orders", "RFM", "Notes"]);
    wb.failNextWrite(0, new WorkbookError("conflict", "edited"));
    expect(await kindOf(wb.writeSheet(plan("Other", "x", [])))).toBe("conflict");
    expect(wb.sheetNames).toEqual(["Orders", "RFM", "Notes"]);
  });

  test("a new name, and tables named like ones on other sheets", async () => {
    const wb = await threeSheets();
    await wb.replaceSheet("RFM", plan("RFM 2024", "new", [{ name: "RFM_2024", row: 0, col: 0, rows: 2, cols: 2 }]));
    expect(wb.sheetNames).toEqual(["Orders", "RFM 2024", "Notes"]);
    expect(await wb.listTables()).toEqual(["RFM_2024"]);
    expect(await kindOf(wb.replaceSheet("RFM 2024", plan("Orders", "x")))).toBe("sheet-exists");
    wb.addTable("Notes", "Taken", "A1");
    expect(await kindOf(wb.replaceSheet("RFM 2024", plan("RFM 2024", "x", [{ name: "taken", row: 0, col: 0, rows: 2, cols: 2 }])))).toBe("write-failed");
    expect(wb.sheetNames).toEqual(["Orders", "RFM 2024", "Notes"]);
  });
});

describe("findFormulas / convertFormulasToValues", () => {
  // E2 spills a 3x2 result whose values are kept exactly: text that looks like a formula, numbers,
  // a boolean, a numeric-looking text; G1 holds =SUM(A1), which is not ours.
  function withFormulas(): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("Data", DATA);
    wb.setFormula("Data", "E2", "=CX.SEGMENT(A2:C4)", [
      ["Segment", "Revenue"],
      ["=not a formula", 120.5],
      ["00042", true],
    ]);
    wb.setFormula("Data", "G1", "=SUM(A1)", [[0]]);
    wb.addSheetWithValues("Other", [["x"]]);
    wb.setFormula("Other", "B3", "=cx.rfm(Data!A:C)", [[7]]);
    return wb;
  }

  test("findFormulas lists anchors whose formula starts with the prefix, any case", async () => {
    const wb = withFormulas();
    expect(await wb.findFormulas("=CX.")).toEqual([
      { sheet: "Data", cells: ["E2"] },
      { sheet: "Other", cells: ["B3"] },
    ]);
    expect(await wb.findFormulas("=sum(")).toEqual([{ sheet: "Data", cells: ["G1"] }]);
    expect(await wb.findFormulas("=NOPE")).toEqual([]);
  });

  test("a sheet: every value kept exactly, text stays text, other formulas untouched", async () => {
    const wb = withFormulas();
    expect(await wb.convertFormulasToValues("=CX.", { sheet: "data" })).toBe(1);
    const s = wb.sheet("Data")!;
    expect(s.read({ row: 1, col: 4, rows: 3, cols: 2 })).toEqual([
      ["Segment", "Revenue"],
      ["=not a formula", 120.5],
      ["00042", true],
    ]);
    expect(s.cell(2, 4)).toEqual({ value: "=not a formula" }); // not a formula
    expect(s.cell(1, 4)).toEqual({ value: "Segment" });
    expect(s.formulas).toEqual(["G1"]);
    expect(await wb.findFormulas("=CX.")).toEqual([{ sheet: "Other", cells: ["B3"] }]);
    expect(await wb.convertFormulasToValues("=CX.", { sheet: "Other" })).toBe(1);
    expect(await wb.findFormulas("=CX.")).toEqual([]);
    expect(wb.sheet("Other")!.cell(2, 1)).toEqual({ value: 7 });
    expect(await kindOf(wb.convertFormulasToValues("=CX.", { sheet: "Gone" }))).toBe("conflict");
  });

  test("the selection: a formula counts when its anchor is selected", async () => {
    const wb = withFormulas();
    wb.select("Data", "F3:H4"); // inside E2's spill but not its anchor
    expect(await wb.convertFormulasToValues("=CX.", { selection: true })).toBe(0);
    wb.select("Data", "E:E");
    expect(await wb.convertFormulasToValues("=CX.", { selection: true })).toBe(1);
    expect(wb.sheet("Data")!.read({ row: 3, col: 4, rows: 1, cols: 2 })).toEqual([["00042", true]]);
    expect(await wb.findFormulas("=CX.")).toEqual([{ sheet: "Other", cells: ["B3"] }]);
  });

  test("a result spilling off the sheet is refused", () => {
    const wb = new MemoryWorkbook();
    wb.addSheetWithValues("S", [[1]]);
    expect(() => wb.setFormula("S", `A${MAX_ROWS}`, "=CX.X()", [[1], [2]])).toThrow(WorkbookError);
  });
});

test("revision counts every change listeners hear of, including changed cells of existing sheets", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Data", DATA); // 1
  wb.setFormula("Data", "E1", "=CX.X()", [[1], [2]]); // 2
  await wb.convertFormulasToValues("=CX.", { sheet: "Data" }); // 3
  wb.appendRows("Data", [["C4", 1, 2]]); // 4
  expect(await wb.convertFormulasToValues("=CX.", { sheet: "Data" })).toBe(0); // nothing changed: no event
  expect(wb.revision).toBe(4);
});
