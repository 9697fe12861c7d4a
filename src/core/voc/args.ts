// Loosely typed optional arguments shared by the VoC and experiment functions.
import { isBlank } from "../table/blank";
import { argError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { scalarOf } from "../table/scalars";

export const DEFAULT_CONFIDENCE = 0.95;

/**
 * A probability strictly between 0 and 1 given as a fraction (0.95), a percentage (95) or percent
 * text ("95%"); blank gives the fallback.
 */
export function probabilityArg(label: string, v: unknown, fallback: number, example = "0.95 or 95%"): number {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  let n = parseNumber(v);
  if (n !== undefined && n > 1 && n < 100) n = n / 100;
  if (n === undefined || !(n > 0 && n < 1)) throw argError(label, `${describeCell(v)} must be a probability between 0 and 1, such as ${example}`);
  return n;
}

/** Confidence level of intervals: default 95%. */
export function confidenceArg(v: unknown, label = "confidence"): number {
  return probabilityArg(label, v, DEFAULT_CONFIDENCE);
}

/** "95%" or "99.5%" for headers and sentences. */
export function confidenceLabel(confidence: number): string {
  const pct = confidence * 100;
  return `${Number.isInteger(Math.round(pct * 1e6) / 1e6) ? Math.round(pct) : +pct.toPrecision(6)}%`;
}
