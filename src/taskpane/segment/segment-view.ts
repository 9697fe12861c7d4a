// What the segmentation wizard shows and writes, free of React: the engine's reports in the pane's
// language, cluster profiles in words and the names suggested from them, tier names, the
// explanations (what each method means and what to do with the groups), the formula equivalents
// and the reports the result sheets are made from.
import type { Cell, ChartSpec, Report, ReportTable } from "../../core/report";
import { findTable } from "../../core/report";
import type { ClusterProfile, Trait } from "../../core/segment/profile";
import type { Standardize } from "../../core/segment/standardize";
import type { RangeData } from "../../excel/gateway";
import type { ClusterSettings, ElbowOutput, KMeansOutput, ParetoOutput, ParetoSettings, TierOutput } from "../compute/segment-task";
import { segmentEn, type SegmentKey } from "../i18n/segment-strings";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { columnAddress } from "../wizard/transaction-data";
import { FREQUENCY, MONETARY, RECENCY, type SegmentMapping } from "./segment-data";
import { columnsArg, quoteArg } from "../wizard/columns-arg";

// --- The engine's words in the pane's language -----------------------------------------------

const KEY_BY_ENGLISH = new Map<string, SegmentKey>(
  (Object.entries(segmentEn) as [SegmentKey, string][]).filter(([key]) => key.startsWith("sr")).map(([key, text]) => [text, key]),
);

/** A known engine text of the segmentation reports in `lang`; anything else (the user's names and data) unchanged. */
export function localizeSegmentText(lang: Language, text: string): string {
  if (lang === "en") return text;
  const key = KEY_BY_ENGLISH.get(text);
  if (key) return t(lang, key);
  const z = /^(.*) \(z\)$/.exec(text);
  return z ? `${z[1]}（z）` : text;
}

/** Columns whose cells are engine words (level names, "All") rather than the user's data. */
const WORD_COLUMNS = new Set(["Cluster", "Value level", "Need level", "Value \\ Need", "Measure", "Level"]);

function localizeTable(lang: Language, table: ReportTable): ReportTable {
  const wordCols = table.header.map((h) => WORD_COLUMNS.has(h));
  const rows: Cell[][] = table.rows.map((row) => row.map((cell, j) => (wordCols[j] && typeof cell === "string" ? localizeSegmentText(lang, cell) : cell)));
  return { ...table, title: localizeSegmentText(lang, table.title), header: table.header.map((h) => localizeSegmentText(lang, h)), rows };
}

function localizeChart(lang: Language, chart: ChartSpec): ChartSpec {
  const text = (s: string) => localizeSegmentText(lang, s);
  return { ...chart, title: text(chart.title), category: text(chart.category), series: chart.series.map(text), secondaryAxis: chart.secondaryAxis?.map(text) };
}

export function localizeSegmentReport(lang: Language, report: Report): Report {
  if (lang === "en") return report;
  return {
    ...report,
    title: localizeSegmentText(lang, report.title),
    facts: report.facts.map((f) => ({ ...f, label: localizeSegmentText(lang, f.label), value: typeof f.value === "string" ? localizeSegmentText(lang, f.value) : f.value })),
    tables: report.tables.map((table) => localizeTable(lang, table)),
    charts: report.charts.map((chart) => localizeChart(lang, chart)),
  };
}

const list = (lang: Language, items: readonly string[]) => items.join(lang === "zh" ? "、" : ", ");

// --- Clusters: profiles and names ------------------------------------------------------------

export const STANDARDIZE_KEYS: Record<Standardize, StringKey> = { z: "segStdZ", log: "segStdLog", none: "segStdNone" };

const LEVEL_KEYS: Record<Exclude<Trait["level"], "average">, StringKey> = {
  "very high": "segTraitVeryHigh",
  high: "segTraitHigh",
  low: "segTraitLow",
  "very low": "segTraitVeryLow",
};

/** "very high Monetary, low Recency" in the pane's language: notable traits, strongest first, up to three. */
export function describeProfile(lang: Language, profile: ClusterProfile): string {
  const notable = profile.traits
    .map((trait, j) => ({ trait, j }))
    .filter(({ trait }) => trait.level !== "average")
    .sort((a, b) => Math.abs(b.trait.z) - Math.abs(a.trait.z) || a.j - b.j)
    .slice(0, 3);
  if (notable.length === 0) return t(lang, "segTraitAverage");
  return list(
    lang,
    notable.map(({ trait }) => fill(lang, LEVEL_KEYS[trait.level as keyof typeof LEVEL_KEYS], { column: trait.column })),
  );
}

/** Where each of recency, frequency and monetary is among the clustered columns (-1: absent). */
export function rfmRoles(names: readonly string[]): { r: number; f: number; m: number } {
  const find = (re: RegExp, taken: number[]) => names.findIndex((n, j) => !taken.includes(j) && re.test(n));
  const r = find(RECENCY, []);
  const f = find(FREQUENCY, [r]);
  const m = find(MONETARY, [r, f]);
  return { r, f, m };
}

const NOTABLE = 0.4;

/** A name for a cluster of RFM-like columns from its profile, or undefined when the columns are not R, F and M. */
function rfmName(profile: ClusterProfile, roles: { r: number; f: number; m: number }): StringKey | undefined {
  if (roles.r < 0 || (roles.f < 0 && roles.m < 0)) return undefined;
  const z = (j: number) => (j >= 0 ? profile.traits[j].z : 0);
  const recent = z(roles.r) <= -NOTABLE;
  const lapsed = z(roles.r) >= NOTABLE;
  const valuable = Math.max(z(roles.f), z(roles.m)) >= NOTABLE;
  const small = Math.max(z(roles.f), z(roles.m)) <= -NOTABLE;
  if (recent && valuable) return "segNameBest";
  if (lapsed && valuable) return "segNameAtRisk";
  if (lapsed) return "segNameLapsed";
  if (recent && small) return "segNameNew";
  if (valuable) return "segNameLoyal";
  if (recent) return "segNameRecent";
  return small ? "segNameOccasional" : "segNameAverage";
}

/** Suggested cluster names: RFM words for Recency/Frequency/Monetary columns, else the top traits ("High Frequency, low Monetary"); made unique. */
export function suggestClusterNames(lang: Language, profiles: readonly ClusterProfile[], names: readonly string[]): string[] {
  const roles = rfmRoles(names);
  const raw = profiles.map((p) => {
    const key = rfmName(p, roles);
    if (key) return t(lang, key);
    const text = describeProfile(lang, { ...p, traits: p.traits });
    const short = text.split(lang === "zh" ? "、" : ", ").slice(0, 2).join(lang === "zh" ? "、" : ", ");
    return short.charAt(0).toUpperCase() + short.slice(1);
  });
  const seen = new Map<string, number>();
  return raw.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} ${n}`;
  });
}

/** Names as the sheet uses them: blank edits fall back to "Cluster n". */
export function finalNames(lang: Language, names: readonly string[]): string[] {
  return names.map((name, c) => name.trim() || fill(lang, "segClusterN", { n: c + 1 }));
}

// --- Explanations ----------------------------------------------------------------------------

export function clusterSummaryLine(lang: Language, out: KMeansOutput, settings: ClusterSettings): string {
  return fill(lang, "segClusterSummary", {
    rows: formatNumber(lang, out.n),
    k: out.k,
    columns: list(lang, out.names),
    standardize: t(lang, STANDARDIZE_KEYS[settings.standardize]),
    restarts: settings.restarts,
    seed: settings.seed,
  });
}

export function clusterLines(lang: Language, out: KMeansOutput, names: readonly string[]): string[] {
  return out.profiles.map((p, c) =>
    fill(lang, "segClusterLine", { name: names[c], size: formatNumber(lang, p.size), share: formatShare(lang, p.size / out.n), profile: describeProfile(lang, p) }),
  );
}

export function clusterExplanation(lang: Language, out: KMeansOutput, settings: ClusterSettings, names: readonly string[], skipped: number): string[] {
  return [
    clusterSummaryLine(lang, out, settings),
    ...clusterLines(lang, out, names),
    t(lang, "segClusterMeaning"),
    t(lang, "segClusterToDo"),
    ...(out.converged ? [] : [t(lang, "segNotConverged")]),
    ...(skipped > 0 ? [fill(lang, "segSkippedRows", { count: formatNumber(lang, skipped) })] : []),
  ];
}

export function suggestedKLine(lang: Language, elbow: ElbowOutput): string {
  const best = elbow.rows.find((r) => r.k === elbow.suggestedK);
  return best?.silhouette !== undefined
    ? fill(lang, "segSuggestedK", { k: best.k, silhouette: formatNumber(lang, best.silhouette, 2) })
    : fill(lang, "segSuggestedKPlain", { k: elbow.suggestedK });
}

const numberList = (lang: Language, xs: readonly number[]) => list(lang, xs.map((x) => formatNumber(lang, x, 2)));

export function tierSummaryLine(lang: Language, out: TierOutput): string {
  return fill(lang, "segTierSummary", {
    rows: formatNumber(lang, out.n),
    vm: out.valueLevels.length,
    nm: out.needLevels.length,
    vt: numberList(lang, out.valueThresholds),
    nt: numberList(lang, out.needThresholds),
  });
}

export function tierExplanation(lang: Language, out: TierOutput, skipped: number): string[] {
  return [
    tierSummaryLine(lang, out),
    t(lang, "segTierMeaning"),
    t(lang, "segTierToDo"),
    ...(skipped > 0 ? [fill(lang, "segSkippedRows", { count: formatNumber(lang, skipped) })] : []),
  ];
}

/** Class rows of the Pareto report: [class, items, share of items, value, share of value]. */
function classRows(out: ParetoOutput): Cell[][] {
  return findTable(out.report, "classes").rows;
}

/** "20% of items (2 of 10) make 80% of the value." */
export function paretoHeadline(lang: Language, out: ParetoOutput): string {
  const [a] = classRows(out);
  return fill(lang, "segParetoHeadline", {
    share: formatShare(lang, a[2] as number),
    count: formatNumber(lang, a[1] as number),
    items: formatNumber(lang, out.items.length),
    value: formatShare(lang, a[4] as number),
  });
}

export function paretoClassLine(lang: Language, out: ParetoOutput): string {
  const [, b, c] = classRows(out);
  return fill(lang, "segParetoClasses", {
    b: formatNumber(lang, b[1] as number),
    bValue: formatShare(lang, b[4] as number),
    c: formatNumber(lang, c[1] as number),
    cValue: formatShare(lang, c[4] as number),
  });
}

export function paretoExplanation(lang: Language, out: ParetoOutput, settings: ParetoSettings, skipped: number): string[] {
  const merged = out.rows - out.items.length;
  return [
    paretoHeadline(lang, out),
    paretoClassLine(lang, out),
    fill(lang, "segParetoRule", { a: formatShare(lang, settings.aShare), ab: formatShare(lang, settings.aShare + settings.bShare) }),
    t(lang, "segParetoToDo"),
    ...(merged > 0 ? [fill(lang, "segParetoMerged", { count: formatNumber(lang, merged) })] : []),
    ...(skipped > 0 ? [fill(lang, "segSkippedRows", { count: formatNumber(lang, skipped) })] : []),
  ];
}

// --- Tiers: names ----------------------------------------------------------------------------

/** A level name in the pane's language ("High", "高"). */
export function levelName(lang: Language, level: string): string {
  return localizeSegmentText(lang, level);
}

/** The default name of a tier: "High value, Low need" (the engine's) or "高价值、低需求". */
export function defaultTierName(lang: Language, valueLevel: string, needLevel: string): string {
  return lang === "en" ? `${valueLevel} value, ${needLevel} need` : fill(lang, "segTierDefault", { value: levelName(lang, valueLevel), need: levelName(lang, needLevel) });
}

/** The grid of default names: one row per value level, highest first; one column per need level, lowest first. */
export function defaultTierNames(lang: Language, out: Pick<TierOutput, "valueLevels" | "needLevels">): string[][] {
  return [...out.valueLevels].reverse().map((v) => out.needLevels.map((n) => defaultTierName(lang, v, n)));
}

// --- Formulas --------------------------------------------------------------------------------

export function kmeansFormula(range: RangeData, columns: readonly number[], settings: ClusterSettings, k: number): string {
  return `=CX.KMEANS(${columnsArg(range, columns)},${k},${quoteArg(settings.standardize)},${settings.seed},${settings.restarts})`;
}

const arrayConstant = (xs: readonly number[]) => `{${xs.join(",")}}`;

/** =CX.TIER(value, need, [value_thresholds], [need_thresholds], [labels]): thresholds unless terciles, labels when they differ from the engine's. */
export function tierFormula(range: RangeData, m: SegmentMapping, out: TierOutput, names: readonly (readonly string[])[]): string {
  const args = [columnAddress(range, m.value), columnAddress(range, m.need)];
  const english = defaultTierNames("en", out);
  const custom = names.some((row, i) => row.some((name, j) => name !== english[i][j]));
  if (!out.terciles || custom) args.push(arrayConstant(out.valueThresholds), arrayConstant(out.needThresholds));
  if (custom) args.push(`{${names.map((row) => row.map(quoteArg).join(",")).join(";")}}`);
  return `=CX.TIER(${args.join(",")})`;
}

export function paretoFormula(range: RangeData, m: SegmentMapping, settings: ParetoSettings): string {
  const args = [columnAddress(range, m.item), columnAddress(range, m.amount)];
  if (Math.abs(settings.aShare - 0.8) > 1e-12 || Math.abs(settings.bShare - 0.15) > 1e-12) args.push(String(settings.aShare), String(settings.bShare));
  return `=CX.PARETO(${args.join(",")})`;
}

// --- The sheets ------------------------------------------------------------------------------

const NAME_HEADER = "Name";

/** Adds a "Name" column after the "Cluster" column of a table (numbers 1..k, "All"). */
function withNames(table: ReportTable, names: readonly string[], allName: string): ReportTable {
  const j = table.header.indexOf("Cluster");
  const name = (cell: Cell) => (typeof cell === "number" ? (names[cell - 1] ?? "") : allName);
  return {
    ...table,
    header: [...table.header.slice(0, j + 1), NAME_HEADER, ...table.header.slice(j + 1)],
    rows: table.rows.map((row) => [...row.slice(0, j + 1), name(row[j]), ...row.slice(j + 1)]),
    formats: [...table.formats.slice(0, j + 1), "text", ...table.formats.slice(j + 1)],
  };
}

/** Profile descriptions in the pane's language. */
function withProfiles(lang: Language, table: ReportTable, profiles: readonly ClusterProfile[]): ReportTable {
  const j = table.header.indexOf("Profile");
  const c = table.header.indexOf("Cluster");
  return { ...table, rows: table.rows.map((row) => (typeof row[c] === "number" ? row.map((cell, i) => (i === j ? describeProfile(lang, profiles[(row[c] as number) - 1]) : cell)) : row)) };
}

/** The k-means sheet: each row's cluster with its name, the centres, the profiles, the elbow table; charts of the sizes and the elbow. */
export function clusterSheetReport(lang: Language, out: KMeansOutput, elbow: ElbowOutput | undefined, settings: ClusterSettings, names: readonly string[], skipped: number): Report {
  const all = t(lang, "srAll");
  const tables = out.report.tables.map((table) => withProfiles(lang, withNames(table, names, all), out.profiles));
  const charts: ChartSpec[] = [{ type: "column", title: "Rows by cluster", table: "profiles", category: NAME_HEADER, series: ["Size"] }];
  if (elbow) {
    tables.push(...elbow.report.tables);
    charts.push(...elbow.report.charts);
  }
  const report = localizeSegmentReport(lang, { ...out.report, tables, charts });
  return { ...report, explanation: clusterExplanation(lang, out, settings, names, skipped) };
}

/** The tier sheet: the user's tier names in place of the defaults, level names in the pane's language. */
export function tierSheetReport(lang: Language, out: TierOutput, names: readonly (readonly string[])[], skipped: number): Report {
  const english = defaultTierNames("en", out);
  const rename = new Map<string, string>();
  english.forEach((row, i) => row.forEach((name, j) => rename.set(name, names[i][j])));
  const tables = out.report.tables.map((table) => {
    const j = table.header.indexOf("Tier");
    return j < 0 ? table : { ...table, rows: table.rows.map((row) => row.map((cell, i) => (i === j && typeof cell === "string" ? (rename.get(cell) ?? cell) : cell))) };
  });
  const report = localizeSegmentReport(lang, { ...out.report, tables });
  return { ...report, explanation: tierExplanation(lang, out, skipped) };
}

export function paretoSheetReport(lang: Language, out: ParetoOutput, settings: ParetoSettings, skipped: number): Report {
  const report = localizeSegmentReport(lang, out.report);
  return { ...report, explanation: paretoExplanation(lang, out, settings, skipped) };
}
