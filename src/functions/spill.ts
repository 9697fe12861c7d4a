// Shapes Report tables into the 2-D arrays a custom function spills.
import { Cell, ReportTable } from "../core/report";

/** Header row then rows. Throws on a non-finite number, which Excel would show as a bare #NUM!. */
export function spill(table: ReportTable): Cell[][] {
  const out: Cell[][] = [table.header];
  for (const row of table.rows) {
    for (const c of row) {
      if (typeof c === "number" && !Number.isFinite(c)) throw new Error(`${table.title}: a result is not a finite number`);
    }
    out.push(row);
  }
  return out;
}

/**
 * Rows placed where their source rows were, so a result lines up with the input columns beside it;
 * rows that were skipped or blank spill as empty cells. sourceRows are 1-based.
 */
export function alignedSpill(header: string[] | undefined, rows: Cell[][], sourceRows: ArrayLike<number>): Cell[][] {
  const width = (header ?? rows[0] ?? []).length;
  const height = sourceRows.length > 0 ? sourceRows[sourceRows.length - 1] : header ? 1 : 0;
  const out: Cell[][] = [];
  for (let i = 0; i < height; i++) out.push(new Array<Cell>(width).fill(""));
  if (header) out[0] = header;
  for (let i = 0; i < rows.length; i++) out[sourceRows[i] - 1] = rows[i];
  return out;
}
