// 2 x 2 matrix: each row's quadrant by x and y against their splits (default: the medians).
import { Report } from "../report";
import { asGrid } from "../segment/data";
import { isBlank } from "../table/blank";
import { columnVector, readColumns } from "../table/columns";
import { argError } from "../table/errors";
import { describeSkips } from "../table/notes";
import { numberArg } from "../table/scalars";
import { parseCategory } from "../table/text";

export const MATRIX_SUMMARY_TABLE = "quadrants";
export const MATRIX_POINTS_TABLE = "points";

/** Default names laid out as the chart: [top-left, top-right, bottom-left, bottom-right]. */
export const DEFAULT_QUADRANTS = ["Low x, high y", "High x, high y", "Low x, low y", "High x, low y"];

export function median(v: readonly number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : s[m - 1] / 2 + s[m] / 2;
}

/** Quadrant names as a 2 x 2 range laid out as the chart (top row: high y). */
export function quadrantLabelsArg(v: unknown): string[] {
  const g = asGrid(v);
  if (g.every((r) => r.every(isBlank))) return DEFAULT_QUADRANTS;
  const cells = g.flat();
  if (cells.length !== 4) throw argError("labels", "must be 2 x 2 (or 4 cells): top-left, top-right, bottom-left, bottom-right as on the chart");
  return cells.map((c, k) => (isBlank(c) ? DEFAULT_QUADRANTS[k] : (parseCategory(c) ?? DEFAULT_QUADRANTS[k])));
}

export function matrixAnalysis(x: unknown, y: unknown, xSplit?: unknown, ySplit?: unknown, labels?: unknown) {
  const names = quadrantLabelsArg(labels);
  const read = readColumns({ x: columnVector("x", x), y: columnVector("y", y) }, { x: { kind: "number", label: "x" }, y: { kind: "number", label: "y" } } as const);
  const n = read.length;
  if (n === 0) throw argError("x", "no rows with numbers in both x and y");
  const xs = Array.from(read.columns.x);
  const ys = Array.from(read.columns.y);
  for (const [v, label] of [[xs, "x"], [ys, "y"]] as const) if (v.some((a) => Math.abs(a) > 1e100)) throw argError(label, "has a value too large (at most 1e100 in size)");
  const sx = numberArg("x_split", xSplit, median(xs));
  const sy = numberArg("y_split", ySplit, median(ys));
  /** Index into names: at or above a split counts as high. */
  const quadrant = xs.map((a, i) => (ys[i] >= sy ? 0 : 2) + (a >= sx ? 1 : 0));
  const q = quadrant.map((k) => names[k]);
  const xName = read.headers?.x ?? "x";
  const yName = read.headers?.y ?? "y";
  const rows = [0, 1, 2, 3].map((k) => {
    const idx = quadrant.map((c, i) => (c === k ? i : -1)).filter((i) => i >= 0);
    const mean = (v: number[]) => (idx.length ? idx.reduce((s, i) => s + v[i] / idx.length, 0) : 0);
    return [names[k], k % 2 ? "High" : "Low", k < 2 ? "High" : "Low", idx.length, idx.length / n, mean(xs), mean(ys)];
  });
  const report: Report = {
    title: "2 x 2 matrix",
    facts: [
      { key: "xSplit", label: `${xName} split`, value: sx, format: "number" },
      { key: "ySplit", label: `${yName} split`, value: sy, format: "number" },
    ],
    tables: [
      { name: MATRIX_SUMMARY_TABLE, title: "Quadrants", header: ["Quadrant", "x", "y", "Count", "Share", "Mean x", "Mean y"], rows, formats: ["text", "text", "text", "integer", "percent", "number", "number"] },
      { name: MATRIX_POINTS_TABLE, title: "Rows", header: ["Row", xName, yName, "Quadrant"], rows: xs.map((a, i) => [read.sourceRows[i], a, ys[i], q[i]]), formats: ["integer", "number", "number", "text"] },
    ],
    charts: [{ type: "scatter", title: `${yName} against ${xName}`, table: MATRIX_POINTS_TABLE, category: xName, series: [yName] }],
    explanation: [`${n} row(s) split at ${xName} ${sx} and ${yName} ${sy} (${isBlank(xSplit) ? "median" : "given"}); at or above a split counts as high.`, ...describeSkips(read)],
  };
  return { quadrant: q, sourceRows: read.sourceRows, hasHeader: read.hasHeader, report };
}
