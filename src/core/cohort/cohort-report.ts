// Cohort results as a Report: the cohort table =CX.COHORT spills (cohort, customers, then one
// column per period since acquisition in the chosen measure), the same numbers as a heat-map
// matrix, and the retention curves of the latest cohorts (periods since acquisition down, one
// column per cohort) for a line chart.
import { formatPercent, plural } from "../format";
import { Cell, ChartSpec, ColumnFormat, Report, ReportTable } from "../report";
import { isoFromEpochDay, serialFromEpochDay } from "../table/date";
import { CohortMeasure, CohortResult } from "./cohort";
import { periodNoun } from "./period-index";

/** Cohorts drawn in the retention-curve chart: the latest ones (more lines cannot be told apart). */
export const CURVE_COHORTS = 12;

const MEASURE_FORMAT: Record<CohortMeasure, ColumnFormat> = { customers: "integer", retention: "percent", revenue: "currency" };

/** The value of one cell of the table in a measure; "" where the period is not observed yet. */
function cellValue(result: CohortResult, q: number, o: number, measure: CohortMeasure): Cell {
  const c = result.cohorts[q];
  if (o >= c.observed) return "";
  if (measure === "customers") return c.active[o];
  if (measure === "retention") return c.active[o] / c.size;
  return c.revenue[o];
}

/** "Month 0", "Month 1", ... */
export function periodHeaders(result: CohortResult): string[] {
  const noun = periodNoun(result.period);
  return Array.from({ length: result.width }, (_, o) => `${noun} ${o}`);
}

export function cohortTable(result: CohortResult, measure: CohortMeasure): ReportTable {
  const headers = periodHeaders(result);
  const noun = periodNoun(result.period).toLowerCase();
  return {
    name: "cohorts",
    title: `${measure === "customers" ? "Active customers" : measure === "retention" ? "Retention" : "Revenue"} by cohort and ${noun} since first purchase`,
    header: ["Cohort", "Customers", ...headers],
    rows: result.cohorts.map((c, q) => [c.label, c.size, ...headers.map((_, o) => cellValue(result, q, o, measure))]),
    formats: ["text", "integer", ...headers.map(() => MEASURE_FORMAT[measure])],
  };
}

/** The body of the cohort table without the size column: the grid the color scale covers. */
export function cohortHeatmap(result: CohortResult, measure: CohortMeasure): ReportTable {
  const headers = periodHeaders(result);
  return {
    name: "heatmap",
    title: `${measure === "customers" ? "Active customers" : measure === "retention" ? "Retention" : "Revenue"} heat map`,
    header: ["Cohort", ...headers],
    rows: result.cohorts.map((c, q) => [c.label, ...headers.map((_, o) => cellValue(result, q, o, measure))]),
    formats: ["text", ...headers.map(() => MEASURE_FORMAT[measure])],
    layout: "matrix",
  };
}

/** Retention of the latest CURVE_COHORTS cohorts: one row per period since acquisition, one column per cohort. */
export function curvesTable(result: CohortResult): ReportTable {
  const first = Math.max(0, result.cohorts.length - CURVE_COHORTS);
  const shown = result.cohorts.slice(first);
  const length = Math.max(...shown.map((c) => c.observed));
  const category = `${periodNoun(result.period)}s since first purchase`;
  const rows: Cell[][] = [];
  for (let o = 0; o < length; o++) rows.push([o, ...shown.map((_, j) => cellValue(result, first + j, o, "retention"))]);
  return {
    name: "curves",
    title: "Retention curves of the latest cohorts",
    header: [category, ...shown.map((c) => c.label)],
    rows,
    formats: ["integer", ...shown.map((): ColumnFormat => "percent")],
  };
}

export function curvesChart(result: CohortResult): ChartSpec {
  const t = curvesTable(result);
  return {
    type: "line",
    title: `Retention by ${result.period} since first purchase${result.cohorts.length > CURVE_COHORTS ? ` (latest ${CURVE_COHORTS} cohorts)` : ""}`,
    table: "curves",
    category: t.header[0],
    series: t.header.slice(1),
  };
}

/** Retention in period o since acquisition over the cohorts that have reached it, weighted by size. */
export function pooledRetention(result: CohortResult, o: number): number | undefined {
  let active = 0;
  let size = 0;
  for (const c of result.cohorts) {
    if (o >= c.observed) continue;
    active += c.active[o];
    size += c.size;
  }
  return size > 0 ? active / size : undefined;
}

export function cohortExplanation(result: CohortResult, measure: CohortMeasure): string[] {
  const noun = result.period;
  const first = result.cohorts[0].label;
  const last = result.cohorts[result.cohorts.length - 1].label;
  const lines = [
    `${plural(result.cohorts.length, "cohort")} of ${plural(result.customers, "customer")} by ${noun} of first purchase (${first} to ${last}), from ${plural(result.purchases, "purchase")} between ${isoFromEpochDay(result.firstDay)} and ${isoFromEpochDay(result.lastDay)}.`,
    measure === "customers"
      ? `Each cell counts the cohort's customers who bought in that ${noun} since their first purchase (${periodNoun(noun)} 0 is the ${noun} of the first purchase, so it equals the cohort size); a customer counts once per ${noun}.`
      : measure === "retention"
        ? `Each cell is the share of the cohort's customers who bought in that ${noun} since their first purchase (${periodNoun(noun)} 0 is always 100%).`
        : `Each cell is the net revenue (purchases minus refunds) of the cohort's customers in that ${noun} since their first purchase.`,
    `Blank cells are ${noun}s after the end of the data.`,
  ];
  const r1 = pooledRetention(result, 1);
  if (r1 !== undefined) lines.push(`On average ${formatPercent(r1)} of customers bought again in the ${noun} after their first purchase (over the cohorts observed that long, weighted by size).`);
  if (result.lastPeriodPartial) lines.push(`The last ${noun} is incomplete: the data end on ${isoFromEpochDay(result.lastDay)}, so its cells are lower than they will be.`);
  if (result.refundRows > 0) {
    lines.push(
      measure === "revenue"
        ? `${plural(result.refundRows, "refund")} (negative amounts) netted into revenue; refunds are not purchases and do not make a customer active.`
        : `${plural(result.refundRows, "refund")} (negative amounts) left out: refunds are not purchases and do not make a customer active.`,
    );
  }
  if (result.refundOnlyCustomers > 0) lines.push(`${plural(result.refundOnlyCustomers, "customer")} with refunds but no purchase left out.`);
  if (result.refundsBeforeFirstPurchase > 0 && measure === "revenue") lines.push(`${plural(result.refundsBeforeFirstPurchase, "refund")} dated before the customer's first purchase left out of revenue.`);
  return lines;
}

export function cohortReport(result: CohortResult, measure: CohortMeasure, inputNotes: string[] = []): Report {
  const facts: Report["facts"] = [
    { key: "period", label: "Period", value: result.period, format: "text" },
    { key: "measure", label: "Measure", value: measure, format: "text" },
    { key: "customers", label: "Customers", value: result.customers, format: "integer" },
    { key: "cohorts", label: "Cohorts", value: result.cohorts.length, format: "integer" },
    { key: "firstDate", label: "First purchase", value: serialFromEpochDay(result.firstDay), format: "date" },
    { key: "lastDate", label: "Last transaction", value: serialFromEpochDay(result.lastDay), format: "date" },
  ];
  return {
    title: "Cohort analysis",
    facts,
    tables: [cohortTable(result, measure), cohortHeatmap(result, measure), curvesTable(result)],
    charts: [curvesChart(result)],
    explanation: [...cohortExplanation(result, measure), ...inputNotes],
  };
}
