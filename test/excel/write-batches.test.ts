import type { Cell } from "../../src/core/report";
import type { CellBlock } from "../../src/excel/gateway";
import { TEXT_FORMAT } from "../../src/excel/text-safety";
import { DEFAULT_PAYLOAD_LIMIT, planWrites, RANGE_OVERHEAD, totalCells } from "../../src/excel/write-batches";

const payload = (chunk: { values: unknown[][]; numberFormat?: unknown[][] }) =>
  chunk.values.reduce((n: number, row) => n + JSON.stringify(row).length + 1, 0) +
  (chunk.numberFormat ?? []).reduce((n: number, row) => n + JSON.stringify(row).length + 1, 0) +
  RANGE_OVERHEAD;

function bigBlock(rows: number, row = 10): CellBlock {
  const values: Cell[][] = [];
  for (let i = 0; i < rows; i++) values.push([`C${String(i).padStart(6, "0")}`, i % 365, i + 1, 100 + i / 4, "Champions"]);
  return { row, col: 0, values, columnFormats: [TEXT_FORMAT, "#,##0", "#,##0", "#,##0.00", TEXT_FORMAT] };
}

describe("planWrites", () => {
  test("small blocks: one batch, prepared values and formats in order", () => {
    const blocks: CellBlock[] = [
      { row: 0, col: 0, values: [["Title"]], style: "title" },
      { row: 2, col: 0, values: [["=1+1", 5]], columnFormats: [TEXT_FORMAT, undefined] },
      { row: 3, col: 0, values: [["=1+1", 5]] },
    ];
    const batches = planWrites(blocks);
    expect(batches).toHaveLength(1);
    const [b] = batches;
    expect(b.cells).toBe(5);
    expect(b.chunks.map((c) => [c.block, c.row, c.col, c.rows, c.cols])).toEqual([
      [0, 0, 0, 1, 1],
      [1, 2, 0, 1, 2],
      [2, 3, 0, 1, 2],
    ]);
    expect(b.chunks[0].style).toBe("title");
    expect(b.chunks[1].values).toEqual([["=1+1", 5]]);
    expect(b.chunks[1].numberFormat).toEqual([["@", null]]);
    expect(b.chunks[2].values).toEqual([["'=1+1", 5]]);
    expect(b.chunks[2].numberFormat).toBeUndefined();
    expect(b.bytes).toBe(b.chunks.reduce((n, c) => n + c.bytes, 0));
    for (const c of b.chunks) expect(c.bytes).toBe(payload(c));
  });

  test("100,000 rows under a 1 MB limit: every batch under the limit, rows in order, nothing lost", () => {
    const block = bigBlock(100_000);
    const limit = 1_000_000;
    const batches = planWrites([{ row: 0, col: 0, values: [["Title"]] }, block], limit);
    const totalBytes = batches.reduce((n, b) => n + b.bytes, 0);
    expect(batches.length).toBe(Math.ceil(totalBytes / limit)); // packed tight: no batch could take the next row
    for (const b of batches) {
      expect(b.bytes).toBeLessThanOrEqual(limit);
      expect(b.bytes).toBe(b.chunks.reduce((n, c) => n + payload(c), 0));
    }
    const chunks = batches.flatMap((b) => b.chunks).filter((c) => c.block === 1);
    let next = 10;
    for (const c of chunks) {
      expect(c.row).toBe(next);
      next += c.rows;
    }
    expect(next).toBe(10 + 100_000);
    expect(batches.reduce((n, b) => n + b.cells, 0)).toBe(totalCells([{ row: 0, col: 0, values: [["Title"]] }, block]));
    expect(chunks[0].values[0]).toEqual(["C000000", 0, 1, 100, "Champions"]);
    expect(chunks.at(-1)!.values.at(-1)).toEqual(["C099999", 99_999 % 365, 100_000, 100 + 99_999 / 4, "Champions"]);
  });

  test("the default limit writes a 100,000-row customers table in a few batches", () => {
    const batches = planWrites([bigBlock(100_000)]);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThanOrEqual(4);
    for (const b of batches) expect(b.bytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
  });

  test("a row larger than the limit goes alone in its batch", () => {
    const wide = "x".repeat(500);
    const batches = planWrites(
      [
        { row: 0, col: 0, values: [["a"]] },
        { row: 1, col: 0, values: [[wide, wide]] },
        { row: 2, col: 0, values: [["b"]] },
      ],
      600,
    );
    expect(batches.map((b) => b.chunks.map((c) => c.block))).toEqual([[0], [1], [2]]);
    expect(batches[1].bytes).toBeGreaterThan(600);
  });

  test("empty blocks are skipped; no blocks still give one (empty) batch", () => {
    expect(planWrites([{ row: 0, col: 0, values: [] }, { row: 1, col: 0, values: [[]] }])).toEqual([{ chunks: [], bytes: 0, cells: 0 }]);
    expect(planWrites([])).toHaveLength(1);
    expect(() => planWrites([], 0)).toThrow(RangeError);
  });
});
