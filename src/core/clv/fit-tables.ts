// Lifetime-value results shaped as Report tables, shared by the =CX.CLV.*, =CX.SPEND.FIT and
// =CX.RETENTION.FIT functions and the `cx clv-fit` command, so both spill/write the same rows.
import { type Cell, type ReportTable } from "../report";
import type { ColumnSpec } from "../table/columns";
import { InputError } from "../table/errors";
import type { GammaGammaFit } from "./gamma-gamma";
import { parametersTable } from "./ltv-report";
import type { TransactionSummary } from "./summary";
import type { FitResult } from "./types";

/** Customer-level repeat-purchase columns (what =CX.CLV.SUMMARY spills). */
export const REPEAT_COLUMNS = {
  frequency: { kind: "number", label: "frequency", min: 0, integer: true },
  recency: { kind: "number", label: "recency", min: 0 },
  T: { kind: "number", label: "T", min: 0 },
} as const satisfies Record<string, ColumnSpec>;

/** Frequency and mean repeat spend; a blank spend is 0 (customers without repeat purchases often have none). */
export const SPEND_COLUMNS = {
  frequency: { kind: "number", label: "frequency", min: 0, integer: true },
  monetary: { kind: "number", label: "monetary", blank: "zero" },
} as const satisfies Record<string, ColumnSpec>;

/** Model label of the Gamma-Gamma rows and of the shifted-beta-geometric rows. */
export const GAMMA_GAMMA_LABEL = "Gamma-Gamma";
export const SBG_LABEL = "sBG";

/** Row names after a model's parameters (besides core's "log-likelihood"). */
export const FIT_ROW = {
  customers: "customers",
  converged: "converged",
  noRepeat: "excluded: no repeat purchases",
  nonPositive: "excluded: zero or negative spend",
  correlation: "frequency-spend correlation",
  meanSpend: "mean spend",
  cohort: "cohort size",
  lifetime: "discounted expected lifetime",
} as const;

/**
 * core's parametersTable rows of one fit (parameters with standard errors, then log-likelihood),
 * followed by the customers the fit used and whether the optimiser converged (TRUE/FALSE).
 */
export function fitRows(label: string, fit: FitResult, customersRow: string = FIT_ROW.customers): Cell[][] {
  return [...parametersTable([{ label, fit }]).rows, [label, customersRow, fit.n, ""], [label, FIT_ROW.converged, fit.converged, ""]];
}

/** The Gamma-Gamma rows: fitRows, the customers left out, the independence check and the mean spend. */
export function spendRows(spend: GammaGammaFit): Cell[][] {
  const L = GAMMA_GAMMA_LABEL;
  const rows = fitRows(L, spend);
  rows.push([L, FIT_ROW.noRepeat, spend.excluded.noRepeatPurchases, ""]);
  rows.push([L, FIT_ROW.nonPositive, spend.excluded.nonPositiveSpend, ""]);
  // NaN when frequency or spend is constant over the fitted customers: no correlation to report.
  rows.push([L, FIT_ROW.correlation, Number.isFinite(spend.frequencySpendCorrelation) ? spend.frequencySpendCorrelation : "", ""]);
  if (Number.isFinite(spend.populationMeanSpend)) rows.push([L, FIT_ROW.meanSpend, spend.populationMeanSpend, ""]);
  return rows;
}

export const PARAMETERS_HEADER = ["Model", "Parameter", "Estimate", "Standard error"];

export function parametersOf(rows: Cell[][], title = "Fitted parameters"): ReportTable {
  return { name: "parameters", title, header: [...PARAMETERS_HEADER], rows, formats: ["text", "text", "number", "number"] };
}

/** The per-customer summary (=CX.CLV.SUMMARY): x, t_x, T, m, and the holdout when there is one. */
export function summaryTable(s: TransactionSummary): ReportTable {
  const holdout = s.holdoutFrequency && s.holdoutSpend;
  const header = ["Customer", "Frequency", `Recency (${s.unit})`, `T (${s.unit})`, "Monetary"];
  if (holdout) header.push("Holdout purchases", "Holdout spend");
  const rows: Cell[][] = new Array(s.customer.length);
  for (let i = 0; i < rows.length; i++) {
    const row: Cell[] = [s.customer[i], s.frequency[i], s.recency[i], s.T[i], s.monetary[i]];
    if (s.holdoutFrequency && s.holdoutSpend) row.push(s.holdoutFrequency[i], s.holdoutSpend[i]);
    rows[i] = row;
  }
  return {
    name: "summary",
    title: "Repeat-purchase summary by customer",
    header,
    rows,
    formats: holdout ? ["text", "integer", "number", "number", "currency", "integer", "currency"] : ["text", "integer", "number", "number", "currency"],
  };
}

/** Where the rows of a read came from, and the names of its columns (a ReadResult fits). */
export interface RowOrigin {
  sourceRows: ArrayLike<number>;
  labels: Record<string, string>;
}

/**
 * Runs an engine call on read columns. The engine names a bad customer by its position among the
 * rows read ("customer 3: recency t_x = 5 is later than T = 4"); this says it with the column and
 * the row the user sees ("recency, row 5: recency t_x = 5 is later than T = 4").
 */
export function atSourceRows<T>(read: RowOrigin, body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw withSourceRow(e, read);
  }
}

function withSourceRow(e: unknown, read: RowOrigin): unknown {
  if (!(e instanceof InputError) || e.row === undefined) return e;
  const m = /^customer (\d+): ([\s\S]*)$/.exec(e.message);
  const label = e.argument !== undefined ? read.labels[e.argument] : undefined;
  const row = read.sourceRows[e.row - 1];
  if (!m || label === undefined || row === undefined) return e;
  return new InputError(`${label}, row ${row}: ${m[2]}`, label, row);
}
