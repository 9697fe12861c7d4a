// `cx valuecurve`, `cx errc`, `cx score` and `cx matrix`: value curves, ERRC grids, weighted
// scores and 2 x 2 matrices of a file. Thin layers over src/core/strategy: the chosen columns are
// cut out of the file (header row included) and read exactly as the =CX.* functions read a range,
// so the tables equal what the functions spill. Row numbers in messages count the header as row 1.
import { Command, Option } from "commander";
import { readSegmentRange } from "../../core/segment/data";
import { errcAnalysis, matrixAnalysis, normalizeArg, readCanvas, scoreAnalysis, toleranceArg, valueCurveAnalysis, weightsArg } from "../../core/strategy";
import { findColumn } from "../../core/table/table";
import { CliError } from "../errors";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, columnList, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

/** The chosen columns of the file as a grid (header row first). */
function cut(rows: unknown[][], columns: number[]): unknown[][] {
  return rows.map((r) => columns.map((j) => r[j] ?? ""));
}

function col(rows: unknown[][], wanted: string, flag: string): number {
  return findColumn(rows[0], wanted, flag);
}

export interface ValueCurveCommandOptions extends InputOptions, OutputOptions {
  factor: string;
  offerings?: string;
  own?: string;
  tolerance?: string;
  importance?: string;
  table?: "factors" | "canvas" | "summary";
}

export function valueCurveCommand(io: CliIo): Command {
  const cmd = new Command("valuecurve")
    .summary("value curve on the strategy canvas: our level per factor against the industry, with ERRC actions")
    .description(
      "Reads one row per factor and one column of levels (e.g. 0-5) per offering. Writes, per factor, our level, the industry " +
        "average (the other offerings), the competitors' min and max, the gap and the suggested action as =CX.VALUECURVE spills " +
        "them (--table factors, the default), the canvas itself (--table canvas) or divergence, focus and the action counts as " +
        "=CX.VALUECURVE.SUMMARY (--table summary); the explanation goes to stderr.",
    );
  addInputOptions(cmd, "one row per factor, one column of levels per offering")
    .requiredOption("--factor <column>", "the factor-name column: header name or 1-based column number")
    .option("--offerings <columns>", "the offerings' level columns, comma separated (default: every other column but --importance)")
    .option("--own <offering>", "our offering: its header or its position among --offerings (default: the first)")
    .option("--tolerance <n>", "a gap to the industry average this small counts as Match (default 0)")
    .option("--importance <column>", "a column of factor importance from customer evidence (Kano Better, CSAT by feature)")
    .addOption(new Option("--table <table>", "which table to write (default factors)").choices(["factors", "canvas", "summary"]));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx valuecurve --input examples/strategy-canvas.csv --factor Factor --own "Our hotel" --tolerance 0.5
  cx valuecurve -i canvas.xlsx --factor 1 --offerings 2,3,4,5 --table summary --format json`,
    )
    .action(async (opts: ValueCurveCommandOptions) => {
      await withFlagNames({ tolerance: "--tolerance", own_offering: "--own", importance: "--importance", offering_names: "--offerings" }, () => runValueCurve(opts, io));
    });
}

export async function runValueCurve(opts: ValueCurveCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const tolerance = toleranceArg(opts.tolerance);
  const { rows } = await readInputTable(opts.input, opts.sheet);
  const f = col(rows, opts.factor, "--factor");
  const imp = opts.importance !== undefined ? col(rows, opts.importance, "--importance") : undefined;
  const offerings = opts.offerings !== undefined ? columnList("--offerings", opts.offerings).map((c) => col(rows, c, "--offerings")) : rows[0].map((_, j) => j).filter((j) => j !== f && j !== imp);
  if (offerings.length < 2) throw new CliError("--offerings: give at least two columns of levels, ours and a competitor's");
  const canvas = readCanvas(cut(rows, [f]), cut(rows, offerings), undefined, opts.own, imp !== undefined ? cut(rows, [imp]) : undefined);
  const { report } = valueCurveAnalysis(canvas, { tolerance });
  const table = opts.table ?? "factors";
  await writeReportTable(report, table, { factors: "Value curve", canvas: "Strategy canvas", summary: "Curve measures" }[table], opts, io);
}

export interface ErrcCommandOptions extends InputOptions, OutputOptions {
  factor: string;
  current: string;
  new: string;
  industry?: string;
  table?: "grid" | "factors" | "curves";
}

export function errcCommand(io: CliIo): Command {
  const cmd = new Command("errc")
    .summary("the ERRC grid (Eliminate, Reduce, Raise, Create) from a current and a proposed value curve")
    .description(
      "Reads one row per factor with its current and proposed level. Writes the four-action grid as =CX.ERRC spills it " +
        "(--table grid, the default), each factor's levels, change and action (--table factors) or the two curves (--table curves).",
    );
  addInputOptions(cmd, "one row per factor")
    .requiredOption("--factor <column>", "the factor-name column")
    .requiredOption("--current <column>", "the current level column")
    .requiredOption("--new <column>", "the proposed level column")
    .option("--industry <column>", "the industry level column: an added factor is Create only where the industry is at 0")
    .addOption(new Option("--table <table>", "which table to write (default grid)").choices(["grid", "factors", "curves"]));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx errc --input plan.csv --factor Factor --current Today --new Proposed --industry Industry`,
    )
    .action(async (opts: ErrcCommandOptions) => {
      await withFlagNames({}, () => runErrc(opts, io));
    });
}

export async function runErrc(opts: ErrcCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const { rows } = await readInputTable(opts.input, opts.sheet);
  const pick = (c: string, flag: string) => cut(rows, [col(rows, c, flag)]);
  const r = errcAnalysis(pick(opts.factor, "--factor"), pick(opts.current, "--current"), pick(opts.new, "--new"), opts.industry !== undefined ? pick(opts.industry, "--industry") : undefined);
  const table = opts.table ?? "grid";
  await writeReportTable(r.report, table, { grid: "ERRC grid", factors: "ERRC factors", curves: "Curves" }[table], opts, io);
}

export interface ScoreCommandOptions extends InputOptions, OutputOptions {
  columns: string;
  weights: string;
  normalize?: string;
  table?: "scores" | "weights";
}

export function scoreCommand(io: CliIo): Command {
  const cmd = new Command("score")
    .summary("weighted score and rank of each row from several criteria (negative weights for costs)")
    .description(
      "Scores each row on the chosen criteria: each criterion normalised (min-max 0..1 by default, z-scores or none), weights " +
        "scaled so their sizes add up to 1, a negative weight counting against. Writes the line, criteria, score and rank of " +
        "each row (--table scores, the default; equal scores share the best rank, as RANK.EQ) or the weights (--table weights).",
    );
  addInputOptions(cmd, "one row per item (opportunity, account, partner)")
    .requiredOption("--columns <columns>", "the criteria columns, comma separated")
    .requiredOption("--weights <list>", "one weight per criterion, comma separated, e.g. 3,2,-1")
    .option("--normalize <how>", "minmax (default), z or none")
    .addOption(new Option("--table <table>", "which table to write (default scores)").choices(["scores", "weights"]));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx score --input opportunities.csv --columns Return,Fit,Difficulty --weights 3,2,-1`,
    )
    .action(async (opts: ScoreCommandOptions) => {
      await withFlagNames({ weights: "--weights", normalize: "--normalize" }, () => runScore(opts, io));
    });
}

export async function runScore(opts: ScoreCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const normalize = normalizeArg(opts.normalize);
  const { rows } = await readInputTable(opts.input, opts.sheet);
  const cols = columnList("--columns", opts.columns).map((c) => col(rows, c, "--columns"));
  const data = readSegmentRange(cut(rows, cols), { label: "scores" });
  const weights = weightsArg([opts.weights.split(",").map((s) => s.trim())], data.d);
  const { report } = scoreAnalysis(data, weights, normalize);
  const table = opts.table ?? "scores";
  await writeReportTable(report, table, table === "scores" ? "Scores" : "Weights", opts, io);
}

export interface MatrixCommandOptions extends InputOptions, OutputOptions {
  x: string;
  y: string;
  xSplit?: string;
  ySplit?: string;
  labels?: string;
  table?: "points" | "quadrants";
}

export function matrixCommand(io: CliIo): Command {
  const cmd = new Command("matrix")
    .summary("2 x 2 matrix: the quadrant of each row by two columns and their splits (medians by default)")
    .description(
      "Places each row in a quadrant by --x and --y against their splits (the medians by default; at or above a split is high). " +
        "Writes each row's values and quadrant (--table points, the default) or the count, share and means per quadrant as " +
        "=CX.MATRIX.SUMMARY spills them (--table quadrants).",
    );
  addInputOptions(cmd, "one row per item")
    .requiredOption("--x <column>", "the horizontal-axis column")
    .requiredOption("--y <column>", "the vertical-axis column")
    .option("--x-split <n>", "where x splits low from high (default: its median)")
    .option("--y-split <n>", "where y splits low from high (default: its median)")
    .option("--labels <grid>", "quadrant names as on the chart: 'top-left,top-right;bottom-left,bottom-right'")
    .addOption(new Option("--table <table>", "which table to write (default points)").choices(["points", "quadrants"]));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx matrix --input opportunities.csv --x Value --y Effort --labels "Quick wins,Big bets;Fill-ins,Money pits" --table quadrants`,
    )
    .action(async (opts: MatrixCommandOptions) => {
      await withFlagNames({ x_split: "--x-split", y_split: "--y-split", labels: "--labels" }, () => runMatrix(opts, io));
    });
}

export async function runMatrix(opts: MatrixCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const { rows } = await readInputTable(opts.input, opts.sheet);
  const labels = opts.labels !== undefined ? opts.labels.split(";").map((r) => r.split(",").map((s) => s.trim())) : undefined;
  const r = matrixAnalysis(cut(rows, [col(rows, opts.x, "--x")]), cut(rows, [col(rows, opts.y, "--y")]), opts.xSplit, opts.ySplit, labels);
  const table = opts.table ?? "points";
  await writeReportTable(r.report, table, table === "points" ? "Matrix" : "Quadrants", opts, io);
}
