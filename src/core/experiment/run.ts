// The path every surface takes for the A/B functions: arguments -> result and Report.
import { Report } from "../report";
import { columnVector, readColumns } from "../table/columns";
import { InputError } from "../table/errors";
import { describeSkips } from "../table/notes";
import { DEFAULT_CONFIDENCE } from "../voc/args";
import { AbTestArgs, abTestArgs, sampleSizeArgs, SampleSizeArgs } from "./args";
import { twoProportionTest, TwoProportionResult } from "./proportions";
import { abTestReport, meansReport, sampleSizeReport } from "./report";
import { sampleSize, SampleSizeResult } from "./sample-size";
import { welchTest, WelchResult } from "./welch";

/** =CX.ABTEST(conversions_a, visitors_a, conversions_b, visitors_b, [confidence]). */
export function abTestFromArgs(args: AbTestArgs, confidence = DEFAULT_CONFIDENCE): { result: TwoProportionResult; report: Report } {
  const result = twoProportionTest(abTestArgs(args), confidence);
  return { result, report: abTestReport(result) };
}

/** One range of numbers (a column or row; header and blanks skipped) as values. */
export function readValues(label: string, range: unknown): { values: Float64Array; notes: string[] } {
  const read = readColumns({ v: columnVector(label, range) }, { v: { kind: "number", label } });
  if (read.length === 0) throw new InputError(`${label}: no numbers (every cell is blank)`, label);
  return { values: read.columns.v, notes: describeSkips(read).map((x) => `${label}: ${x}`) };
}

/** =CX.ABTEST.MEANS(values_a, values_b, [confidence]). */
export function meansFromRanges(valuesA: unknown, valuesB: unknown, confidence = DEFAULT_CONFIDENCE): { result: WelchResult; report: Report } {
  const a = readValues("values_a", valuesA);
  const b = readValues("values_b", valuesB);
  const result = welchTest(a.values, b.values, confidence);
  return { result, report: meansReport(result, [...a.notes, ...b.notes]) };
}

/** =CX.SAMPLESIZE(base_rate, minimum_detectable_effect, [power], [alpha]). */
export function sampleSizeFromArgs(args: SampleSizeArgs): { result: SampleSizeResult; report: Report } {
  const result = sampleSize(sampleSizeArgs(args));
  if (!Number.isFinite(result.perArm) || result.perArm > Number.MAX_SAFE_INTEGER / 2) {
    throw new InputError("minimum_detectable_effect: the change is too small to detect with any practical number of visitors", "minimum_detectable_effect");
  }
  return { result, report: sampleSizeReport(result) };
}
