// Options of the segmentation functions from Excel arguments or CLI flags; blank means the default.
import { isBlank } from "../table/blank";
import { argError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { integerArg, numberArg, scalarOf } from "../table/scalars";
import { Standardize } from "./standardize";

export const MAX_K = 50;
export const DEFAULT_RESTARTS = 10;
export const DEFAULT_SEED = 1;

const STANDARDIZE_WORDS: Record<string, Standardize> = {
  z: "z",
  zscore: "z",
  "z-score": "z",
  "z-scores": "z",
  standard: "z",
  true: "z",
  log: "log",
  log1p: "log",
  "log-z": "log",
  none: "none",
  raw: "none",
  false: "none",
};

/** "z" (default), "log" (log1p then z-scores) or "none"; TRUE and FALSE mean z and none. */
export function standardizeArg(v: unknown, label = "standardize", fallback: Standardize = "z"): Standardize {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  const key = typeof v === "boolean" ? String(v) : typeof v === "string" ? v.trim().toLowerCase() : undefined;
  const hit = key === undefined ? undefined : STANDARDIZE_WORDS[key];
  if (!hit) throw argError(label, `${describeCell(v)} must be "z" (z-scores), "log" (log1p then z-scores, for skewed money or counts) or "none"`);
  return hit;
}

/** A required number of clusters from 1 to MAX_K. */
export function kArg(v: unknown, label = "k", min = 1): number {
  const s = scalarOf(v);
  if (isBlank(s)) throw argError(label, `is required: the number of clusters, a whole number from ${min} to ${MAX_K}`);
  return integerArg(label, s, min, MAX_K, min);
}

export function seedArg(v: unknown, label = "seed"): number {
  return integerArg(label, v, 0, 4294967295, DEFAULT_SEED);
}

export function restartsArg(v: unknown, label = "restarts"): number {
  return integerArg(label, v, 1, 100, DEFAULT_RESTARTS);
}

export function maxKArg(v: unknown, label = "max_k"): number {
  return integerArg(label, v, 2, 20, 10);
}

/** Ascending cut points (a row, a column or one cell), or undefined when left out or blank. */
export function thresholdsArg(v: unknown, label: string): number[] | undefined {
  const cells = (Array.isArray(v) ? (v as unknown[]).flat(2) : [v]).filter((c) => !isBlank(c));
  if (cells.length === 0) return undefined;
  if (cells.length > 8) throw argError(label, `gives ${cells.length} thresholds; give 1 to 8 (2 for three levels)`);
  const out = cells.map((c) => {
    const n = parseNumber(c);
    if (n === undefined) throw argError(label, `${describeCell(c)} is not a number`);
    return n;
  });
  for (let i = 1; i < out.length; i++) {
    if (!(out[i] > out[i - 1])) throw argError(label, `must be in ascending order (${out[i - 1]} then ${out[i]})`);
  }
  return out;
}

/** A share from 0 to 1 ("80%" or 0.8). */
export function shareArg(v: unknown, label: string, fallback: number, min: number, max: number): number {
  return numberArg(label, v, fallback, (s) =>
    s >= min && s <= max ? undefined : `${s} must be a share from ${min} to ${max} (write 0.8 or 80% for eighty percent)`,
  );
}
