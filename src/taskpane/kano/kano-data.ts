// The Kano data step's logic, free of React: is the first row a header, which columns are the
// functional and dysfunctional questions of which feature (auto-pairing), what the first rows
// give, what will be skipped, and the task input for the engine.
import { KANO_ANSWERS, type KanoAnswer, kanoCategory, type KanoScale, parseKanoAnswer } from "../../core/kano";
import { isBlank, isEmptyCell } from "../../core/table/blank";
import type { RangeData } from "../../excel/gateway";
import type { KanoInput, KanoPair } from "../compute/kano-task";
import { type ColumnOption, columnName, columnOptions } from "../wizard/transaction-data";

export type Side = "functional" | "dysfunctional" | "importance";

/** Row 1 is a header when it has text and none of its cells is a Kano answer or a number. */
export function initialKanoHeader(values: readonly (readonly unknown[])[]): boolean {
  const first = values[0];
  if (!first || values.length < 2) return false;
  let text = false;
  for (const v of first) {
    if (isBlank(v)) continue;
    if (typeof v !== "string" || parseKanoAnswer(v) !== undefined) return false;
    text = true;
  }
  return text;
}

/** Share of the non-blank cells of a column (in the sample) that are Kano answers; 0 for an empty column. */
export function answerShare(body: readonly (readonly unknown[])[], col: number, scale: KanoScale = 5): number {
  let filled = 0;
  let answers = 0;
  for (const row of body) {
    const v = row[col];
    if (isEmptyCell(v)) continue;
    filled++;
    if (parseKanoAnswer(v, scale) !== undefined) answers++;
  }
  return filled === 0 ? 0 : answers / filled;
}

const SEP = String.raw`[\s_\-–—.:：/|,，、]*`;
const OPEN = String.raw`[(（\[【]?`;
const CLOSE = String.raw`[)）\]】]?`;

// Words that mark a question's side, longest and most specific first ("dysfunctional" before
// "functional", 反功能 before 功能). Each is tried as a suffix ("Wifi (functional)") and as a
// prefix ("功能：Wifi").
const MARKERS: { side: Side; words: string[] }[] = [
  {
    side: "dysfunctional",
    words: [
      "dysfunctional", "disfunctional", "dysfunction", "dysfunc", "dys", "negative question", "negative", "neg",
      "if absent", "if not present", "if missing", "absent", "not present", "missing", "without", "lacking",
      "反功能问题", "反功能题", "反功能", "反向问题", "反向题", "反向", "负向问题", "负向", "不具备", "不提供", "没有", "缺少", "无此功能",
    ],
  },
  {
    side: "functional",
    words: [
      "functional", "function", "func", "positive question", "positive", "pos", "if present", "present", "with",
      "正功能问题", "正功能题", "正功能", "功能问题", "功能题", "功能", "正向问题", "正向题", "正向", "具备", "提供", "有此功能",
    ],
  },
  { side: "importance", words: ["self stated importance", "importance", "important", "重要性", "重要程度", "重要"] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`[\s_\-]+`);

const MARKER_RULES = MARKERS.flatMap(({ side, words }) =>
  words.flatMap((w) => {
    // ASCII words need a boundary before them ("with" is not the end of "Bandwidth").
    const word = /^[a-z ]+$/.test(w) ? String.raw`(?<![a-z])${escape(w)}(?![a-z])` : escape(w);
    return [
      { side, re: new RegExp(String.raw`^(.*?)${SEP}${OPEN}${SEP}${word}${SEP}${CLOSE}${SEP}$`, "iu"), stemGroup: 1 },
      { side, re: new RegExp(String.raw`^${SEP}${OPEN}${SEP}${word}${SEP}${CLOSE}${SEP}(.+)$`, "iu"), stemGroup: 1 },
    ];
  }),
);

// Question codes: "Q1F" / "Q1D", "Q1_F", "Wifi F", "F1" / "D1", "F_Q1", "Q1 I" (importance).
const CODE_RULES: { re: RegExp; sideGroup: number; stemGroup: number }[] = [
  { re: /^(.*?[0-9a-z\u4e00-\u9fff])[\s_\-.]*\(?([FDI])\)?$/u, sideGroup: 2, stemGroup: 1 },
  { re: /^(.+?)(?:[\s_\-.]+|[\s_\-.]*\()([FDI])\)?$/u, sideGroup: 2, stemGroup: 1 },
  { re: /^([FDI])[\s_\-.]*(\d.*)$/u, sideGroup: 1, stemGroup: 2 },
  { re: /^([FDI])[\s_\-.]+(\S.*)$/u, sideGroup: 1, stemGroup: 2 },
];
const CODE_SIDES: Record<string, Side> = { F: "functional", D: "dysfunctional", I: "importance" };

export interface HeaderSide {
  side: Side;
  /** The header without the marker: the feature's name ("Wifi"). */
  stem: string;
}

/** Which question a header names, and the feature's name, from its marker; undefined when it has none. */
export function headerSide(header: string): HeaderSide | undefined {
  const h = header.trim();
  if (h === "") return undefined;
  for (const rule of MARKER_RULES) {
    const m = rule.re.exec(h);
    const stem = m?.[rule.stemGroup]?.trim();
    if (m && stem) return { side: rule.side, stem: cleanStem(stem) };
  }
  for (const rule of CODE_RULES) {
    // Codes are case-sensitive on the letter ("Q1F", not "Q1f" or a word ending in f).
    const m = rule.re.exec(h);
    if (m && m[rule.stemGroup]?.trim()) return { side: CODE_SIDES[m[rule.sideGroup]], stem: cleanStem(m[rule.stemGroup]) };
  }
  return undefined;
}

function cleanStem(stem: string): string {
  return stem.replace(/^[\s_\-–—.:：(（[【]+|[\s_\-–—.:：)）\]】]+$/gu, "").trim();
}

const stemKey = (stem: string) => stem.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

export interface Pairing {
  pairs: KanoPair[];
  /** Columns with Kano answers that are in no pair. */
  unpaired: number[];
  /** Columns without Kano answers (ids, dates, comments), left out. */
  other: number[];
}

/**
 * Pairs the answer columns of a survey export. Headers with markers pair by feature name
 * ("Wifi (functional)" with "Wifi (dysfunctional)", "Q1F" with "Q1D", "功能" with "反功能"),
 * importance columns join their feature ("Wifi (importance)"); the remaining answer columns pair in
 * order, each one functional and the next dysfunctional (the usual layout of an export).
 */
export function autoPair(range: RangeData, hasHeader: boolean, sample = 60): Pairing {
  const options = columnOptions(range, hasHeader);
  const body = range.values.slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + sample);
  const sides = options.map((o) => (hasHeader ? headerSide(o.header) : undefined));
  const isAnswer = options.map((_, j) => answerShare(body, j) >= 0.8);
  const byStem = new Map<string, { stem: string; functional?: number; dysfunctional?: number; importance?: number }>();
  sides.forEach((s, j) => {
    if (!s || (s.side !== "importance" && !isAnswer[j] && answerShare(body, j) === 0 && body.some((r) => !isEmptyCell(r[j])))) return;
    const key = stemKey(s.stem);
    const entry = byStem.get(key) ?? { stem: s.stem };
    if (entry[s.side] === undefined) entry[s.side] = j;
    byStem.set(key, entry);
  });
  const pairs: KanoPair[] = [];
  const used = new Set<number>();
  for (const e of byStem.values()) {
    if (e.functional === undefined || e.dysfunctional === undefined) continue;
    pairs.push({ name: e.stem, functional: e.functional, dysfunctional: e.dysfunctional, importance: e.importance ?? -1 });
    used.add(e.functional).add(e.dysfunctional);
    if (e.importance !== undefined) used.add(e.importance);
  }
  // Importance columns whose feature did not pair are not answers either way.
  const importanceCols = new Set(sides.flatMap((s, j) => (s?.side === "importance" ? [j] : [])));
  const rest = options.map((o) => o.index).filter((j) => !used.has(j) && !importanceCols.has(j) && isAnswer[j]);
  const unpaired: number[] = [];
  for (let k = 0; k + 1 < rest.length; k += 2) {
    const [f, d] = [rest[k], rest[k + 1]];
    pairs.push({ name: defaultName(options[f], sides[f], pairs.length), functional: f, dysfunctional: d, importance: -1 });
  }
  if (rest.length % 2 === 1) unpaired.push(rest[rest.length - 1]);
  pairs.sort((a, b) => a.functional - b.functional);
  pairs.forEach((p, i) => {
    if (p.name === "") p.name = `Feature ${i + 1}`;
  });
  const inPairs = new Set(pairs.flatMap((p) => [p.functional, p.dysfunctional, p.importance]));
  const other = options.map((o) => o.index).filter((j) => !inPairs.has(j) && !unpaired.includes(j));
  return { pairs, unpaired, other };
}

function defaultName(option: ColumnOption, side: HeaderSide | undefined, index: number): string {
  if (side) return side.stem;
  return option.header || `Feature ${index + 1}`;
}

export type PairingProblem = "none" | "incomplete" | "duplicate" | undefined;

/** What stops the pairs from being analysed: no pair, a pair without both columns, or a column used twice. */
export function pairingProblem(pairs: readonly KanoPair[]): PairingProblem {
  if (pairs.length === 0) return "none";
  if (pairs.some((p) => p.functional < 0 || p.dysfunctional < 0)) return "incomplete";
  const cols = pairs.flatMap((p) => [p.functional, p.dysfunctional, ...(p.importance >= 0 ? [p.importance] : [])]);
  return new Set(cols).size < cols.length ? "duplicate" : undefined;
}

export function kanoTaskInput(range: RangeData, hasHeader: boolean, pairs: readonly KanoPair[]): KanoInput {
  const options = columnOptions(range, hasHeader);
  return {
    values: range.values,
    hasHeader,
    pairs: pairs.map((p, i) => ({ ...p, name: p.name.trim() || `Feature ${i + 1}` })),
    columnNames: options.map(columnName),
    firstRowNumber: range.row + 1,
  };
}

/**
 * A feature's answers in one row as the preview shows them, compactly: the category, then each
 * answer as the code it is read as ("O (1 / 5)" for I like it / I dislike it); an answer that is
 * not one is shown as it is, a blank as "–"; "" when both are blank.
 */
export function previewCell(f: unknown, d: unknown, scale: KanoScale): string {
  if (isEmptyCell(f) && isEmptyCell(d)) return "";
  const fa = parseKanoAnswer(f, scale);
  const da = parseKanoAnswer(d, scale);
  const codes: readonly string[] = scale === 5 ? KANO_ANSWERS : ["like", "neutral", "dislike"];
  const show = (v: unknown, a: KanoAnswer | undefined) => (isEmptyCell(v) ? "–" : a ? String(codes.indexOf(a) + 1) : String(v));
  const category = fa && da ? kanoCategory(fa, da) : isEmptyCell(f) || isEmptyCell(d) ? "–" : "?";
  return `${category} (${show(f, fa)} / ${show(d, da)})`;
}

/** The first rows, one cell per pair, with their sheet row numbers. */
export function kanoPreviewRows(range: RangeData, hasHeader: boolean, pairs: readonly KanoPair[], scale: KanoScale, count = 5): { row: number; cells: string[] }[] {
  const start = hasHeader ? 1 : 0;
  return range.values.slice(start, start + count).map((values, i) => ({
    row: range.row + start + i + 1,
    cells: pairs.map((p) => previewCell(values[p.functional], values[p.dysfunctional], scale)),
  }));
}

export interface KanoInspect {
  /** Rows with at least one answer in the pairs. */
  respondents: number;
  /** Per pair: respondents who left one or both of its questions blank, and the first such sheet rows. */
  blanks: { name: string; count: number; firstRows: number[] }[];
  /** Rows without any answer in the pairs. */
  emptyRows: number;
}

/** What the engine will read: respondents, and who will be skipped for which feature. */
export function inspectKano(range: RangeData, hasHeader: boolean, pairs: readonly KanoPair[]): KanoInspect {
  const start = hasHeader ? 1 : 0;
  const blanks = pairs.map((p) => ({ name: p.name, count: 0, firstRows: [] as number[] }));
  let respondents = 0;
  let emptyRows = 0;
  range.values.slice(start).forEach((row, i) => {
    const filled = pairs.map((p) => [!isEmptyCell(row[p.functional]), !isEmptyCell(row[p.dysfunctional])]);
    if (!filled.some(([f, d]) => f || d)) {
      emptyRows++;
      return;
    }
    respondents++;
    filled.forEach(([f, d], k) => {
      if (f && d) return;
      blanks[k].count++;
      if (blanks[k].firstRows.length < 5) blanks[k].firstRows.push(range.row + start + i + 1);
    });
  });
  return { respondents, blanks: blanks.filter((b) => b.count > 0), emptyRows };
}
