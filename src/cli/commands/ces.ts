// `cx ces`: Customer Effort Score of a survey file, overall or by group. A thin layer over
// src/core/voc, like =CX.CES and =CX.CES.BY.
import { Command } from "commander";
import { cesAnalysis, cesOptionsFromArgs, readVocTable } from "../../core/voc";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

export interface CesCommandOptions extends InputOptions, OutputOptions {
  score: string;
  group?: string;
  scale?: string;
}

export function cesCommand(io: CliIo): Command {
  const cmd = new Command("ces")
    .summary("Customer Effort Score (CES) of a survey file, overall or by group, with intervals")
    .description(
      "Customer Effort Score: on the 7-point scale (default; 'it was easy to handle my issue', 7 = strongly agree) the mean " +
        "ease and the share agreeing (5-7); on the 5-point scale (1 = very low effort, 5 = very high) the mean effort; with " +
        "95% intervals. Writes the table =CX.CES spills, or with --group the table of =CX.CES.BY; the explanation goes to stderr.",
    );
  addInputOptions(cmd, "survey answers, one row per respondent")
    .requiredOption("--score <column>", "the effort answer column: header name or 1-based column number")
    .option("--group <column>", "break CES down by this column (segment, channel, tier)")
    .option("--scale <points>", "7 (default, agreement that it was easy, higher is better) or 5 (effort, lower is better)");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx ces --input survey.csv --score "Easy to handle"
  cx ces -i survey.xlsx --score Effort --scale 5 --group Channel --out ces.xlsx`,
    )
    .action(async (opts: CesCommandOptions) => {
      await withFlagNames({ scores: "--score", groups: "--group", scale: "--scale" }, () => runCes(opts, io));
    });
}

export async function runCes(opts: CesCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const options = cesOptionsFromArgs({ scale: opts.scale });
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const data = readVocTable(rows, { score: opts.score, group: opts.group }, { firstRowNumber });
  const { report } = cesAnalysis(data, options);
  if (opts.group !== undefined) await writeReportTable(report, "byGroup", "CES by group", opts, io);
  else await writeReportTable(report, "ces", "CES", opts, io);
}
