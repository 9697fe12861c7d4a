// The Kano evaluation table (Berger et al. 1993, Center for Quality Management Journal 2(4), table 1;
// Matzler & Hinterhuber 1998, Technovation 18(1) 25-38, table 2): the category of a respondent's
// (functional, dysfunctional) pair of answers.
//
//                      dysfunctional: like  must-be  neutral  live-with  dislike
//   functional like                    Q     A        A        A          O
//              must-be                 R     I        I        I          M
//              neutral                 R     I        I        I          M
//              live-with               R     I        I        I          M
//              dislike                 R     R        R        R          Q
import { KANO_ANSWERS, KanoAnswer } from "./answers";

export const KANO_CATEGORIES = ["A", "O", "M", "I", "R", "Q"] as const;
export type KanoCategory = (typeof KANO_CATEGORIES)[number];

export const CATEGORY_NAMES: Record<KanoCategory, string> = {
  A: "Attractive",
  O: "One-dimensional",
  M: "Must-be",
  I: "Indifferent",
  R: "Reverse",
  Q: "Questionable",
};

export const CATEGORY_MEANINGS: Record<KanoCategory, string> = {
  A: "delights when present, is not missed when absent",
  O: "satisfies more the better it is done, dissatisfies when missing (performance)",
  M: "is taken for granted: its absence dissatisfies, its presence does not delight",
  I: "makes little difference either way",
  R: "is wanted the other way round by these respondents",
  Q: "got contradictory answers (e.g. like both having and not having it)",
};

/**
 * Order used to break ties between equally frequent categories, first wins: M > O > A > I, as
 * usually recommended (a must-be that is missed hurts most; Berger et al. 1993), then R > Q.
 */
export const TIE_ORDER: readonly KanoCategory[] = ["M", "O", "A", "I", "R", "Q"];

const TABLE: readonly (readonly KanoCategory[])[] = [
  ["Q", "A", "A", "A", "O"],
  ["R", "I", "I", "I", "M"],
  ["R", "I", "I", "I", "M"],
  ["R", "I", "I", "I", "M"],
  ["R", "R", "R", "R", "Q"],
];

/** The Kano category of one respondent's functional and dysfunctional answers. */
export function kanoCategory(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[KANO_ANSWERS.indexOf(functional)][KANO_ANSWERS.indexOf(dysfunctional)];
}
