// The options form of the segmentation wizard as typed (strings), and its parsing into the task
// settings: undefined when a field cannot be used, so the pane can say what to fix.
import type { Standardize } from "../../core/segment/standardize";
import type { ClusterSettings, ParetoSettings, TierSettings } from "../compute/segment-task";

export interface SegmentForm {
  standardize: Standardize;
  seed: string;
  restarts: string;
  maxK: string;
  tierMode: "quantiles" | "typed";
  valueLevels: number;
  needLevels: number;
  valueThresholds: string;
  needThresholds: string;
  /** Percent, e.g. "80". */
  aShare: string;
  bShare: string;
}

export const DEFAULT_FORM: SegmentForm = {
  standardize: "z",
  seed: "1",
  restarts: "10",
  maxK: "10",
  tierMode: "quantiles",
  valueLevels: 3,
  needLevels: 3,
  valueThresholds: "",
  needThresholds: "",
  aShare: "80",
  bShare: "15",
};

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const x = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(x) && x >= min && x <= max ? x : undefined;
}

export function parseClusterSettings(form: SegmentForm): ClusterSettings | undefined {
  const seed = wholeNumber(form.seed, 0, 4294967295);
  const restarts = wholeNumber(form.restarts, 1, 100);
  const maxK = wholeNumber(form.maxK, 2, 20);
  if (seed === undefined || restarts === undefined || maxK === undefined) return undefined;
  return { standardize: form.standardize, seed, restarts, maxK };
}

/** "1,000,000; 10,000,000" or "1000000, 10000000": ascending numbers (1 to 4), else undefined. */
export function parseThresholds(text: string): number[] | undefined {
  const parts = text
    // A comma followed by exactly three digits groups thousands ("1,000,000"); any other separates.
    .split(/[;；，\s]+|,(?!\d{3}(?:\D|$))/)
    .map((p) => p.replace(/,/g, ""))
    .filter((p) => p !== "");
  if (parts.length === 0 || parts.length > 4) return undefined;
  const xs = parts.map(Number);
  if (xs.some((x) => !Number.isFinite(x))) return undefined;
  for (let i = 1; i < xs.length; i++) if (!(xs[i] > xs[i - 1])) return undefined;
  return xs;
}

export function parseTierSettings(form: SegmentForm): TierSettings | undefined {
  if (form.tierMode === "quantiles") return { mode: "quantiles", valueLevels: form.valueLevels, needLevels: form.needLevels, valueThresholds: [], needThresholds: [] };
  const vt = parseThresholds(form.valueThresholds);
  const nt = parseThresholds(form.needThresholds);
  if (!vt || !nt) return undefined;
  return { mode: "typed", valueLevels: vt.length + 1, needLevels: nt.length + 1, valueThresholds: vt, needThresholds: nt };
}

export function parseParetoSettings(form: SegmentForm): ParetoSettings | undefined {
  const a = Number(form.aShare.trim().replace(/%$/, ""));
  const b = Number(form.bShare.trim().replace(/%$/, ""));
  if (form.aShare.trim() === "" || form.bShare.trim() === "" || !(a >= 1 && a <= 99) || !(b >= 0 && a + b <= 100)) return undefined;
  return { aShare: a / 100, bShare: b / 100 };
}
