// The path every surface takes: ranges (cells of a sheet or columns of a file) -> result and Report.
import { Report } from "../report";
import { isBlank } from "../table/blank";
import { argError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { scalarOf } from "../table/scalars";
import { KanoScale } from "./answers";
import { kanoAnalysis, KanoResult } from "./analysis";
import { KanoRanges, KanoReadOptions, readKano } from "./input";
import { kanoReport } from "./report";

/** The answer scale of numeric codes from a loosely typed argument: 5 (default) or 3. */
export function kanoScaleArg(v: unknown, label = "scale"): KanoScale {
  const s = scalarOf(v);
  if (isBlank(s)) return 5;
  const n = parseNumber(s);
  if (n !== 3 && n !== 5) throw argError(label, `${describeCell(s)} must be 5 (like, expect, neutral, live with, dislike) or 3 (like, neutral, dislike)`);
  return n;
}

/** Kano analysis of survey ranges: the result and its Report. */
export function kanoFromRanges(ranges: KanoRanges, options: KanoReadOptions = {}): { result: KanoResult; report: Report } {
  const result = kanoAnalysis(readKano(ranges, options));
  return { result, report: kanoReport(result) };
}
