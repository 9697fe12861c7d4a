// Lifetime-value options from loosely typed arguments (worksheet cells, CLI flags, pane fields).
import { argError } from "../table/errors";
import { choiceArg, dateArg, integerArg, numberArg, scalarOf } from "../table/scalars";
import { isBlank } from "../table/blank";
import { LTV_DEFAULTS, type LtvOptions } from "./ltv";
import type { PurchaseModelName, TimeUnit } from "./types";

const MODEL_ALIASES: Record<string, PurchaseModelName> = {
  bgnbd: "bgnbd",
  "bg/nbd": "bgnbd",
  "bg-nbd": "bgnbd",
  mbgnbd: "mbgnbd",
  "mbg/nbd": "mbgnbd",
  "mbg-nbd": "mbgnbd",
  modified: "mbgnbd",
  pareto: "pareto",
  "pareto/nbd": "pareto",
  "pareto-nbd": "pareto",
  paretonbd: "pareto",
};

/** "BG/NBD", "bgnbd", "Pareto/NBD", "MBG/NBD" (case ignored) to a model name; blank is the default. */
export function modelArg(v: unknown, label = "model"): PurchaseModelName {
  const s = scalarOf(v);
  if (isBlank(s)) return LTV_DEFAULTS.model;
  const hit = typeof s === "string" ? MODEL_ALIASES[s.trim().toLowerCase()] : undefined;
  if (!hit) throw argError(label, `${JSON.stringify(s)} is not a model: use "BG/NBD", "MBG/NBD" or "Pareto/NBD"`);
  return hit;
}

export function unitArg(v: unknown, label = "unit"): TimeUnit {
  return choiceArg(label, v, ["days", "weeks", "months"] as const, LTV_DEFAULTS.unit);
}

export interface LtvArgs {
  horizonMonths?: unknown;
  annualDiscountRate?: unknown;
  margin?: unknown;
  asOf?: unknown;
  model?: unknown;
  unit?: unknown;
}

export function ltvOptionsFromArgs(args: LtvArgs): LtvOptions {
  return {
    horizonMonths: integerArg("horizon_months", args.horizonMonths, 1, 1200, LTV_DEFAULTS.horizonMonths),
    annualDiscountRate: numberArg("annual_discount_rate", args.annualDiscountRate, LTV_DEFAULTS.annualDiscountRate, (r) =>
      r >= 0 && r < 10 ? undefined : `${r} must be a yearly rate from 0 (write 0.1 or 10% for ten percent)`,
    ),
    margin: numberArg("margin", args.margin, LTV_DEFAULTS.margin, (m) =>
      m > 0 && m <= 1 ? undefined : `${m} must be a share of spend above 0 and at most 1 (write 0.3 or 30% for thirty percent)`,
    ),
    asOf: dateArg("as_of", args.asOf),
    model: modelArg(args.model),
    unit: unitArg(args.unit),
  };
}
