// Kano results as a Report: the per-feature table (what =CX.KANO spills), category shares (stacked
// bar chart), the Better/Worse diagram, the continuous (DuMouchel) quadrant chart, each
// respondent's categories, and the explanation.
import { plural, rowList } from "../format";
import { Cell, ChartSpec, ColumnFormat, Report, ReportTable } from "../report";
import { ANSWER_LABELS, KANO_ANSWERS } from "./answers";
import { KanoFeatureResult, KanoResult } from "./analysis";
import { CATEGORY_MEANINGS, CATEGORY_NAMES, KANO_CATEGORIES, KanoCategory, TIE_ORDER } from "./evaluation";

export const FEATURE_HEADER = [
  "Feature",
  "Respondents",
  "Category",
  "A",
  "O",
  "M",
  "I",
  "R",
  "Q",
  "Category strength",
  "Total strength",
  "Top two differ (Fong)",
  "Better",
  "Worse",
  "Functional score",
  "Dysfunctional score",
];
export const IMPORTANCE_HEADER = "Importance";

const optional = (v: number | undefined): Cell => (v === undefined ? "" : v);

export function featuresTable(result: KanoResult): ReportTable {
  const withImportance = result.features.some((f) => f.importance !== undefined);
  const rows = result.features.map((f): Cell[] => {
    const row: Cell[] = [
      f.name,
      f.n,
      CATEGORY_NAMES[f.category],
      ...KANO_CATEGORIES.map((c) => f.counts[c]),
      f.categoryStrength,
      f.totalStrength,
      f.fong.significant ? "yes" : "no",
      optional(f.better),
      optional(f.worse),
      f.continuous.functional,
      f.continuous.dysfunctional,
    ];
    if (withImportance) row.push(optional(f.importance));
    return row;
  });
  const formats: ColumnFormat[] = ["text", "integer", "text", ...KANO_CATEGORIES.map((): ColumnFormat => "integer"), "percent", "percent", "text", "number", "number", "number", "number"];
  if (withImportance) formats.push("number");
  return {
    name: "features",
    title: "Kano categories by feature",
    header: withImportance ? [...FEATURE_HEADER, IMPORTANCE_HEADER] : FEATURE_HEADER,
    rows,
    formats,
  };
}

export function sharesTable(result: KanoResult): ReportTable {
  return {
    name: "shares",
    title: "Share of respondents in each Kano category",
    header: ["Feature", ...KANO_CATEGORIES.map((c) => CATEGORY_NAMES[c])],
    rows: result.features.map((f) => [f.name, ...KANO_CATEGORIES.map((c) => f.shares[c])]),
    formats: ["text", ...KANO_CATEGORIES.map((): ColumnFormat => "percent")],
  };
}

export const WORSE_ABS = "Worse (absolute)";

/** Better against |Worse| (features with at least one A, O, M or I answer). */
export function betterWorseTable(result: KanoResult): ReportTable {
  return {
    name: "betterWorse",
    title: "Better and Worse coefficients",
    header: ["Feature", WORSE_ABS, "Better"],
    rows: result.features.filter((f) => f.better !== undefined).map((f) => [f.name, Math.abs(f.worse!), f.better!]),
    formats: ["text", "number", "number"],
  };
}

export function continuousTable(result: KanoResult): ReportTable {
  const withImportance = result.features.some((f) => f.importance !== undefined);
  return {
    name: "continuous",
    title: "Continuous Kano scores (DuMouchel)",
    header: ["Feature", "Dysfunctional score", "Functional score", "Dysfunctional SD", "Functional SD", ...(withImportance ? [IMPORTANCE_HEADER] : [])],
    rows: result.features.map((f) => [
      f.name,
      f.continuous.dysfunctional,
      f.continuous.functional,
      f.continuous.dysfunctionalSd,
      f.continuous.functionalSd,
      ...(withImportance ? [optional(f.importance)] : []),
    ]),
    formats: ["text", "number", "number", "number", "number", ...(withImportance ? (["number"] as ColumnFormat[]) : [])],
  };
}

export function respondentsTable(result: KanoResult): ReportTable {
  return {
    name: "respondents",
    title: "Kano category of each respondent",
    header: ["Row", ...result.features.map((f) => f.name)],
    rows: result.respondentRows.map((row, i) => [row, ...result.classes[i].map((c) => c ?? "")]),
    formats: ["integer", ...result.features.map((): ColumnFormat => "text")],
  };
}

export const KANO_CHARTS: ChartSpec[] = [
  {
    type: "bar",
    title: "Kano categories by feature",
    table: "shares",
    category: "Feature",
    series: KANO_CATEGORIES.map((c) => CATEGORY_NAMES[c]),
    stacked: true,
  },
  { type: "scatter", title: "Better and Worse (satisfaction against dissatisfaction)", table: "betterWorse", category: WORSE_ABS, series: ["Better"] },
  { type: "scatter", title: "Continuous Kano: functional against dysfunctional score", table: "continuous", category: "Dysfunctional score", series: ["Functional score"] },
];

function quoteList(names: string[]): string {
  const q = names.map((x) => `'${x}'`);
  return q.length <= 1 ? q.join("") : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

export function kanoExplanation(result: KanoResult): string[] {
  const { features } = result;
  const lines = [
    `Kano categories of ${plural(features.length, "feature")} from ${plural(result.respondentRows.length, "respondent")}, by the standard evaluation table; a feature's category is its most frequent one (ties broken Must-be > One-dimensional > Attractive > Indifferent).`,
  ];
  for (const c of TIE_ORDER) {
    const named = features.filter((f) => f.category === c).map((f) => f.name);
    if (named.length > 0) lines.push(`${CATEGORY_NAMES[c]} (${c}): ${quoteList(named)}; ${named.length === 1 ? "it" : "each"} ${CATEGORY_MEANINGS[c]}.`);
  }
  const mixed = features.filter((f) => !f.fong.significant);
  if (mixed.length > 0) {
    const list = mixed.map((f) => `'${f.name}' (${CATEGORY_NAMES[f.category]} or ${CATEGORY_NAMES[f.second]})`).join(", ");
    lines.push(`Not clear-cut by Fong's test (the top two categories do not differ significantly): ${list}; treat them as mixed and weigh both.`);
  }
  const questionable = features.filter((f) => f.shares.Q > 0.1);
  if (questionable.length > 0) {
    lines.push(`More than 10% questionable answers for ${quoteList(questionable.map((f) => f.name))}: check the wording of those questions.`);
  }
  lines.push(
    "Better = (A + O) / (A + O + M + I) is how much having the feature raises satisfaction; Worse = -(O + M) / (A + O + M + I) how much lacking it lowers satisfaction.",
  );
  if (result.scale === 5) {
    lines.push(`Numeric answers are read as ${KANO_ANSWERS.map((a, i) => `${i + 1} = ${ANSWER_LABELS[a]}`).join(", ")}.`);
  } else {
    lines.push("Numeric answers are read on the 3-point form: 1 = I like it, 2 = I am neutral, 3 = I dislike it.");
  }
  return lines;
}

function blankNotes(features: KanoFeatureResult[]): string[] {
  return features
    .filter((f) => f.blank > 0)
    .map((f) => `${plural(f.blank, "respondent")} left a question about '${f.name}' blank and ${f.blank === 1 ? "was" : "were"} skipped for it (${rowList(f.firstBlankRows, f.blank)}).`);
}

export function kanoReport(result: KanoResult): Report {
  const counts = (c: KanoCategory) => result.features.filter((f) => f.category === c).length;
  const notes = blankNotes(result.features);
  if (result.hasHeader) notes.push("The first row was read as a header and skipped.");
  return {
    title: "Kano analysis",
    facts: [
      { key: "respondents", label: "Respondents", value: result.respondentRows.length, format: "integer" },
      { key: "features", label: "Features", value: result.features.length, format: "integer" },
      { key: "mustBe", label: "Must-be features", value: counts("M"), format: "integer" },
      { key: "oneDimensional", label: "One-dimensional features", value: counts("O"), format: "integer" },
      { key: "attractive", label: "Attractive features", value: counts("A"), format: "integer" },
    ],
    tables: [featuresTable(result), sharesTable(result), betterWorseTable(result), continuousTable(result), respondentsTable(result)],
    charts: KANO_CHARTS,
    explanation: [...kanoExplanation(result), ...notes],
  };
}
