// Kano questionnaire answers (Kano, Seraku, Takahashi & Tsuji 1984; wording of Berger et al. 1993,
// "Kano's methods for understanding customer-defined quality", Center for Quality Management
// Journal 2(4) 3-36). Each feature is asked twice: functional ("if the product has it") and
// dysfunctional ("if it does not"). Codes on the usual 5-point form:
//   1 = I like it, 2 = I expect it (must be), 3 = I am neutral, 4 = I can live with it, 5 = I dislike it.
// The 3-point form (like / neutral / dislike) is coded 1 = like, 2 = neutral, 3 = dislike.
import { parseNumber } from "../table/number";

export const KANO_ANSWERS = ["like", "must-be", "neutral", "live-with", "dislike"] as const;
export type KanoAnswer = (typeof KANO_ANSWERS)[number];

/** Points of the answer scale used for numeric codes. */
export type KanoScale = 3 | 5;

export const ANSWER_LABELS: Record<KanoAnswer, string> = {
  like: "I like it",
  "must-be": "I expect it",
  neutral: "I am neutral",
  "live-with": "I can live with it",
  dislike: "I dislike it",
};

const CODES: Record<KanoScale, readonly KanoAnswer[]> = {
  5: KANO_ANSWERS,
  3: ["like", "neutral", "dislike"],
};

// Labels as they appear in questionnaires and survey exports, English and Chinese, compared after
// normalisation (lower case; spaces, punctuation and apostrophes removed: "I don't care." -> "idontcare").
export const KANO_LABELS: Record<KanoAnswer, readonly string[]> = {
  like: [
    "like", "i like it", "i like it that way", "i like it this way", "i would like it", "i would like it that way",
    "i really like it", "i love it", "love it", "like it", "liked", "delighted", "i am delighted", "i enjoy it", "satisfied",
    "very satisfied", "i am satisfied", "pleased", "i am pleased", "it would please me", "it pleases me",
    "我喜欢", "喜欢", "很喜欢", "非常喜欢", "我很喜欢", "我喜欢这样", "我会喜欢", "满意", "很满意", "非常满意", "高兴", "我很高兴",
  ],
  "must-be": [
    "must be", "mustbe", "must-be", "i expect it", "expect it", "expected", "i expect it that way", "it must be that way",
    "it must be", "must be that way", "it should be that way", "it should be", "should be", "i take it for granted",
    "taken for granted", "it is a basic necessity", "basic", "basic need", "necessary", "it is necessary", "must have", "a must",
    "理所当然", "理应如此", "必须如此", "必须的", "必须", "应该如此", "应该的", "本应如此", "本该如此", "本来就应该", "它理应如此",
    "必备", "必要", "期望", "我期望", "我期望如此",
  ],
  neutral: [
    "neutral", "i am neutral", "im neutral", "i feel neutral", "i don't care", "dont care", "i do not care", "no matter",
    "doesn't matter", "it doesn't matter", "it does not matter", "does not matter", "indifferent", "i am indifferent",
    "no feeling", "no feelings", "no opinion", "whatever", "no preference", "neither", "neither like nor dislike",
    "无所谓", "我无所谓", "中立", "中性", "一般", "没感觉", "没有感觉", "无感", "不在乎", "我不在乎", "都可以", "都行", "无差异", "不关心",
  ],
  "live-with": [
    "live with", "live-with", "i can live with it", "i can live with it that way", "can live with it", "i can tolerate it",
    "i can tolerate it that way", "tolerate", "tolerable", "tolerate it", "i can accept it", "acceptable", "i accept it",
    "i can put up with it", "put up with it", "能忍受", "可以忍受", "我能忍受", "我可以忍受", "勉强接受", "能接受", "可以接受", "我能接受",
    "我可以接受", "忍受", "能容忍", "可以容忍", "还能接受", "尚可接受",
  ],
  dislike: [
    "dislike", "i dislike it", "i dislike it that way", "dislike it", "i don't like it", "i do not like it", "don't like it",
    "do not like it", "i would dislike it", "i hate it", "hate it", "i really dislike it", "dissatisfied", "very dissatisfied",
    "i am dissatisfied", "unsatisfied", "it would displease me", "displeased",
    "我不喜欢", "不喜欢", "很不喜欢", "非常不喜欢", "我很不喜欢", "讨厌", "我讨厌", "不满意", "很不满意", "非常不满意", "我不满意", "反感",
  ],
};

/** Lower case, with whitespace, punctuation, apostrophes and symbols removed (letters, digits and CJK kept). */
export function normalizeAnswerText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const LOOKUP: ReadonlyMap<string, KanoAnswer> = new Map(
  (Object.keys(KANO_LABELS) as KanoAnswer[]).flatMap((answer) => KANO_LABELS[answer].map((label) => [normalizeAnswerText(label), answer] as const)),
);

/** "1. I like it", "1 - I like it", "(1) 我喜欢": a leading code that the label may carry. */
const CODE_PREFIX = /^\s*[(（[]?\s*([1-5])\s*[)）\].:：、．\-–—]\s*(.+)$/u;

function codeAnswer(n: number, scale: KanoScale): KanoAnswer | undefined {
  return Number.isInteger(n) && n >= 1 && n <= scale ? CODES[scale][n - 1] : undefined;
}

/**
 * The answer a cell holds: a code 1..scale (number or numeric text) or a label in English or
 * Chinese (case, spacing and punctuation ignored; a leading code such as "1. I like it" is allowed,
 * and the label decides). Undefined when the cell is not a Kano answer.
 */
export function parseKanoAnswer(v: unknown, scale: KanoScale = 5): KanoAnswer | undefined {
  if (typeof v === "number") return codeAnswer(v, scale);
  if (typeof v !== "string") return undefined;
  const n = parseNumber(v);
  if (n !== undefined) return codeAnswer(n, scale);
  const hit = LOOKUP.get(normalizeAnswerText(v));
  if (hit) return hit;
  const m = CODE_PREFIX.exec(v);
  return m ? LOOKUP.get(normalizeAnswerText(m[2])) : undefined;
}

/** What a valid answer looks like, for error messages. */
export function answerHint(scale: KanoScale): string {
  return scale === 5
    ? "use a code 1-5 (1 = I like it, 2 = I expect it, 3 = I am neutral, 4 = I can live with it, 5 = I dislike it) or one of those labels (or 我喜欢, 理所当然, 无所谓, 能忍受, 我不喜欢)"
    : "use a code 1-3 (1 = I like it, 2 = I am neutral, 3 = I dislike it) or one of those labels (or 我喜欢, 无所谓, 我不喜欢)";
}
