// How a written sheet's cells are dressed in the demo grid: Excel tables (blue header row, banded
// rows) and white-to-blue color scales, as Excel draws them.
import type { RangeRef, TablePlan } from "../excel/gateway";
import { contains } from "./address";
import type { CellLook } from "./Grid";

/** The low and high ends of the color scale: white to Excel's scale blue. */
const LOW = [0xff, 0xff, 0xff];
const HIGH = [0x5a, 0x8a, 0xc6];

/** The scale color of `value` between min and max ("#rrggbb"). */
export function scaleColor(value: number, min: number, max: number): string {
  const t = max > min ? Math.min(Math.max((value - min) / (max - min), 0), 1) : 0;
  const hex = LOW.map((lo, k) => Math.round(lo + (HIGH[k] - lo) * t).toString(16).padStart(2, "0")).join("");
  return `#${hex}`;
}

interface Scale {
  range: RangeRef;
  min: number;
  max: number;
}

function scaleOf(range: RangeRef, values: readonly (readonly unknown[])[]): Scale {
  let min = Infinity;
  let max = -Infinity;
  for (let i = range.row; i < range.row + range.rows; i++) {
    for (let j = range.col; j < range.col + range.cols; j++) {
      const v = values[i]?.[j];
      if (typeof v === "number" && Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  return { range, min, max };
}

/** A lookAt function for the Grid from a sheet's tables and color scales. */
export function sheetLooks(
  values: readonly (readonly unknown[])[],
  tables: readonly TablePlan[],
  colorScales: readonly RangeRef[],
): ((row: number, col: number) => CellLook | undefined) | undefined {
  if (tables.length === 0 && colorScales.length === 0) return undefined;
  const scales = colorScales.map((r) => scaleOf(r, values));
  return (row, col) => {
    let look: CellLook | undefined;
    for (const t of tables) {
      if (!contains(t, row, col)) continue;
      look = row === t.row ? { tableHeader: true } : (row - t.row) % 2 === 1 ? { band: true } : {};
      break;
    }
    for (const s of scales) {
      if (!contains(s.range, row, col)) continue;
      const v = values[row]?.[col];
      if (typeof v === "number" && Number.isFinite(v)) look = { ...look, fill: scaleColor(v, s.min, s.max) };
      break;
    }
    return look;
  };
}
