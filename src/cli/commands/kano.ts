// `cx kano`: Kano analysis of a survey file. A thin layer over src/core/kano, like =CX.KANO: pick the
// functional and dysfunctional columns of each feature, run the analysis, write the features table.
import { Command } from "commander";
import { answerHint, kanoFromRanges, parseKanoAnswer } from "../../core/kano";
import { describeCell, InputError } from "../../core/table/errors";
import { findColumn } from "../../core/table/table";
import { CliError } from "../errors";
import { CliIo } from "../io/output";
import {
  addInputOptions,
  addOutputOptions,
  chosenFormat,
  columnList,
  columnName,
  InputOptions,
  OutputOptions,
  readInputTable,
  withFlagNames,
  writeReportTable,
} from "./common";

export interface KanoCommandOptions extends InputOptions, OutputOptions {
  pairs?: string;
  functional?: string;
  dysfunctional?: string;
  names?: string;
}

export function kanoCommand(io: CliIo): Command {
  const cmd = new Command("kano")
    .summary("Kano categories of features from a Kano survey file")
    .description(
      "Kano analysis: each respondent's functional and dysfunctional answers give a category (Attractive, One-dimensional, " +
        "Must-be, Indifferent, Reverse, Questionable); for each feature, the counts, the category, its strength, Fong's test " +
        "and the Better/Worse coefficients. Answers are codes 1-5 (1 = I like it, 2 = I expect it, 3 = I am neutral, " +
        "4 = I can live with it, 5 = I dislike it) or those labels. Writes the table =CX.KANO spills; the explanation goes to stderr.",
    );
  addInputOptions(cmd, "survey answers, one row per respondent")
    .option("--pairs <pairs>", "each feature's functional and dysfunctional column, features separated by ';', e.g. 'Wifi F,Wifi D;Pool F,Pool D'")
    .option("--functional <columns>", "functional columns, one per feature, comma separated (header names or 1-based numbers); use with --dysfunctional")
    .option("--dysfunctional <columns>", "dysfunctional columns in the same order as --functional")
    .option("--names <names>", "feature names, comma separated (default: the headers of the functional columns)");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx kano --input survey.csv --pairs "Wifi if present,Wifi if absent;Pool if present,Pool if absent" --names Wifi,Pool
  cx kano -i survey.xlsx --sheet Answers --functional 2,4,6 --dysfunctional 3,5,7 --out kano.xlsx`,
    )
    .action(async (opts: KanoCommandOptions) => {
      await withFlagNames({ feature_names: "--names" }, () => runKano(opts, io));
    });
}

/** The functional and dysfunctional columns of each feature, from --pairs or --functional/--dysfunctional. */
export function featureColumns(opts: KanoCommandOptions): { functional: string[]; dysfunctional: string[] } {
  if (opts.pairs !== undefined) {
    if (opts.functional !== undefined || opts.dysfunctional !== undefined) {
      throw new CliError("--pairs: give either --pairs or --functional with --dysfunctional, not both");
    }
    const pairs = opts.pairs
      .split(";")
      .filter((p) => p.trim() !== "")
      .map((p) => {
        const cols = columnList("--pairs", p);
        if (cols.length !== 2) throw new CliError(`--pairs: '${p.trim()}' must be two columns, functional then dysfunctional, such as 'Wifi F,Wifi D'`);
        return cols;
      });
    if (pairs.length === 0) throw new CliError("--pairs: give at least one pair of columns, such as 'Wifi F,Wifi D'");
    return { functional: pairs.map((p) => p[0]), dysfunctional: pairs.map((p) => p[1]) };
  }
  if (opts.functional === undefined && opts.dysfunctional === undefined) {
    throw new CliError("give the answer columns: --pairs 'F1,D1;F2,D2' or --functional F1,F2 --dysfunctional D1,D2");
  }
  if (opts.functional === undefined) throw new CliError("--dysfunctional needs --functional (the functional columns, in the same order)");
  if (opts.dysfunctional === undefined) throw new CliError("--functional needs --dysfunctional (the dysfunctional columns, in the same order)");
  const functional = columnList("--functional", opts.functional);
  const dysfunctional = columnList("--dysfunctional", opts.dysfunctional);
  if (functional.length !== dysfunctional.length) {
    throw new CliError(`--dysfunctional: gives ${dysfunctional.length} columns but --functional gives ${functional.length}; give one of each per feature, in the same order`);
  }
  return { functional, dysfunctional };
}

export async function runKano(opts: KanoCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const columns = featureColumns(opts);
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const header = rows[0];
  const fCols = columns.functional.map((c) => findColumn(header, c, "--functional"));
  const dCols = columns.dysfunctional.map((c) => findColumn(header, c, "--dysfunctional"));
  const names = opts.names === undefined ? fCols.map((j) => (typeof header[j] === "string" ? (header[j] as string).trim() : "")) : columnList("--names", opts.names);

  // The answer grids as =CX.KANO gets them: a header row, then the answers. The file's header is
  // replaced by labels that can never read as answers, and blank rows stand in for lines above
  // the header, so that row k of a grid is line k of the file in core's messages.
  const grid = (cols: number[], side: string): unknown[][] => [
    cols.map((j) => `${columnName(header, j)} (${side})`),
    ...Array.from({ length: firstRowNumber - 1 }, () => cols.map(() => null)),
    ...rows.slice(1).map((row) => cols.map((j) => row[j] ?? null)),
  ];
  let report;
  try {
    report = kanoFromRanges(
      { functional: grid(fCols, "functional"), dysfunctional: grid(dCols, "dysfunctional"), featureNames: [names] },
      { labels: { functional: "functional", dysfunctional: "dysfunctional", featureNames: "--names" } },
    ).report;
  } catch (e) {
    throw withColumnNames(e, { header, rows, firstRowNumber, names, fCols, dCols });
  }
  await writeReportTable(report, "features", "Kano", opts, io);
}

interface KanoColumns {
  header: unknown[];
  rows: unknown[][];
  firstRowNumber: number;
  names: string[];
  fCols: number[];
  dCols: number[];
}

/**
 * Core names the grid ("functional, row 5: 'maybe' for 'Wifi' is not a Kano answer"); in a file
 * the column is what the user looks for: "Wifi if present, row 5: 'maybe' is not a Kano answer".
 */
function withColumnNames(e: unknown, k: KanoColumns): unknown {
  if (!(e instanceof InputError)) return e;
  const both = "functional, dysfunctional: ";
  if (e.row === undefined) return e.message.startsWith(both) ? new CliError(e.message.slice(both.length)) : e;
  const cols = e.argument === "functional" ? k.fCols : e.argument === "dysfunctional" ? k.dCols : undefined;
  if (!cols) return e;
  const row = e.row;
  for (let j = 0; j < cols.length; j++) {
    if (!e.message.includes(` for '${k.names[j] || `Feature ${j + 1}`}' is not a Kano answer`)) continue;
    const v = k.rows[row - k.firstRowNumber]?.[cols[j]];
    if (parseKanoAnswer(v) !== undefined) continue;
    return new CliError(`${columnName(k.header, cols[j])}, row ${row}: ${describeCell(v)} is not a Kano answer: ${answerHint(5)}`);
  }
  return e;
}
