// The canvas the wizard shows and writes, computed by the engine: the value curve of our offering
// against the industry (=CX.VALUECURVE), the same measures for the proposed curve, the ERRC move
// of each factor from the current to the proposed level (=CX.ERRC, industry = the competitors'
// average), and the suggested proposed levels. Pure and light, so it runs on the pane's thread.
import { type CanvasData, type CurveMeasures, curveMeasures, type ErrcFactor, errcAction, type FactorRow, factorRows, valueCurveAnalysis } from "../../core/strategy";
import { canvasData, type CanvasGrid, proposedLevels } from "./canvas-grid";

export interface CanvasSetup {
  grid: CanvasGrid;
  /** Column of our offering in grid.offerings. */
  own: number;
  /** A gap this small or smaller is Match. */
  tolerance: number;
}

export interface CanvasResult {
  data: CanvasData;
  tolerance: number;
  /** Per factor: ours, industry average, competitors' min and max, gap, action (=CX.VALUECURVE). */
  rows: FactorRow[];
  measures: CurveMeasures;
  proposed: number[];
  /** The value curve with our levels replaced by the proposed ones. */
  proposedRows: FactorRow[];
  proposedMeasures: CurveMeasures;
  /** Current -> proposed per factor, the industry given (=CX.ERRC). */
  errc: ErrcFactor[];
}

/** The analysis of a grid whose levels and proposed levels read (no grid or proposed problems). */
export function analyseCanvas({ grid, own, tolerance }: CanvasSetup): CanvasResult {
  const data = canvasData(grid, own);
  const { rows, measures } = valueCurveAnalysis(data, { tolerance });
  const proposed = proposedLevels(grid);
  const withProposed: CanvasData = { ...data, levels: data.levels.map((row, i) => row.map((v, j) => (j === own ? proposed[i] : v))) };
  const proposedRows = factorRows(withProposed, tolerance);
  const errc = rows.map((r, i): ErrcFactor => ({ factor: r.factor, current: r.ours, proposed: proposed[i], industry: r.industry, action: errcAction(r.ours, proposed[i], r.industry) }));
  return { data, tolerance, rows, measures, proposed, proposedRows, proposedMeasures: curveMeasures(proposedRows), errc };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Suggested new levels that sharpen what the current curve already says: Eliminate stays at 0;
 * Reduce goes down to the lowest competitor (when above it); Raise goes up to the highest
 * competitor (when below it); Create keeps its level. Match factors (where we copy the industry)
 * keep theirs, unless importance is known: then those customers care less about (below the
 * median importance) go down to the lowest competitor and the others up to the highest.
 */
export function suggestedLevels(rows: readonly FactorRow[]): number[] {
  const known = rows.every((r) => r.importance !== undefined) && rows.length > 0;
  const split = known ? median(rows.map((r) => r.importance!)) : 0;
  return rows.map((r) => {
    switch (r.action) {
      case "Eliminate":
        return 0;
      case "Reduce":
        return Math.min(r.ours, r.min);
      case "Raise":
        return Math.max(r.ours, r.max);
      case "Match":
        if (!known) return r.ours;
        return r.importance! < split ? Math.min(r.ours, r.min) : Math.max(r.ours, r.max);
      case "Create":
        return r.ours;
    }
  });
}
