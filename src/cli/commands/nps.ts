// `cx nps` and `cx nps-test`: Net Promoter Score of a survey file, overall, by group or by period,
// and the difference of two NPS. Thin layers over src/core/voc, like =CX.NPS, =CX.NPS.BY,
// =CX.NPS.TREND and =CX.NPS.TEST.
import { Command } from "commander";
import { confidenceArg, npsAnalysis, npsTestAnalysis, periodArg, readVocTable, VocData } from "../../core/voc";
import { CliError } from "../errors";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, InputOptions, OutputOptions, readInputTable, withFlagName, withFlagNames, writeReportTable } from "./common";

export interface NpsCommandOptions extends InputOptions, OutputOptions {
  score: string;
  group?: string;
  date?: string;
  period?: string;
  confidence?: string;
}

/** Core's fallback names of the columns of readVocTable, as flags. */
const SURVEY_FLAGS = { scores: "--score", groups: "--group", dates: "--date" };

export function npsCommand(io: CliIo): Command {
  const cmd = new Command("nps")
    .summary("Net Promoter Score of a survey file, overall, by group or by period, with intervals")
    .description(
      "Net Promoter Score from 0-10 answers: % promoters (9-10) minus % detractors (0-6), with its standard error and " +
        "confidence interval. Writes the table =CX.NPS spills, or with --group the table of =CX.NPS.BY (one row per group, " +
        "then the total), or with --date the table of =CX.NPS.TREND (one row per period); the explanation goes to stderr.",
    );
  addInputOptions(cmd, "survey answers, one row per respondent")
    .requiredOption("--score <column>", "the 0-10 answer column: header name or 1-based column number")
    .option("--group <column>", "break the NPS down by this column (segment, channel, tier)")
    .option("--date <column>", "break the NPS down by period of this date column")
    .option("--period <period>", "period of the --date breakdown: week, month (default), quarter or year")
    .option("--confidence <level>", "confidence level of the intervals: 0.95 (default), 95 or 95%");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx nps --input survey.csv --score "Likely to recommend"
  cx nps -i survey.csv --score NPS --group Channel --confidence 90%
  cx nps -i survey.xlsx --score 4 --date "Answered on" --period quarter --out nps-by-quarter.xlsx`,
    )
    .action(async (opts: NpsCommandOptions) => {
      await withFlagNames(SURVEY_FLAGS, () => runNps(opts, io));
    });
}

export async function runNps(opts: NpsCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  if (opts.group !== undefined && opts.date !== undefined) {
    throw new CliError("--group and --date: give one of them (a breakdown by group or a trend by period), not both");
  }
  if (opts.period !== undefined && opts.date === undefined) throw new CliError("--period needs --date (the column of answer dates)");
  const confidence = confidenceArg(opts.confidence, "--confidence");
  const period = periodArg(opts.period, "--period");
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const data = readVocTable(rows, { score: opts.score, group: opts.group, day: opts.date }, { firstRowNumber });
  const { report } = npsAnalysis(data, { confidence, period });
  if (opts.group !== undefined) await writeReportTable(report, "byGroup", "NPS by group", opts, io);
  else if (opts.date !== undefined) await writeReportTable(report, "byPeriod", `NPS by ${period}`, opts, io);
  else await writeReportTable(report, "nps", "NPS", opts, io);
}

export interface NpsTestCommandOptions extends InputOptions, OutputOptions {
  a: string;
  b: string;
  inputB?: string;
  sheetB?: string;
  confidence?: string;
}

export function npsTestCommand(io: CliIo): Command {
  const cmd = new Command("nps-test")
    .summary("did NPS really change? The difference of two NPS with its interval and p-value")
    .description(
      "Compares the NPS of two independent samples (e.g. two survey waves): NPS of A and B, the difference B - A, its " +
        "standard error and confidence interval, the z test's p-value and a verdict. Writes the table =CX.NPS.TEST spills; " +
        "the explanation goes to stderr.",
    );
  addInputOptions(cmd, "survey answers with the 0-10 answers of A and B in two columns")
    .requiredOption("--a <column>", "column of sample A's 0-10 answers (the baseline): header name or 1-based column number")
    .requiredOption("--b <column>", "column of sample B's 0-10 answers (of --input-b when given)")
    .option("--input-b <file>", "read --b from this CSV or .xlsx file instead (e.g. the second wave in its own file)")
    .option("--sheet-b <name>", "sheet of an .xlsx --input-b")
    .option("--confidence <level>", "confidence level of the interval and the test: 0.95 (default), 95 or 95%");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx nps-test --input waves.csv --a "Q1 2024" --b "Q2 2024"
  cx nps-test -i wave1.xlsx --a NPS --input-b wave2.xlsx --b NPS --format json`,
    )
    .action(async (opts: NpsTestCommandOptions) => {
      await runNpsTest(opts, io);
    });
}

/** One score column of a file; core's "scores" in messages becomes the flag. */
async function scoreColumn(input: string, sheet: string | undefined, column: string, flag: string): Promise<VocData> {
  const { rows, firstRowNumber } = await readInputTable(input, sheet);
  try {
    return readVocTable(rows, { score: column }, { firstRowNumber });
  } catch (e) {
    throw withFlagName(e, { scores: flag });
  }
}

export async function runNpsTest(opts: NpsTestCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  if (opts.sheetB !== undefined && opts.inputB === undefined) throw new CliError("--sheet-b needs --input-b (the file of sample B)");
  const confidence = confidenceArg(opts.confidence, "--confidence");
  const a = await scoreColumn(opts.input, opts.sheet, opts.a, "--a");
  const b = await scoreColumn(opts.inputB ?? opts.input, opts.inputB === undefined ? opts.sheet : opts.sheetB, opts.b, "--b");
  const { report } = npsTestAnalysis(a, b, { confidence });
  await writeReportTable(report, "test", "NPS test", opts, io);
}
