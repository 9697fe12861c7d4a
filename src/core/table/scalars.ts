// Optional scalar arguments (bins, as-of date, choices): blank means "use the default".
import { isBlank } from "./blank";
import { describeDateProblem, parseDate } from "./date";
import { argError, describeCell } from "./errors";
import { parseNumber } from "./number";

/** A single value from an argument that may arrive as a 1x1 range. */
export function scalarOf(v: unknown): unknown {
  while (Array.isArray(v)) {
    if (v.length !== 1) return v;
    v = v[0];
  }
  return v;
}

export function integerArg(label: string, v: unknown, min: number, max: number, fallback: number): number {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  const n = parseNumber(v);
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw argError(label, `${describeCell(v)} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

export function numberArg(label: string, v: unknown, fallback: number, check?: (n: number) => string | undefined): number {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  const n = parseNumber(v);
  if (n === undefined) throw argError(label, `${describeCell(v)} is not a number`);
  const problem = check?.(n);
  if (problem) throw argError(label, problem);
  return n;
}

/** Epoch day of an optional date argument, or undefined when blank. */
export function dateArg(label: string, v: unknown): number | undefined {
  v = scalarOf(v);
  if (isBlank(v) || v === 0) return undefined;
  const d = parseDate(v);
  if (typeof d !== "number") throw argError(label, `${describeCell(v)} ${describeDateProblem(d)}`);
  return d;
}

export function booleanArg(label: string, v: unknown, fallback: boolean): boolean {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (["true", "yes", "1"].includes(s)) return true;
    if (["false", "no", "0"].includes(s)) return false;
  }
  throw argError(label, `${describeCell(v)} must be TRUE or FALSE`);
}

/** One of a fixed set of words (case ignored). */
export function choiceArg<C extends string>(label: string, v: unknown, choices: readonly C[], fallback: C): C {
  v = scalarOf(v);
  if (isBlank(v)) return fallback;
  const s = typeof v === "string" ? v.trim().toLowerCase() : undefined;
  const hit = choices.find((c) => c.toLowerCase() === s);
  if (!hit) throw argError(label, `${describeCell(v)} must be one of: ${choices.join(", ")}`);
  return hit;
}
