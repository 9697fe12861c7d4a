import type { RangeData } from "../../../src/excel/gateway";
import { rfmFormula } from "../../../src/taskpane/rfm/formula";
import { columnAddress } from "../../../src/taskpane/wizard/transaction-data";

const range: RangeData = { address: "Orders!B3:E6", sheet: "Orders", row: 2, col: 1, rows: 4, cols: 4, values: [] };

test("formula equivalent", () => {
  const m = { customer: 1, date: 2, amount: 3 };
  expect(columnAddress(range, 1)).toBe("Orders!C3:C6");
  expect(rfmFormula(range, m, { bins: 5, asOf: "", monetary: "total", mergeSameDay: false })).toBe("=CX.RFM(Orders!C3:C6,Orders!D3:D6,Orders!E3:E6)");
  expect(rfmFormula(range, m, { bins: 4, asOf: "2025-01-01", monetary: "mean", mergeSameDay: true }, "Map!A1:D5")).toBe(
    '=CX.RFM(Orders!C3:C6,Orders!D3:D6,Orders!E3:E6,"2025-01-01",4,Map!A1:D5,"mean",TRUE)',
  );
  expect(columnAddress({ ...range, sheet: "My orders" }, 1)).toBe("'My orders'!C3:C6");
});
