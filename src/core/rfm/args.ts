// RFM options from loosely typed arguments (worksheet cells, CLI flags, pane fields).
import { isBlank } from "../table/blank";
import { argError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { booleanArg, choiceArg, dateArg, scalarOf } from "../table/scalars";
import { DEFAULT_BINS, MAX_BINS, MIN_BINS, RfmCuts, RfmOptions } from "./analysis";
import { parseSegmentMap } from "./segments";

/**
 * bins: a whole number of score levels, or thresholds as 3 rows (recency, frequency, monetary)
 * of ascending cut points (3 columns are accepted too when the range is not 3 rows tall).
 */
export function parseBinsArg(v: unknown): { bins: number; cuts?: RfmCuts } {
  const single = scalarOf(v);
  if (!Array.isArray(single)) {
    if (isBlank(single)) return { bins: DEFAULT_BINS };
    const n = parseNumber(single);
    if (n === undefined || !Number.isInteger(n) || n < MIN_BINS || n > MAX_BINS) {
      throw argError("bins", `${describeCell(single)} must be a whole number from ${MIN_BINS} to ${MAX_BINS}, or a 3-row range of thresholds`);
    }
    return { bins: n };
  }
  let grid = (single as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  if (grid.length !== 3 && width === 3) grid = [0, 1, 2].map((j) => grid.map((r) => r[j]));
  if (grid.length !== 3) {
    throw argError("bins", `thresholds need 3 rows (recency, frequency, monetary), got ${grid.length} rows and ${width} columns`);
  }
  const dims = ["recency", "frequency", "monetary"] as const;
  const cuts = {} as RfmCuts;
  grid.forEach((row, d) => {
    const values: number[] = [];
    row.forEach((cell) => {
      if (isBlank(cell)) return;
      const n = parseNumber(cell);
      if (n === undefined) throw argError("bins", `the ${dims[d]} threshold ${describeCell(cell)} is not a number`);
      values.push(n);
    });
    cuts[dims[d]] = values;
  });
  return { bins: cuts.recency.length + 1, cuts };
}

export interface RfmArgs {
  asOf?: unknown;
  bins?: unknown;
  segmentMap?: unknown;
  monetary?: unknown;
  mergeSameDay?: unknown;
}

/** Options shared by =CX.RFM, =CX.RFM.SUMMARY, =CX.RFM.SCORE, the CLI and the wizard. */
export function rfmOptionsFromArgs(args: RfmArgs): RfmOptions {
  const { bins, cuts } = parseBinsArg(args.bins);
  const options: RfmOptions = {
    bins,
    cuts,
    asOf: dateArg("as_of", args.asOf),
    monetary: choiceArg("monetary", args.monetary, ["total", "mean"] as const, "total"),
    mergeSameDay: booleanArg("merge_same_day", args.mergeSameDay, false),
  };
  const map = args.segmentMap;
  if (Array.isArray(map) && !(map.length === 1 && Array.isArray(map[0]) && (map[0] as unknown[]).every(isBlank))) {
    options.segmentMap = parseSegmentMap(map as unknown[][], bins);
  } else if (!isBlank(scalarOf(map))) {
    throw argError("segment_map", "must be a range of rows: segment name, R range, F range, M range");
  }
  return options;
}
