// A/B test arguments from loosely typed cells (custom functions, CLI flags, wizard fields).
import { isBlank } from "../table/blank";
import { argError, describeCell } from "../table/errors";
import { parseNumber } from "../table/number";
import { scalarOf } from "../table/scalars";
import { probabilityArg } from "../voc/args";
import { SampleSizeInput } from "./sample-size";
import { TwoProportionInput } from "./proportions";

/** A whole number >= min, from a single cell. */
export function countArg(label: string, v: unknown, min: number): number {
  const s = scalarOf(v);
  if (Array.isArray(s)) throw argError(label, "must be a single number, not a range");
  if (isBlank(s)) throw argError(label, "is blank: give a number");
  const n = parseNumber(s);
  if (n === undefined || !Number.isInteger(n) || n < min || n > Number.MAX_SAFE_INTEGER) {
    throw argError(label, `${describeCell(s)} must be a whole number of at least ${min}`);
  }
  return n;
}

export interface AbTestArgs {
  conversionsA: unknown;
  visitorsA: unknown;
  conversionsB: unknown;
  visitorsB: unknown;
}

/** Counts of =CX.ABTEST: visitors at least 1, conversions from 0 to the visitors. */
export function abTestArgs(args: AbTestArgs): TwoProportionInput {
  const visitorsA = countArg("visitors_a", args.visitorsA, 1);
  const visitorsB = countArg("visitors_b", args.visitorsB, 1);
  const conversionsA = countArg("conversions_a", args.conversionsA, 0);
  const conversionsB = countArg("conversions_b", args.conversionsB, 0);
  if (conversionsA > visitorsA) throw argError("conversions_a", `${conversionsA} is more than visitors_a (${visitorsA})`);
  if (conversionsB > visitorsB) throw argError("conversions_b", `${conversionsB} is more than visitors_b (${visitorsB})`);
  return { conversionsA, visitorsA, conversionsB, visitorsB };
}

export interface SampleSizeArgs {
  baseRate: unknown;
  effect: unknown;
  power?: unknown;
  alpha?: unknown;
  /** true: the effect is relative to the base rate (10% = a rate 1.1 times the base). */
  relative?: boolean;
}

/**
 * Inputs of =CX.SAMPLESIZE: base_rate a proportion (0.05 or 5%); minimum_detectable_effect the
 * absolute change in the rate (0.01 or 1%, i.e. one percentage point; negative for a drop);
 * power (default 80%) and alpha (default 5%, two-sided).
 */
export function sampleSizeArgs(args: SampleSizeArgs): SampleSizeInput {
  const baseRate = probabilityArg("base_rate", args.baseRate, NaN, "0.05 or 5%");
  if (Number.isNaN(baseRate)) throw argError("base_rate", "is blank: give the current conversion rate, such as 0.05 or 5%");
  const e = scalarOf(args.effect);
  if (isBlank(e)) throw argError("minimum_detectable_effect", "is blank: give the smallest change in the rate worth detecting, such as 0.01 (one point) or 1%");
  let effect = parseNumber(e);
  if (effect === undefined) throw argError("minimum_detectable_effect", `${describeCell(e)} is not a number`);
  if (Math.abs(effect) >= 1 && Math.abs(effect) < 100) effect /= 100; // written in percent: 2 means 2 points
  if (effect === 0 || !(Math.abs(effect) < 1)) {
    throw argError("minimum_detectable_effect", `${describeCell(e)} must be a non-zero change in the rate, such as 0.01 (one point) or 1%`);
  }
  const target = args.relative ? baseRate * (1 + effect) : baseRate + effect;
  if (!(target > 0 && target < 1)) {
    throw argError("minimum_detectable_effect", `the target rate ${args.relative ? "base_rate x (1 + effect)" : "base_rate + effect"} = ${+target.toPrecision(6)} must lie between 0 and 1`);
  }
  const power = probabilityArg("power", args.power, 0.8, "0.8 or 80%");
  if (power < 0.5) throw argError("power", `${+power.toPrecision(6)} is too low: use at least 50% (usually 80% or 90%)`);
  const alpha = probabilityArg("alpha", args.alpha, 0.05, "0.05 or 5%");
  if (alpha > 0.5) throw argError("alpha", `${+alpha.toPrecision(6)} is too high: use at most 50% (usually 5%)`);
  return { baseRate, effect, relative: args.relative, power, alpha };
}
