// Churn results as a Report: every customer's status (=CX.CHURN), the counts of active and churned
// customers, the churn rate by period (=CX.CHURN.RATE) and a line chart of it.
import { formatCount, formatPercent, plural } from "../format";
import { ChartSpec, Report, ReportTable } from "../report";
import { isoFromEpochDay, serialFromEpochDay } from "../table/date";
import { ChurnResult } from "./churn";

export const CHURN_HEADER = ["Customer", "First purchase", "Last purchase", "Purchases", "Days since last purchase", "Status"];
export const CHURN_RATE_HEADER = ["Period", "Start", "End", "Active at start", "Churned", "Churn rate", "New customers", "Active at end"];
export const ACTIVE = "Active";
export const CHURNED = "Churned";

export function churnCustomersTable(r: ChurnResult): ReportTable {
  const rows = r.customer.map((id, c) => [
    id,
    serialFromEpochDay(r.firstPurchase[c]),
    serialFromEpochDay(r.lastPurchase[c]),
    r.purchases[c],
    r.daysSince[c],
    r.churned[c] ? CHURNED : ACTIVE,
  ]);
  return {
    name: "customers",
    title: "Churn status by customer",
    header: CHURN_HEADER,
    rows,
    formats: ["text", "date", "date", "integer", "integer", "text"],
  };
}

export function churnSummaryTable(r: ChurnResult): ReportTable {
  const n = r.customer.length;
  const active = n - r.churnedCount;
  return {
    name: "summary",
    title: "Active and churned customers",
    header: ["Status", "Customers", "Share of customers"],
    rows: [
      [ACTIVE, active, active / n],
      [CHURNED, r.churnedCount, r.churnedCount / n],
    ],
    formats: ["text", "integer", "percent"],
  };
}

export function churnRateTable(r: ChurnResult): ReportTable {
  return {
    name: "rates",
    title: `Churn rate by ${r.period}`,
    header: CHURN_RATE_HEADER,
    rows: r.rates.map((x) => [
      x.label,
      serialFromEpochDay(x.start),
      serialFromEpochDay(x.end),
      x.activeAtStart,
      x.churned,
      x.churnRate ?? "",
      x.newCustomers,
      x.activeAtEnd,
    ]),
    formats: ["text", "date", "date", "integer", "integer", "percent", "integer", "integer"],
  };
}

export function churnRateChart(r: ChurnResult): ChartSpec {
  return { type: "line", title: `Churn rate by ${r.period}`, table: "rates", category: "Period", series: ["Churn rate"] };
}

export function churnExplanation(r: ChurnResult): string[] {
  const n = r.customer.length;
  const lines = [
    `${plural(n, "customer")} as of ${isoFromEpochDay(r.asOf)}: ${formatCount(r.churnedCount)} churned (${formatPercent(r.churnedCount / n)}), ${formatCount(n - r.churnedCount)} active.`,
    `A customer has churned when their last purchase is more than ${plural(r.inactiveDays, "day")} before the as-of date.`,
  ];
  if (r.rates.length > 0) {
    let churned = 0;
    let exposed = 0;
    for (const x of r.rates) {
      churned += x.churned;
      exposed += x.activeAtStart;
    }
    lines.push(
      `Churn rate by ${r.period}: of the customers active at the start of a ${r.period}, the share who were no longer active at its end` +
        (exposed > 0 ? ` (${formatPercent(churned / exposed, 1)} over all ${r.period}s).` : "."),
    );
    const last = r.rates[r.rates.length - 1];
    if (last.cut) lines.push(`The last ${r.period} (${last.label}) is cut short at the as-of date: its end is the status on ${isoFromEpochDay(r.asOf)}.`);
  }
  if (r.afterAsOf > 0) lines[0] = `${lines[0]} ${plural(r.afterAsOf, "transaction")} dated after the as-of date left out.`;
  return lines;
}

export function churnReport(r: ChurnResult, inputNotes: string[] = []): Report {
  return {
    title: "Churn analysis",
    facts: [
      { key: "asOf", label: "As of", value: serialFromEpochDay(r.asOf), format: "date" },
      { key: "inactiveDays", label: "Inactive after (days)", value: r.inactiveDays, format: "integer" },
      { key: "customers", label: "Customers", value: r.customer.length, format: "integer" },
      { key: "churned", label: "Churned", value: r.churnedCount, format: "integer" },
    ],
    tables: [churnCustomersTable(r), churnSummaryTable(r), churnRateTable(r)],
    charts: r.rates.length > 0 ? [churnRateChart(r)] : [],
    explanation: [...churnExplanation(r), ...inputNotes],
  };
}
