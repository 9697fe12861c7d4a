// `cx csat`: customer satisfaction of a survey file, overall or by group. A thin layer over
// src/core/voc, like =CX.CSAT and =CX.CSAT.BY.
import { Command } from "commander";
import { csatAnalysis, csatOptionsFromArgs, readVocTable } from "../../core/voc";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

export interface CsatCommandOptions extends InputOptions, OutputOptions {
  score: string;
  group?: string;
  scale?: string;
  topBox?: string;
}

export function csatCommand(io: CliIo): Command {
  const cmd = new Command("csat")
    .summary("customer satisfaction (CSAT) of a survey file, overall or by group, with intervals")
    .description(
      "Customer satisfaction: the share of satisfied answers (the top box, by default the top two answers) with a Wilson " +
        "interval, and the mean answer with a t interval. Writes the table =CX.CSAT spills, or with --group the table of " +
        "=CX.CSAT.BY (one row per group, then the total); the explanation goes to stderr.",
    );
  addInputOptions(cmd, "survey answers, one row per respondent")
    .requiredOption("--score <column>", "the satisfaction answer column: header name or 1-based column number")
    .option("--group <column>", "break CSAT down by this column (segment, channel, tier)")
    .option("--scale <points>", "points of the answer scale: 5 (default, 1-5), 7 (1-7) or 10 (0-10 or 1-10)")
    .option("--top-box <answer>", "lowest answer counted as satisfied (default: the top two answers, 4 on the 5-point scale)");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx csat --input survey.csv --score Satisfaction
  cx csat -i survey.csv --score Satisfaction --scale 7 --top-box 6 --group Channel --format json`,
    )
    .action(async (opts: CsatCommandOptions) => {
      await withFlagNames({ scores: "--score", groups: "--group", scale: "--scale", top_box: "--top-box" }, () => runCsat(opts, io));
    });
}

export async function runCsat(opts: CsatCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const options = csatOptionsFromArgs({ scale: opts.scale, topBox: opts.topBox });
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const data = readVocTable(rows, { score: opts.score, group: opts.group }, { firstRowNumber });
  const { report } = csatAnalysis(data, options);
  if (opts.group !== undefined) await writeReportTable(report, "byGroup", "CSAT by group", opts, io);
  else await writeReportTable(report, "csat", "CSAT", opts, io);
}
