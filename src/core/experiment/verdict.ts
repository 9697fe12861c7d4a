// Plain words for test results: p-values, signed differences and the one-line verdict.

/** "p < 0.001", "p = 0.013", "p = 0.42". */
export function formatP(p: number): string {
  if (p < 0.001) return "p < 0.001";
  if (p < 0.01) return `p = ${p.toFixed(3)}`;
  return `p = ${(Math.round(p * 100) / 100).toFixed(2)}`;
}

/** A number with its sign, e.g. "+1.2", "-0.5", "0" (no "-0"). */
export function signed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  if (Number(s) === 0) return (0).toFixed(digits);
  return x > 0 ? `+${s}` : s;
}

/** Percentage points with sign: "+1.2 points". */
export function signedPoints(share: number, digits = 1): string {
  return `${signed(share * 100, digits)} points`;
}

/** A share as a percent with sign: "+24%". */
export function signedPercent(share: number, digits = 0): string {
  return `${signed(share * 100, digits)}%`;
}

export type Direction = "higher" | "lower" | "none";

export interface TestOutcome {
  /** p < 1 - confidence. */
  significant: boolean;
  /** The interval for B - A lies wholly above 0 ("higher"), below 0 ("lower") or contains 0 ("none"). */
  intervalDirection: Direction;
}

export function intervalDirection(lower: number, upper: number): Direction {
  return lower > 0 ? "higher" : upper < 0 ? "lower" : "none";
}

/**
 * The closing words of a verdict: significant (test and interval agree), not significant, or
 * borderline when the p-value and the interval disagree (possible: they rest on different
 * approximations).
 */
export function significanceWords(outcome: TestOutcome, level: string): string {
  const { significant, intervalDirection: dir } = outcome;
  if (significant && dir !== "none") return `statistically significant at the ${level} level`;
  if (!significant && dir === "none") return `not statistically significant at the ${level} level: the difference could be chance`;
  return `borderline at the ${level} level (the test and the interval disagree): collect more data before deciding`;
}
