// Single answers -> Kano category, cell by cell (what =CX.KANO.CLASS spills). Either argument may be
// a single cell, which is paired with every cell of the other.
import { Cell } from "../report";
import { isEmptyCell } from "../table/blank";
import { argError, cellError, describeCell } from "../table/errors";
import { answerHint, KanoScale, parseKanoAnswer } from "./answers";
import { kanoCategory, KanoCategory } from "./evaluation";
import { asGrid } from "./input";

export interface KanoClassOptions {
  scale?: KanoScale;
  labels?: { functional?: string; dysfunctional?: string };
}

/** Header cell written above the categories when the answers come with a header row. */
export const CLASS_HEADER = "Kano category";

/** The category of one pair of answers; undefined when either is blank. Throws InputError on an unknown answer. */
export function kanoClassOf(functional: unknown, dysfunctional: unknown, options: KanoClassOptions = {}, row = 1, column?: number): KanoCategory | undefined {
  const scale = options.scale ?? 5;
  const where = column === undefined ? "" : ` (column ${column})`;
  if (isEmptyCell(functional) || isEmptyCell(dysfunctional)) return undefined;
  const f = parseKanoAnswer(functional, scale);
  if (f === undefined) throw cellError(options.labels?.functional ?? "functional_answer", row, `${describeCell(functional)}${where} is not a Kano answer: ${answerHint(scale)}`);
  const d = parseKanoAnswer(dysfunctional, scale);
  if (d === undefined) throw cellError(options.labels?.dysfunctional ?? "dysfunctional_answer", row, `${describeCell(dysfunctional)}${where} is not a Kano answer: ${answerHint(scale)}`);
  return kanoCategory(f, d);
}

function isHeaderRow(row: readonly unknown[] | undefined, scale: KanoScale): boolean {
  return !!row && row.some((v) => typeof v === "string" && v.trim() !== "") && row.every((v) => isEmptyCell(v) || (typeof v === "string" && parseKanoAnswer(v, scale) === undefined));
}

/**
 * Categories of two ranges of answers of the same shape (or one single cell): a grid of A, O, M,
 * I, R, Q, with "" where an answer is blank. A header row in both (text that is not an answer)
 * gives "Kano category" above each column.
 */
export function kanoClassGrid(functional: unknown, dysfunctional: unknown, options: KanoClassOptions = {}): Cell[][] {
  const scale = options.scale ?? 5;
  const fLabel = options.labels?.functional ?? "functional_answer";
  const dLabel = options.labels?.dysfunctional ?? "dysfunctional_answer";
  const f = asGrid(functional);
  const d = asGrid(dysfunctional);
  const shape = (g: unknown[][]) => [g.length, g.reduce((w, r) => Math.max(w, r.length), 0)];
  const [fr, fc] = shape(f);
  const [dr, dc] = shape(d);
  const fSingle = fr <= 1 && fc <= 1;
  const dSingle = dr <= 1 && dc <= 1;
  if (!fSingle && !dSingle && (fr !== dr || fc !== dc)) {
    throw argError(dLabel, `is ${dr} x ${dc} but ${fLabel} is ${fr} x ${fc}; give ranges of the same size (or a single cell)`);
  }
  const rows = Math.max(fr, dr, 1);
  const cols = Math.max(fc, dc, 1);
  const at = (g: unknown[][], single: boolean, i: number, j: number) => (single ? g[0]?.[0] : g[i]?.[j]);
  const header = rows > 1 && (fSingle || isHeaderRow(f[0], scale)) && (dSingle || isHeaderRow(d[0], scale)) && !(fSingle && dSingle);
  const out: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const line: Cell[] = [];
    for (let j = 0; j < cols; j++) {
      if (header && i === 0) {
        line.push(CLASS_HEADER);
        continue;
      }
      line.push(kanoClassOf(at(f, fSingle, i, j), at(d, dSingle, i, j), { scale, labels: { functional: fLabel, dysfunctional: dLabel } }, i + 1, cols > 1 ? j + 1 : undefined) ?? "");
    }
    out.push(line);
  }
  return out;
}
