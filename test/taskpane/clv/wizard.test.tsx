/** @jest-environment jsdom */
// The lifetime-value wizard as a user drives it on the in-memory workbook: the sheet it writes
// holds exactly the engine's numbers for the same transactions.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ltvFromTransactions } from "../../../src/core/clv";
import { epochDayFromSerial, serialFromEpochDay } from "../../../src/core/table/date";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { loadRecipes } from "../../../src/taskpane/recipes/store";
import { midpoint } from "../../../src/taskpane/clv/ClvWizard";
import { orders } from "./orders-fixture";

test("midpoint of the data's dates proposes the calibration end", () => {
  expect(midpoint("2024-01-01", "2024-12-31")).toBe("2024-07-01");
  expect(midpoint(undefined, "2024-12-31")).toBeUndefined();
});

test("select, run with a holdout check, insert: the sheet holds the engine's values", async () => {
  const values = orders();
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Orders", values);
  wb.select("Orders", `A1:C${values.length}`);
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: "Open lifetime value wizard" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByText(`Transactions to analyse: ${values.length - 1}.`);
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("switch", { name: "Check the model on a holdout period" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" }, { timeout: 20000 });

  // The engine on the same data, with the wizard's defaults (BG/NBD, 12 months, 10% a year, margin 100%).
  const body = values.slice(1);
  const expected = ltvFromTransactions({
    customer: body.map((r) => String(r[0])),
    day: body.map((r) => epochDayFromSerial(Number(r[1])) as number),
    amount: body.map((r) => Number(r[2])),
  });
  const params = within(screen.getByRole("table", { name: "Fitted parameters" })).getAllByRole("row");
  expect(params[1].textContent).toBe(`BG/NBDr${expected.fit.params[0].toFixed(2)}${expected.fit.standardErrors[0]!.toFixed(2)}`);
  expect(screen.getByText(/^(Good|Fair|Poor) fit: predicted/)).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “CLV”. Your data was not changed.", undefined, { timeout: 20000 });
  const sheet = wb.sheet("CLV")!;
  expect(sheet.tables.map((t) => t.name).sort()).toEqual(["CLV_Customers", "CLV_Deciles", "CLV_Parameters", "CLV_Top", "CLV_Tracking", "CLV_Validation"]);
  expect(sheet.charts).toHaveLength(4);
  const t = sheet.tables.find((x) => x.name === "CLV_Customers")!;
  const rows = sheet.values.slice(t.row + 1, t.row + t.rows);
  expect(rows).toHaveLength(expected.summary.customer.length);
  rows.forEach((row, i) => {
    expect(row[t.col]).toBe(expected.summary.customer[i]);
    expect(row[t.col + 4]).toBeCloseTo(expected.probabilityAlive[i], 10);
    expect(row[t.col + 7]).toBeCloseTo(expected.clv.clv[i], 8);
  });
  // The as-of date is written as a date: the day after the last order, 2025-01-01 at most.
  const asOf = sheet.values.flat().find((v) => v === serialFromEpochDay(expected.summary.calibrationEnd));
  expect(asOf).toBeDefined();
  expect(sheet.values.flat()).toContain(`=CX.LTV(Orders!A1:A${values.length},Orders!B1:B${values.length},Orders!C1:C${values.length})`);
  // The run is stored for one-click refresh, with the holdout check's calibration end it ran with.
  const [recipe] = await loadRecipes(wb);
  expect(recipe).toMatchObject({ kind: "clv", sheet: "CLV", source: { address: `Orders!A1:C${values.length}`, hasHeader: true }, state: { mapping: { customer: 0, date: 1, amount: 2 }, headers: ["Customer", "Date", "Amount"], settings: { model: "bgnbd", horizonMonths: 12, asOf: "" } } });
  expect((recipe.state as { settings: { calibrationEnd: string } }).settings.calibrationEnd).toMatch(/^2024-\d\d-\d\d$/);
}, 60000);
