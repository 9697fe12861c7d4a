// The sheet the strategy-canvas wizard writes (and a refresh rewrites): the canvas with the
// proposed curve, the value curve per factor, the ERRC grid laid out 2 x 2, the move of each
// factor, the curve measures before and after, the explanation, a native line chart with our
// offering emphasised, and the =CX.VALUECURVE formula when the data is an unedited range.
import { CANVAS_ACTIONS } from "../../core/strategy";
import { sheetLabels } from "../wizard/insert-report";
import type { Cell, ChartSpec, Report, ReportFact, ReportTable } from "../../core/report";
import type { RangeData } from "../../excel/gateway";
import { fill, type Language, t } from "../i18n/strings";
import type { SheetRequest } from "../recipes/recipe";
import type { CanvasResult } from "./canvas-analysis";
import { type CanvasGrid, type CanvasRangeMapping, gridFromRange, offeringColumns, sameData } from "./canvas-grid";
import { actionName, canvasExplanation, errcList, proposedName } from "./canvas-text";
import { columnsArg, quoteArg } from "../wizard/columns-arg";

export const CANVAS_TABLES = { canvas: "canvas", factors: "factors", errcTop: "errcTop", errcBottom: "errcBottom", moves: "moves", measures: "measures" } as const;

/** A range the grid was read from, for the Source row and the formula. */
export interface CanvasSource {
  range: RangeData;
  mapping: CanvasRangeMapping;
}

/** Default offering names where the range has no header ("Offering 1", "产品 1"). */
export const defaultOfferingName = (lang: Language) => (n: number) => fill(lang, "cvOfferingDefault", { n });

/** Two columns of the ERRC grid side by side, as many rows as the longer list (at least one). */
function errcBlock(lang: Language, r: CanvasResult, name: string, left: "Eliminate" | "Reduce", right: "Raise" | "Create"): ReportTable {
  const a = errcList(r, left);
  const b = errcList(r, right);
  const none = t(lang, "cvNone");
  const height = Math.max(1, a.length, b.length);
  const rows: Cell[][] = Array.from({ length: height }, (_, i) => [a[i] ?? (i === 0 ? none : ""), b[i] ?? (i === 0 ? none : "")]);
  return { name, title: t(lang, name === CANVAS_TABLES.errcTop ? "cvErrcTopTitle" : "cvErrcBottomTitle"), header: [actionName(lang, left), actionName(lang, right)], rows, formats: ["text", "text"] };
}

/** The report the sheet is made from, in the pane's language; the numbers are the engine's. */
export function canvasReport(lang: Language, r: CanvasResult): Report {
  const s = (key: Parameters<typeof t>[1]) => t(lang, key);
  const { data } = r;
  const own = data.offerings[data.own];
  const proposed = proposedName(lang, r);
  const factor = s("cvHdrFactor");
  const withImp = data.importance !== undefined;
  const canvas: ReportTable = {
    name: CANVAS_TABLES.canvas,
    title: s("cvCanvasTitle"),
    header: [factor, ...data.offerings, proposed],
    rows: data.levels.map((row, i) => [data.factors[i], ...row, r.proposed[i]]),
    formats: ["text", ...data.offerings.map(() => "number" as const), "number"],
  };
  const factors: ReportTable = {
    name: CANVAS_TABLES.factors,
    title: s("cvFactorsTitle"),
    header: [factor, ...(withImp ? [s("cvHdrImportance")] : []), s("cvHdrOurs"), s("cvHdrIndustry"), s("cvHdrMin"), s("cvHdrMax"), s("cvHdrGap"), s("cvHdrAction")],
    rows: r.rows.map((x) => [x.factor, ...(withImp ? [x.importance!] : []), x.ours, x.industry, x.min, x.max, x.gap, actionName(lang, x.action)]),
    formats: ["text", ...(withImp ? (["number"] as const) : []), "number", "number", "number", "number", "number", "text"],
  };
  const moves: ReportTable = {
    name: CANVAS_TABLES.moves,
    title: s("cvMovesTitle"),
    header: [factor, s("cvHdrCurrent"), s("cvHdrNew"), s("cvHdrChange"), s("cvHdrIndustry"), s("cvHdrMove")],
    rows: r.errc.map((f) => [f.factor, f.current, f.proposed, f.proposed - f.current, f.industry!, actionName(lang, f.action)]),
    formats: ["text", "number", "number", "number", "number", "text"],
  };
  const m0 = r.measures;
  const m1 = r.proposedMeasures;
  const measureRows: Cell[][] = [
    [s("cvFactCount"), r.rows.length, r.rows.length],
    [s("cvDivergence"), m0.divergence, m1.divergence],
    [s("cvFocus"), m0.focus, m1.focus],
    ...CANVAS_ACTIONS.map((a): Cell[] => [fill(lang, "cvFactorsWith", { action: actionName(lang, a) }), m0.counts[a], m1.counts[a]]),
  ];
  if (m0.weightedGap !== undefined && m1.weightedGap !== undefined) measureRows.push([s("cvWeightedGap"), m0.weightedGap, m1.weightedGap]);
  const measures: ReportTable = { name: CANVAS_TABLES.measures, title: s("cvMeasuresTitle"), header: [s("cvHdrMeasure"), s("cvHdrCurrentCurve"), s("cvHdrProposedCurve")], rows: measureRows, formats: ["text", "number", "number"] };
  const facts: ReportFact[] = [
    { key: "own", label: s("cvFactOwn"), value: own, format: "text" },
    { key: "tolerance", label: s("cvFactTolerance"), value: r.tolerance, format: "number" },
    { key: "divergence", label: s("cvDivergence"), value: m0.divergence, format: "number" },
    { key: "focus", label: s("cvFocus"), value: m0.focus, format: "percent" },
    { key: "proposedDivergence", label: s("cvFactProposedDivergence"), value: m1.divergence, format: "number" },
    { key: "proposedFocus", label: s("cvFactProposedFocus"), value: m1.focus, format: "percent" },
  ];
  const chart: ChartSpec = {
    type: "line",
    title: s("cvCanvasTitle"),
    table: CANVAS_TABLES.canvas,
    category: factor,
    series: [own, ...data.offerings.filter((_, j) => j !== data.own), proposed],
    emphasis: [own],
  };
  return {
    title: s("cvTitle"),
    facts,
    tables: [canvas, factors, errcBlock(lang, r, CANVAS_TABLES.errcTop, "Eliminate", "Raise"), errcBlock(lang, r, CANVAS_TABLES.errcBottom, "Reduce", "Create"), moves, measures],
    charts: [chart],
    explanation: canvasExplanation(lang, r),
  };
}

/**
 * =CX.VALUECURVE(factors, levels, [offering_names], [own_offering], [tolerance], [importance]) over
 * the range, when the grid still holds what the range gave (else the formula would not give the
 * sheet's numbers): offering names only when renamed, our offering by name when not the first.
 */
export function canvasFormula(source: CanvasSource, grid: CanvasGrid, own: number, tolerance: number): string | undefined {
  const { range, mapping } = source;
  const read = gridFromRange(range, mapping, defaultOfferingName("en"));
  if (!sameData(read, grid) || read.offerings.length !== grid.offerings.length) return undefined;
  const cols = offeringColumns(range.cols, mapping.importance);
  const names = grid.offerings.map((o) => o.trim());
  const args: string[] = [columnsArg(range, [0]), columnsArg(range, cols)];
  args.push(names.some((n, j) => n !== read.offerings[j]) ? `{${names.map(quoteArg).join(",")}}` : "");
  args.push(own !== 0 ? quoteArg(names[own]) : "");
  args.push(tolerance !== 0 ? String(tolerance) : "");
  args.push(mapping.importance >= 0 ? columnsArg(range, [mapping.importance]) : "");
  while (args[args.length - 1] === "") args.pop();
  return `=CX.VALUECURVE(${args.join(",")})`;
}

/** What the insert (and a refresh) writes: the report and its layout, all tables beside the chart. */
export function canvasSheetRequest(lang: Language, r: CanvasResult, grid: CanvasGrid, source?: CanvasSource): SheetRequest {
  return {
    report: canvasReport(lang, r),
    options: {
      baseName: t(lang, "cvSheetName"),
      tablePrefix: "Canvas",
      sourceAddress: source?.range.address,
      formula: source ? canvasFormula(source, grid, r.data.own, r.tolerance) : undefined,
      labels: sheetLabels(lang, "cvTitle"),
      detailTables: [],
    },
  };
}
