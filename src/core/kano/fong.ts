// Fong's test of whether the two most frequent Kano categories of a feature really differ
// (D. Fong 1996, "Using the self-stated importance questionnaire to interpret Kano questionnaire
// results", Center for Quality Management Journal 5(3) 21-24): with a and b the counts of the two
// most frequent categories and n all answers, the difference is not significant (at about the 10%
// level, two-sided) when |a - b| < 1.65 sqrt((a + b)(2n - a - b) / (2n)).

export interface FongTest {
  /** |a - b|: the gap between the counts of the top two categories. */
  difference: number;
  /** 1.65 sqrt((a + b)(2n - a - b) / (2n)); the gap must reach this to be significant. */
  threshold: number;
  /** True when the top category is significantly more frequent than the second. */
  significant: boolean;
}

export const FONG_Z = 1.65;

export function fongTest(a: number, b: number, n: number): FongTest {
  const difference = Math.abs(a - b);
  const threshold = n > 0 ? FONG_Z * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n)) : 0;
  return { difference, threshold, significant: n > 0 && difference >= threshold && difference > 0 };
}
