/** @jest-environment jsdom */
// The in-memory workbook and the pure modules run in the browser workbench: no Office globals,
// no Node APIs, nothing from the Office gateway.
import fs from "fs";
import path from "path";
import { MemoryWorkbook } from "../../src/excel/memory-gateway";

const dir = path.resolve(__dirname, "../../src/excel");
const OFFICE_FREE = ["address.ts", "names.ts", "text-safety.ts", "write-batches.ts", "plan-report.ts", "memory-gateway.ts"];

test.each(OFFICE_FREE)("%s uses no Office, Excel or Node API", (file) => {
  const text = fs.readFileSync(path.join(dir, file), "utf8").replace(/^\s*(\/\/|\*).*$/gm, "");
  expect(text).not.toMatch(/\b(Office|Excel)\.[a-z]/);
  expect(text).not.toMatch(/\b(process|Buffer|require|setImmediate|structuredClone)\b/);
  expect(text).not.toMatch(/from "(office-|fs|path|node:)/);
  expect(text).not.toMatch(/from "\.\/office-gateway"/);
});

test("a plan is written and read back in a browser environment", async () => {
  expect(typeof window).toBe("object");
  const wb = new MemoryWorkbook();
  await wb.writeSheet({
    name: "X",
    blocks: [{ row: 0, col: 0, values: [["=1", 2]] }],
    tables: [],
    charts: [{ type: "pie", title: "t", categories: { row: 0, col: 0, rows: 1, cols: 1 }, series: [{ name: "a", values: { row: 0, col: 1, rows: 1, cols: 1 } }], position: { row: 0, col: 3, rows: 5, cols: 5 } }],
    colorScales: [],
  });
  expect(wb.sheet("X")!.values).toEqual([["=1", 2]]);
  expect(wb.sheet("X")!.charts[0].series[0].values).toEqual({ row: 0, col: 1, rows: 1, cols: 1 });
});
