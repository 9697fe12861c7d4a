// `cx samplesize`: visitors needed per arm of an A/B test of conversion rates. A thin layer over
// src/core/experiment, like =CX.SAMPLESIZE (which gives the "Per arm" number of this table).
import { Command } from "commander";
import { sampleSizeFromArgs } from "../../core/experiment";
import { CliIo } from "../io/output";
import { addOutputOptions, chosenFormat, OutputOptions, withFlagNames, writeReportTable } from "./common";

export interface SampleSizeCommandOptions extends OutputOptions {
  baseRate: string;
  effect: string;
  power?: string;
  alpha?: string;
}

const FLAGS = { base_rate: "--base-rate", minimum_detectable_effect: "--effect", power: "--power", alpha: "--alpha" };

export function sampleSizeCommand(io: CliIo): Command {
  const cmd = new Command("samplesize")
    .summary("visitors needed per arm of an A/B test of conversion rates")
    .description(
      "Sample size of an A/B test of conversion rates: the visitors needed in each arm to detect a change from the base " +
        "rate by the minimum detectable effect with the given power, by a two-sided test at level alpha (as R's " +
        "power.prop.test). Writes a table of the inputs, the visitors per arm (what =CX.SAMPLESIZE gives) and in total; " +
        "the explanation goes to stderr.",
    )
    .requiredOption("--base-rate <rate>", "current conversion rate of the control: 0.05 or 5%")
    .requiredOption("--effect <change>", "minimum detectable effect, the change in the rate in points: 0.01 or 1% (5% to 6%); negative for a drop")
    .option("--power <power>", "chance of detecting the change when it is real: 0.8 (default) or 80%")
    .option("--alpha <alpha>", "significance level of the two-sided test: 0.05 (default) or 5%");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx samplesize --base-rate 5% --effect 1%
  cx samplesize --base-rate 0.5 --effect 0.25 --power 0.9 --format json`,
    )
    .action(async (opts: SampleSizeCommandOptions) => {
      await withFlagNames(FLAGS, () => runSampleSize(opts, io), true);
    });
}

export async function runSampleSize(opts: SampleSizeCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const { report } = sampleSizeFromArgs({ baseRate: opts.baseRate, effect: opts.effect, power: opts.power, alpha: opts.alpha });
  await writeReportTable(report, "sampleSize", "Sample size", opts, io);
}
