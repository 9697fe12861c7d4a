// Lifetime-value results as Reports: per-customer values (what =CX.LTV spills), the fitted
// parameters, the customers worth most, the value by decile; and the holdout validation.
import { formatCount, formatPercent, plural } from "../format";
import type { Cell, ChartSpec, Report, ReportFact, ReportTable } from "../report";
import { isoFromEpochDay, serialFromEpochDay } from "../table/date";
import type { GammaGammaFit } from "./gamma-gamma";
import { CORRELATION_WARNING } from "./gamma-gamma";
import type { LtvResult, ValidationResult } from "./ltv";
import type { FitResult, TimeUnit } from "./types";

export const LTV_HEADER = (unit: TimeUnit) => [
  "Customer",
  "Repeat purchases",
  `Recency (${unit})`,
  `Age (${unit})`,
  "P(alive)",
  "Expected purchases",
  "Expected spend",
  "CLV",
];

const TOP = 20;

/** One row per parameter: model, parameter, estimate, standard error ("" when not available). */
export function parametersTable(fits: { label: string; fit: FitResult }[]): ReportTable {
  const rows: Cell[][] = [];
  for (const { label, fit } of fits) {
    fit.paramNames.forEach((name, k) => rows.push([label, name, fit.params[k], fit.standardErrors[k] ?? ""]));
    rows.push([label, "log-likelihood", fit.logLikelihood, ""]);
  }
  return {
    name: "parameters",
    title: "Fitted parameters",
    header: ["Model", "Parameter", "Estimate", "Standard error"],
    rows,
    formats: ["text", "text", "number", "number"],
  };
}

function customersTable(r: LtvResult): ReportTable {
  const s = r.summary;
  const rows: Cell[][] = new Array(s.customer.length);
  for (let i = 0; i < rows.length; i++) {
    rows[i] = [s.customer[i], s.frequency[i], s.recency[i], s.T[i], r.probabilityAlive[i], r.clv.expectedPurchases[i], r.clv.expectedSpend[i], r.clv.clv[i]];
  }
  return {
    name: "customers",
    title: "Lifetime value by customer",
    header: LTV_HEADER(r.options.unit),
    rows,
    formats: ["text", "integer", "number", "number", "percent", "number", "currency", "currency"],
  };
}

/** Customer indices by CLV, highest first. */
function byValue(r: LtvResult): number[] {
  return Array.from(r.clv.clv.keys()).sort((a, b) => r.clv.clv[b] - r.clv.clv[a]);
}

function topTable(r: LtvResult, order: number[]): ReportTable {
  return {
    name: "top",
    title: `Top ${TOP} customers by lifetime value`,
    header: ["Customer", "CLV", "P(alive)", "Expected purchases"],
    rows: order.slice(0, TOP).map((i) => [r.summary.customer[i], r.clv.clv[i], r.probabilityAlive[i], r.clv.expectedPurchases[i]]),
    formats: ["text", "currency", "percent", "number"],
  };
}

/** Share of the total CLV held by each tenth of the customers, most valuable tenth first. */
function decileTable(r: LtvResult, order: number[]): ReportTable {
  const n = order.length;
  const total = r.clv.total;
  const rows: Cell[][] = [];
  for (let d = 0; d < 10; d++) {
    const from = Math.floor((d * n) / 10);
    const to = Math.floor(((d + 1) * n) / 10);
    if (to <= from) continue;
    let sum = 0;
    for (let k = from; k < to; k++) sum += r.clv.clv[order[k]];
    rows.push([`${d * 10 + 1}-${(d + 1) * 10}%`, to - from, sum, total > 0 ? sum / total : 0]);
  }
  return {
    name: "deciles",
    title: "Lifetime value by customer decile",
    header: ["Customers (by value)", "Customers", "CLV", "Share of CLV"],
    rows,
    formats: ["text", "integer", "currency", "percent"],
  };
}

function warningLines(label: string, fit: FitResult): string[] {
  return fit.warnings.map((w) => `${label}: ${w.message}`);
}

function spendLines(spend: GammaGammaFit): string[] {
  const lines: string[] = [];
  const ex = spend.excluded;
  const left = ex.noRepeatPurchases + ex.nonPositiveSpend;
  if (left > 0) {
    lines.push(
      `The spend model was fitted on ${formatCount(spend.n)} customers with repeat purchases; ${formatCount(ex.noRepeatPurchases)} without repeat purchases` +
        (ex.nonPositiveSpend > 0 ? ` and ${formatCount(ex.nonPositiveSpend)} with zero or negative spend (refunds)` : "") +
        " get the average expected spend.",
    );
  }
  // A strong correlation is already among the fit's warnings; say so only when the check passes.
  const c = spend.frequencySpendCorrelation;
  if (Math.abs(c) <= CORRELATION_WARNING) lines.push(`Frequency and spend are nearly independent (r = ${c.toFixed(2)}), as the spend model assumes.`);
  return lines;
}

export function ltvReport(r: LtvResult, inputNotes: string[] = []): Report {
  const order = byValue(r);
  const n = order.length;
  const deciles = decileTable(r, order);
  const topShare = deciles.rows.length > 0 ? (deciles.rows[0][3] as number) : 0;
  let likelyGone = 0;
  for (const p of r.probabilityAlive) if (p < 0.5) likelyGone++;
  const o = r.options;
  const facts: ReportFact[] = [
    { key: "asOf", label: "As of", value: serialFromEpochDay(r.summary.calibrationEnd), format: "date" },
    { key: "model", label: "Purchase model", value: r.model.label, format: "text" },
    { key: "customers", label: "Customers", value: n, format: "integer" },
    { key: "horizon", label: "Horizon (months)", value: o.horizonMonths, format: "integer" },
    { key: "discount", label: "Annual discount rate", value: o.annualDiscountRate, format: "percent" },
    { key: "margin", label: "Margin", value: o.margin, format: "percent" },
    { key: "total", label: "Total CLV", value: r.clv.total, format: "currency" },
  ];
  const ex = r.summary.excluded;
  const explanation = [
    `Lifetime value of ${formatCount(n)} customers over the next ${o.horizonMonths} months, as of ${isoFromEpochDay(r.summary.calibrationEnd)}: ${r.model.label} for purchases, Gamma-Gamma for spend, ${formatPercent(o.annualDiscountRate)} yearly discount, ${formatPercent(o.margin)} margin. Total ${r.clv.total.toFixed(0)}.`,
    `The most valuable tenth of customers holds ${formatPercent(topShare)} of the value; ${formatCount(likelyGone)} customers (${formatPercent(n > 0 ? likelyGone / n : 0)}) have probably stopped buying (P(alive) below 50%).`,
    ...warningLines(r.model.label, r.fit),
    ...warningLines("Gamma-Gamma", r.spend),
    ...spendLines(r.spend),
  ];
  if (ex.refundRows > 0) explanation.push(`${plural(ex.refundRows, "refund row")} (negative amounts) left out: refunds are not purchases.`);
  if (ex.sameDayMerged > 0) explanation.push(`${plural(ex.sameDayMerged, "row")} merged with a purchase of the same customer on the same day.`);
  if (ex.rowsAfterEnd > 0) explanation.push(`${plural(ex.rowsAfterEnd, "transaction")} after the as-of date left out.`);
  const charts: ChartSpec[] = [
    { type: "bar", title: "Top customers by lifetime value", table: "top", category: "Customer", series: ["CLV"] },
    { type: "column", title: "Share of lifetime value by customer decile", table: "deciles", category: "Customers (by value)", series: ["Share of CLV"] },
  ];
  return {
    title: "Customer lifetime value",
    facts,
    tables: [customersTable(r), parametersTable([{ label: r.model.label, fit: r.fit }, { label: "Gamma-Gamma", fit: r.spend }]), topTable(r, order), deciles],
    charts,
    explanation: [...explanation, ...inputNotes],
  };
}

export function validationReport(v: ValidationResult, inputNotes: string[] = []): Report {
  const unit = v.summary.unit;
  const val = v.validation;
  const finite = (x: number) => (Number.isFinite(x) ? x : 0);
  const tracking: ReportTable = {
    name: "tracking",
    title: "Cumulative repeat purchases, actual and predicted",
    header: [`End of ${unit.replace(/s$/, "")}`, "Actual", "Predicted"],
    rows: Array.from({ length: v.tracking.periods }, (_, k) => [k + 1, v.tracking.actual[k], v.tracking.expected[k]]),
    formats: ["integer", "number", "number"],
  };
  return {
    title: "Lifetime value model: holdout validation",
    facts: [
      { key: "calibrationEnd", label: "Calibration ends", value: serialFromEpochDay(v.summary.calibrationEnd), format: "date" },
      { key: "holdoutEnd", label: "Holdout ends", value: serialFromEpochDay(v.summary.holdoutEnd ?? v.summary.calibrationEnd), format: "date" },
      { key: "model", label: "Purchase model", value: v.model.label, format: "text" },
      { key: "actual", label: "Actual holdout purchases", value: val.actualTotal, format: "number" },
      { key: "predicted", label: "Predicted holdout purchases", value: val.predictedTotal, format: "number" },
      { key: "error", label: "Total error", value: finite(val.totalError), format: "percent" },
    ],
    tables: [
      {
        name: "validation",
        title: "Holdout purchases per customer by calibration frequency",
        header: ["Repeat purchases in calibration", "Customers", "Actual", "Predicted"],
        rows: val.rows.map((row) => [row.label, row.customers, row.actual, row.predicted]),
        formats: ["text", "integer", "number", "number"],
      },
      tracking,
      parametersTable([{ label: v.model.label, fit: v.fit }]),
    ],
    charts: [
      { type: "column", title: "Holdout purchases per customer: actual and predicted", table: "validation", category: "Repeat purchases in calibration", series: ["Actual", "Predicted"] },
      { type: "line", title: "Cumulative repeat purchases: actual and predicted", table: "tracking", category: tracking.header[0], series: ["Actual", "Predicted"] },
    ],
    explanation: [val.verdictText, ...warningLines(v.model.label, v.fit), ...inputNotes],
  };
}
