// What the priorities wizard shows and writes, free of React: the axes' names and default quadrant
// names, the plain-language reading (top items, what the weights did, what each quadrant holds),
// the chart's ranges, the formula equivalents and the one report the result sheet is made from.
import type { Cell, Report } from "../../core/report";
import { DEFAULT_QUADRANTS, type Normalize } from "../../core/strategy";
import type { RangeData } from "../../excel/gateway";
import { withQuadrantLines } from "../charts/quadrant-lines";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { columnsArg, quoteArg } from "../wizard/columns-arg";
import { rowsText } from "../wizard/messages";
import { columnAddress } from "../wizard/transaction-data";
import { type PriorityItem, type PriorityResult, rankedItems, SCORE_AXIS, type PrioritySettings } from "./priority-analysis";

/** Quadrant names for x = effort (counts against) and y = value, or neutral ones from the axes. */
export type LabelPreset = "effort" | "neutral";

export const RANKED_TABLE = "ranked";

/** The name of an axis: the score, or a criterion's name. */
export function axisName(lang: Language, names: readonly string[], axis: number): string {
  return axis === SCORE_AXIS ? t(lang, "prHdrScore") : names[axis];
}

/** Effort names when x is a criterion that counts against and y the score or a criterion that counts for. */
export function labelPreset(weights: readonly number[], x: number, y: number): LabelPreset {
  const against = x !== SCORE_AXIS && weights[x] < 0;
  const value = y === SCORE_AXIS || weights[y] > 0;
  return against && value ? "effort" : "neutral";
}

const EFFORT_NAMES: readonly StringKey[] = ["prQuickWins", "prMajorProjects", "prFillIns", "prThankless"];
const NEUTRAL_NAMES: readonly StringKey[] = ["prNeutralTL", "prNeutralTR", "prNeutralBL", "prNeutralBR"];
const EFFORT_ADVICE: readonly StringKey[] = ["prAdviceQuickWins", "prAdviceMajor", "prAdviceFillIns", "prAdviceThankless"];

/** Default quadrant names, as the chart: top-left, top-right, bottom-left, bottom-right. */
export function defaultLabels(lang: Language, preset: LabelPreset, xName: string, yName: string): string[] {
  return (preset === "effort" ? EFFORT_NAMES : NEUTRAL_NAMES).map((key) => fill(lang, key, { x: xName, y: yName }));
}

/** The axes the options step starts with: x the first criterion that counts against (else the first), y the score. */
export function defaultAxes(weights: readonly number[]): { x: number; y: number } {
  const against = weights.findIndex((w) => w < 0);
  return { x: against >= 0 ? against : 0, y: SCORE_AXIS };
}

/** An item's name: its label, else its row. */
export function itemName(lang: Language, item: Pick<PriorityItem, "label" | "row">): string {
  return item.label || fill(lang, "prRowItem", { row: item.row });
}

const round12 = (v: number) => Number(v.toPrecision(12));

/** A range from a round number to a round number (four steps of 1, 2, 2.5 or 5 times a power of 10) holding every value. */
export function niceRange(values: readonly number[]): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const magnitude = 10 ** Math.floor(Math.log10((hi - lo) / 4));
  for (let k = 0; ; k++) {
    const step = [1, 2, 2.5, 5][k % 4] * magnitude * 10 ** Math.floor(k / 4);
    const from = round12(Math.floor(lo / step) * step);
    const to = round12(from + 4 * step);
    if (to >= hi) return [from, to];
  }
}

/** The chart's ranges: the values and the split of each axis. */
export function chartRanges(result: PriorityResult): { xRange: [number, number]; yRange: [number, number] } {
  return { xRange: niceRange([...result.items.map((i) => i.x), result.xSplit]), yRange: niceRange([...result.items.map((i) => i.y), result.ySplit]) };
}

const number = (lang: Language, v: number) => formatNumber(lang, v, 2);

function list(lang: Language, names: string[], max = 8): string {
  const sep = lang === "zh" ? "、" : ", ";
  if (names.length <= max) return names.join(sep);
  return fill(lang, "prMoreItems", { list: names.slice(0, max).join(sep), more: formatNumber(lang, names.length - max) });
}

const SCALING: Record<Normalize, StringKey> = { minmax: "prScalingMinmax", z: "prScalingZ", none: "prScalingNone" };
const SCALING_FACT: Record<Normalize, StringKey> = { minmax: "prScalingFactMinmax", z: "prScalingFactZ", none: "prScalingFactNone" };

/** "5 items scored on 2 criteria, each scaled 0 to 1. Highest: C (1), B (0.75), A (0.38)." */
export function prioritySummary(lang: Language, r: PriorityResult): string {
  const top = rankedItems(r)
    .slice(0, 3)
    .map((i) => fill(lang, "prTopItem", { name: itemName(lang, i), score: number(lang, i.score) }));
  return fill(lang, "prSummary", { items: formatNumber(lang, r.items.length), criteria: formatNumber(lang, r.names.length), scaling: t(lang, SCALING[r.settings.normalize]), top: list(lang, top) });
}

/** What the weights did: each criterion's share of the score, and which count against. */
export function weightsLine(lang: Language, r: PriorityResult): string {
  const items = r.names.map((name, j) => {
    const share = formatShare(lang, Math.abs(r.shares[j]));
    if (r.weights[j] === 0) return fill(lang, "prWeightItemOff", { name });
    return fill(lang, r.weights[j] < 0 ? "prWeightItemAgainst" : "prWeightItemFor", { name, share });
  });
  return fill(lang, "prWeightsLine", { list: items.join(lang === "zh" ? "；" : "; ") });
}

export function splitLine(lang: Language, r: PriorityResult): string {
  const how = (given?: number) => t(lang, given === undefined ? "prMedian" : "prGiven");
  return fill(lang, "prSplitLine", {
    x: axisName(lang, r.names, r.settings.x),
    y: axisName(lang, r.names, r.settings.y),
    xSplit: number(lang, r.xSplit),
    ySplit: number(lang, r.ySplit),
    xHow: how(r.settings.xSplit),
    yHow: how(r.settings.ySplit),
  });
}

/** "low Difficulty, high Return" for a quadrant (0 top-left .. 3 bottom-right). */
export function quadrantSide(lang: Language, r: PriorityResult, k: number): string {
  return fill(lang, "prSide", {
    xSide: t(lang, k % 2 ? "prHighWord" : "prLowWord"),
    ySide: t(lang, k < 2 ? "prHighWord" : "prLowWord"),
    x: axisName(lang, r.names, r.settings.x),
    y: axisName(lang, r.names, r.settings.y),
  });
}

/** The reading of each quadrant: its items best first, and with the effort names what to do with them. */
export function quadrantReading(lang: Language, r: PriorityResult): string[] {
  const preset = labelPreset(r.weights, r.settings.x, r.settings.y);
  const ranked = rankedItems(r);
  return r.settings.labels.map((name, k) => {
    const items = ranked.filter((i) => i.quadrant === k).map((i) => itemName(lang, i));
    const side = quadrantSide(lang, r, k);
    const line = items.length > 0 ? fill(lang, "prQuadrantItems", { name, side, items: list(lang, items) }) : fill(lang, "prQuadrantEmpty", { name, side });
    return preset === "effort" && items.length > 0 ? `${line} ${t(lang, EFFORT_ADVICE[k])}` : line;
  });
}

/** Rows skipped because a criterion was blank, as the sheet records them. */
export function skipNotes(lang: Language, r: PriorityResult): string[] {
  return r.skipped.map((s) => fill(lang, "prSkipped", { column: s.column, count: formatNumber(lang, s.count), rows: rowsText(lang, s.firstRows, s.count) }));
}

/** The whole reading, in the order the pane and the sheet give it. */
export function priorityExplanation(lang: Language, r: PriorityResult): string[] {
  return [prioritySummary(lang, r), weightsLine(lang, r), t(lang, "prTieRule"), splitLine(lang, r), ...quadrantReading(lang, r), ...skipNotes(lang, r)];
}

// --- Formulas --------------------------------------------------------------------------------

/** Where the formulas read: the range, its header choice, the criteria columns. */
export interface FormulaSource {
  range: RangeData;
  criteria: readonly number[];
}

/** =CX.SCORE(criteria, {weights}, [normalize]) over the same cells. */
export function scoreFormula(source: FormulaSource, settings: Pick<PrioritySettings, "weights" | "normalize">): string {
  const args = [columnsArg(source.range, source.criteria), `{${settings.weights.map(String).join(",")}}`];
  if (settings.normalize !== "minmax") args.push(quoteArg(settings.normalize));
  return `=CX.SCORE(${args.join(",")})`;
}

/**
 * =CX.MATRIX or =CX.MATRIX.SUMMARY of the same axes: a criterion's column, or the score as the first
 * column of =CX.SCORE; the splits when given; the quadrant names unless they are the function's own.
 */
export function matrixFormula(source: FormulaSource, settings: PrioritySettings, fn: "MATRIX" | "MATRIX.SUMMARY" = "MATRIX"): string {
  const axis = (a: number) => (a === SCORE_AXIS ? `CHOOSECOLS(${scoreFormula(source, settings).slice(1)},1)` : columnAddress(source.range, source.criteria[a]));
  const args = [axis(settings.x), axis(settings.y), settings.xSplit === undefined ? "" : String(settings.xSplit), settings.ySplit === undefined ? "" : String(settings.ySplit)];
  const own = settings.labels.every((l, k) => l === DEFAULT_QUADRANTS[k]);
  if (!own) args.push(`{${quoteArg(settings.labels[0])},${quoteArg(settings.labels[1])};${quoteArg(settings.labels[2])},${quoteArg(settings.labels[3])}}`);
  while (args[args.length - 1] === "") args.pop();
  return `=CX.${fn}(${args.join(",")})`;
}

// --- The sheet -------------------------------------------------------------------------------

/**
 * The report the sheet is made from: the ranked items (also the scatter's points), the quadrant
 * counts, the weights, the split lines, the facts and the reading. `itemHeader` names the items'
 * column (the label column's header, else "Item").
 */
export function priorityReport(lang: Language, r: PriorityResult, itemHeader: string, formulas?: FormulaSource): Report {
  const s = (key: StringKey) => t(lang, key);
  const xName = axisName(lang, r.names, r.settings.x);
  const yName = axisName(lang, r.names, r.settings.y);
  const ranked = rankedItems(r);
  const side = (high: boolean) => s(high ? "prHigh" : "prLow");
  const quadrantRows: Cell[][] = r.quadrants.map((q, k) => [r.settings.labels[k], side(k % 2 === 1), side(k < 2), q.count, q.share, q.meanX, q.meanY]);
  const explanation = priorityExplanation(lang, r);
  if (formulas) {
    explanation.push(fill(lang, "prFormulaMatrix", { formula: matrixFormula(formulas, r.settings) }), fill(lang, "prFormulaMatrixSummary", { formula: matrixFormula(formulas, r.settings, "MATRIX.SUMMARY") }));
  }
  const report: Report = {
    title: s("prTitle"),
    facts: [
      { key: "normalize", label: s("prFactScaling"), value: s(SCALING_FACT[r.settings.normalize]), format: "text" },
      { key: "xSplit", label: fill(lang, "prFactSplit", { axis: xName }), value: r.xSplit, format: "number" },
      { key: "ySplit", label: fill(lang, "prFactSplit", { axis: yName }), value: r.ySplit, format: "number" },
    ],
    tables: [
      {
        name: RANKED_TABLE,
        title: s("prRankedHeading"),
        header: [s("prHdrRank"), s("prHdrRow"), itemHeader, ...r.names, s("prHdrScore"), s("prHdrQuadrant")],
        rows: ranked.map((i) => [i.rank, i.row, itemName(lang, i), ...i.values, i.score, r.settings.labels[i.quadrant]]),
        formats: ["integer", "integer", "text", ...r.names.map(() => "number" as const), "number", "text"],
      },
      {
        name: "quadrants",
        title: s("prQuadrantsHeading"),
        header: [s("prHdrQuadrant"), xName, yName, s("prHdrCount"), s("prHdrShare"), fill(lang, "prHdrMean", { name: xName }), fill(lang, "prHdrMean", { name: yName })],
        rows: quadrantRows,
        formats: ["text", "text", "text", "integer", "percent", "number", "number"],
      },
      {
        name: "weights",
        title: s("prTableWeights"),
        header: [s("prHdrCriterion"), s("prHdrWeight"), s("prHdrWeightShare")],
        rows: r.names.map((name, j) => [name, r.weights[j], r.shares[j]]),
        formats: ["text", "number", "percent"],
      },
    ],
    charts: [{ type: "scatter", title: fill(lang, "prChartTitle", { x: xName, y: yName }), table: RANKED_TABLE, category: xName, series: [yName] }],
    explanation,
  };
  return withQuadrantLines(lang, report, RANKED_TABLE, { xSplit: r.xSplit, ySplit: r.ySplit, ...chartRanges(r) });
}
