// `cx abtest` and `cx abtest-means`: A/B tests of conversion rates (from four counts) and of means
// (from two columns of a file). Thin layers over src/core/experiment, like =CX.ABTEST and
// =CX.ABTEST.MEANS.
import { Command } from "commander";
import { abTestFromArgs, meansReport, welchTest } from "../../core/experiment";
import { InputError } from "../../core/table/errors";
import { describeSkips } from "../../core/table/notes";
import { readTable } from "../../core/table/table";
import { confidenceArg } from "../../core/voc";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

export interface AbTestCommandOptions extends OutputOptions {
  conversionsA: string;
  visitorsA: string;
  conversionsB: string;
  visitorsB: string;
  confidence?: string;
}

const COUNT_FLAGS = { conversions_a: "--conversions-a", visitors_a: "--visitors-a", conversions_b: "--conversions-b", visitors_b: "--visitors-b" };

export function abTestCommand(io: CliIo): Command {
  const cmd = new Command("abtest")
    .summary("A/B test of two conversion rates, from the counts")
    .description(
      "A/B test of conversion rates: the rates of A (control) and B (variant), the difference B - A with Newcombe's " +
        "interval, the relative lift, the two-proportion z test's p-value and a verdict. Writes the table =CX.ABTEST " +
        "spills; the explanation goes to stderr.",
    )
    .requiredOption("--conversions-a <n>", "conversions in A, the control")
    .requiredOption("--visitors-a <n>", "visitors (users, sessions) in A")
    .requiredOption("--conversions-b <n>", "conversions in B, the variant")
    .requiredOption("--visitors-b <n>", "visitors (users, sessions) in B")
    .option("--confidence <level>", "confidence level of the interval and the test: 0.95 (default), 95 or 95%");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx abtest --conversions-a 48 --visitors-a 80 --conversions-b 56 --visitors-b 70
  cx abtest --conversions-a 1210 --visitors-a 24000 --conversions-b 1342 --visitors-b 24100 --confidence 99% --format json`,
    )
    .action(async (opts: AbTestCommandOptions) => {
      await withFlagNames(COUNT_FLAGS, () => runAbTest(opts, io), true);
    });
}

export async function runAbTest(opts: AbTestCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const confidence = confidenceArg(opts.confidence, "--confidence");
  const args = { conversionsA: opts.conversionsA, visitorsA: opts.visitorsA, conversionsB: opts.conversionsB, visitorsB: opts.visitorsB };
  const { report } = abTestFromArgs(args, confidence);
  await writeReportTable(report, "abtest", "A-B test", opts, io);
}

export interface AbTestMeansCommandOptions extends InputOptions, OutputOptions {
  a: string;
  b: string;
  confidence?: string;
}

export function abTestMeansCommand(io: CliIo): Command {
  const cmd = new Command("abtest-means")
    .summary("A/B test of two means (Welch's t test) from two columns of a file")
    .description(
      "A/B test of means (order value, time on site, revenue per visitor) by Welch's t test: the means of A and B, the " +
        "difference B - A with its interval, t, degrees of freedom, p-value and a verdict. The columns may have different " +
        "lengths. Writes the table =CX.ABTEST.MEANS spills; the explanation goes to stderr.",
    );
  addInputOptions(cmd, "the values of A and B in two columns")
    .requiredOption("--a <column>", "column of A's values (the control): header name or 1-based column number")
    .requiredOption("--b <column>", "column of B's values (the variant)")
    .option("--confidence <level>", "confidence level of the interval and the test: 0.95 (default), 95 or 95%");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx abtest-means --input orders.csv --a "Control" --b "New checkout"
  cx abtest-means -i experiment.xlsx --a 2 --b 3 --confidence 90 --out means.xlsx`,
    )
    .action(async (opts: AbTestMeansCommandOptions) => {
      await runAbTestMeans(opts, io);
    });
}

/** One number column of the file (header row skipped, blank cells skipped and counted). */
function valuesColumn(rows: unknown[][], firstRowNumber: number, column: string, flag: string): { values: Float64Array; label: string; notes: string[] } {
  const read = readTable(rows, { v: { column, kind: "number", label: flag } }, { firstRowNumber });
  const label = read.labels.v;
  if (read.length === 0) throw new InputError(`${label}: no numbers (every cell is blank)`, label);
  return { values: read.columns.v, label, notes: describeSkips(read).map((x) => `${label}: ${x}`) };
}

export async function runAbTestMeans(opts: AbTestMeansCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const confidence = confidenceArg(opts.confidence, "--confidence");
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const a = valuesColumn(rows, firstRowNumber, opts.a, "--a");
  const b = valuesColumn(rows, firstRowNumber, opts.b, "--b");
  const result = welchTest(a.values, b.values, confidence, { a: a.label, b: b.label });
  await writeReportTable(meansReport(result, [...a.notes, ...b.notes]), "means", "A-B test (means)", opts, io);
}
