// Splitting a plan's cell blocks into batches that each fit in one request, pure. Both gateways
// use it: the Office one calls context.sync() between batches (Excel on the web refuses a request
// over 5 MB), the in-memory one reports progress at the same points, so the two behave alike.
//
// A batch holds chunks (consecutive rows of one block) whose estimated payload, the JSON length
// of their values plus their number formats plus a small overhead per range, stays under the
// limit. A block is cut between rows; a single row bigger than the limit (thousands of long
// cells) cannot be cut and goes alone in its batch.
import type { Cell } from "../core/report";
import type { BlockStyle, CellBlock } from "./gateway";
import { blockWidth, formatRow, prepareRow } from "./text-safety";

/** Default payload limit per request: under Excel on the web's 5 MB, with room for the rest. */
export const DEFAULT_PAYLOAD_LIMIT = 4_000_000;

/** Estimated bytes a queued range operation costs beyond its arrays (ids, property names, address). */
export const RANGE_OVERHEAD = 200;

export interface WriteChunk {
  /** Index of the block in the plan. */
  block: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Prepared values (text protected, see text-safety.ts). */
  values: Cell[][];
  /** Number formats to set before the values; undefined = none. */
  numberFormat?: (string | null)[][];
  style?: BlockStyle;
  /** Estimated payload of this chunk. */
  bytes: number;
}

export interface WriteBatch {
  chunks: WriteChunk[];
  bytes: number;
  cells: number;
}

/** Cells the blocks hold, counting each block as its full rectangle (what progress counts). */
export function totalCells(blocks: readonly CellBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.values.length * blockWidth(b.values);
  return n;
}

const rowBytes = (row: readonly unknown[] | undefined) => (row ? JSON.stringify(row).length + 1 : 0);

/**
 * The blocks as batches of chunks, each batch's estimated payload at most `limit` bytes (see
 * above). Always at least one batch (possibly empty), so callers can treat the last one as the
 * one that also carries tables, charts and formats.
 */
export function planWrites(blocks: readonly CellBlock[], limit = DEFAULT_PAYLOAD_LIMIT): WriteBatch[] {
  if (!(limit > 0)) throw new RangeError(`payload limit must be positive, got ${limit}`);
  const batches: WriteBatch[] = [];
  let batch: WriteBatch = { chunks: [], bytes: 0, cells: 0 };
  const flush = () => {
    batches.push(batch);
    batch = { chunks: [], bytes: 0, cells: 0 };
  };

  blocks.forEach((block, index) => {
    const width = blockWidth(block.values);
    const rows = block.values.length;
    if (width === 0 || rows === 0) return;
    const formats = formatRow(width, block.columnFormats);
    const formatBytes = rowBytes(formats);
    let r = 0;
    let next: Cell[] | undefined; // a prepared row that did not fit in the last batch
    while (r < rows) {
      const start = r;
      const values: Cell[][] = [];
      let bytes = RANGE_OVERHEAD;
      while (r < rows) {
        const row = next ?? prepareRow(block.values[r], width, block.columnFormats);
        next = undefined;
        const size = rowBytes(row) + formatBytes;
        const empty = values.length === 0 && batch.chunks.length === 0;
        if (batch.bytes + bytes + size > limit && !empty) {
          next = row;
          break;
        }
        values.push(row);
        bytes += size;
        r++;
      }
      if (values.length > 0) {
        const chunk: WriteChunk = { block: index, row: block.row + start, col: block.col, rows: values.length, cols: width, values, bytes };
        if (formats) chunk.numberFormat = values.map(() => formats.slice());
        if (block.style) chunk.style = block.style;
        batch.chunks.push(chunk);
        batch.bytes += bytes;
        batch.cells += values.length * width;
      }
      if (r < rows) flush();
    }
  });
  flush();
  return batches;
}
