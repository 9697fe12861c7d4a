// Per-feature Kano statistics from the respondents' categories: counts and shares, the category
// by the mode (ties broken M > O > A > I > R > Q), category strength and total strength
// (Lee & Newcomb 1997, "Applying the Kano methodology to meet customer requirements: NASA's
// microgravity science program", Quality Management Journal 4(3) 95-106), Fong's test of the top
// two categories, and Berger et al.'s (1993) customer satisfaction coefficients:
// Better = (A + O) / (A + O + M + I), Worse = -(O + M) / (A + O + M + I).
import { KanoAnswer } from "./answers";
import { continuousKano, ContinuousKano } from "./continuous";
import { KANO_CATEGORIES, kanoCategory, KanoCategory, TIE_ORDER } from "./evaluation";
import { fongTest, FongTest } from "./fong";

export type CategoryCounts = Record<KanoCategory, number>;

export interface KanoFeatureStats {
  /** Respondents who answered both questions. */
  n: number;
  counts: CategoryCounts;
  shares: CategoryCounts;
  /** The most frequent category (ties broken by TIE_ORDER). */
  category: KanoCategory;
  /** The second most frequent category (by the same order). */
  second: KanoCategory;
  /** Share of the category minus share of the second. */
  categoryStrength: number;
  /** Share of A + O + M: how much the feature matters at all. */
  totalStrength: number;
  fong: FongTest;
  /** (A + O) / (A + O + M + I); undefined when every answer is R or Q. */
  better?: number;
  /** -(O + M) / (A + O + M + I); undefined when every answer is R or Q. */
  worse?: number;
  continuous: ContinuousKano;
}

export function emptyCounts(): CategoryCounts {
  return { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
}

/** Categories by count, most frequent first; equal counts in TIE_ORDER. */
export function rankCategories(counts: CategoryCounts): KanoCategory[] {
  return [...TIE_ORDER].sort((x, y) => counts[y] - counts[x] || TIE_ORDER.indexOf(x) - TIE_ORDER.indexOf(y));
}

/** Statistics of one feature from aligned answer pairs (at least one). */
export function kanoFeatureStats(functional: readonly KanoAnswer[], dysfunctional: readonly KanoAnswer[]): KanoFeatureStats {
  const n = functional.length;
  if (n === 0 || dysfunctional.length !== n) throw new Error("kanoFeatureStats needs at least one aligned answer pair");
  const counts = emptyCounts();
  for (let i = 0; i < n; i++) counts[kanoCategory(functional[i], dysfunctional[i])]++;
  const shares = emptyCounts();
  for (const c of KANO_CATEGORIES) shares[c] = counts[c] / n;
  const [category, second] = rankCategories(counts);
  const valid = counts.A + counts.O + counts.M + counts.I;
  return {
    n,
    counts,
    shares,
    category,
    second,
    categoryStrength: shares[category] - shares[second],
    totalStrength: shares.A + shares.O + shares.M,
    fong: fongTest(counts[category], counts[second], n),
    better: valid > 0 ? (counts.A + counts.O) / valid : undefined,
    worse: valid > 0 ? 0 - (counts.O + counts.M) / valid : undefined, // 0 - x: no -0 when O + M = 0
    continuous: continuousKano(functional, dysfunctional),
  };
}
