// Transactions -> one row per customer: recency, frequency, monetary (Hughes 1994, "Strategic
// Database Marketing"). Refunds (negative amounts) are netted into spend but are not orders.
import { InputError } from "../table/errors";

export interface Transactions {
  customer: readonly string[];
  /** Epoch days. */
  day: ArrayLike<number>;
  amount: ArrayLike<number>;
}

export interface AggregateOptions {
  /** Epoch day of the analysis; default the day after the last transaction. */
  asOf?: number;
  /** Count orders of one customer on the same day as one order. */
  mergeSameDay?: boolean;
  /** Monetary value as the total spend or the mean spend per order. */
  monetary?: "total" | "mean";
  /** Name of the amount column in messages (default "amounts", the function argument). */
  amountLabel?: string;
}

export interface CustomerValues {
  customer: string[];
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** Net spend (orders minus refunds), whatever the monetary option. */
  revenue: Float64Array;
  firstPurchase: Float64Array;
  lastPurchase: Float64Array;
}

export interface AggregateResult extends CustomerValues {
  asOf: number;
  /** Transactions dated after the as-of date, left out. */
  afterAsOf: number;
  /** Rows with a negative amount, netted into spend. */
  refundRows: number;
  /** Customers with refunds but no order up to the as-of date, left out. */
  refundOnlyCustomers: number;
}

const DAY_SPAN = 4_194_304; // 2^22 > number of days from 1900 to 9999, for (customer, day) keys

/** Aggregates transactions per customer in order of first appearance. */
export function aggregateTransactions(tx: Transactions, options: AggregateOptions = {}): AggregateResult {
  const n = tx.customer.length;
  let asOf = options.asOf;
  if (asOf === undefined) {
    if (n === 0) throw new InputError("no transactions to analyse");
    let latest = -Infinity;
    for (let i = 0; i < n; i++) if (tx.day[i] > latest) latest = tx.day[i];
    asOf = latest + 1;
  }

  // Per-customer accumulators sized for the worst case (every row a new customer): no regrowth.
  const index = new Map<string, number>();
  const ids: string[] = [];
  const orders = new Float64Array(n);
  const spend = new Float64Array(n);
  const first = new Float64Array(n).fill(Infinity);
  const last = new Float64Array(n).fill(-Infinity);
  const seenDays = options.mergeSameDay ? new Set<number>() : undefined;
  let afterAsOf = 0;
  let refundRows = 0;

  for (let i = 0; i < n; i++) {
    const day = tx.day[i];
    if (day > asOf) {
      afterAsOf++;
      continue;
    }
    const id = tx.customer[i];
    let c = index.get(id);
    if (c === undefined) {
      c = ids.length;
      index.set(id, c);
      ids.push(id);
    }
    const amount = tx.amount[i];
    spend[c] += amount;
    if (amount < 0) {
      refundRows++;
      continue;
    }
    if (seenDays) {
      const key = c * DAY_SPAN + (day + 30000);
      if (seenDays.has(key)) continue;
      seenDays.add(key);
    }
    orders[c]++;
    if (day < first[c]) first[c] = day;
    if (day > last[c]) last[c] = day;
  }

  // Keep customers with at least one order.
  const keep: number[] = [];
  for (let c = 0; c < ids.length; c++) if (orders[c] > 0) keep.push(c);
  const m = keep.length;
  const out: CustomerValues = {
    customer: new Array<string>(m),
    recency: new Float64Array(m),
    frequency: new Float64Array(m),
    monetary: new Float64Array(m),
    revenue: new Float64Array(m),
    firstPurchase: new Float64Array(m),
    lastPurchase: new Float64Array(m),
  };
  const meanSpend = options.monetary === "mean";
  for (let j = 0; j < m; j++) {
    const c = keep[j];
    if (!Number.isFinite(spend[c])) {
      const label = options.amountLabel ?? "amounts";
      throw new InputError(`${label}: the total spend of customer '${ids[c]}' is too large to represent`, label);
    }
    out.customer[j] = ids[c];
    out.recency[j] = asOf - last[c];
    out.frequency[j] = orders[c];
    out.revenue[j] = spend[c];
    out.monetary[j] = meanSpend ? spend[c] / orders[c] : spend[c];
    out.firstPurchase[j] = first[c];
    out.lastPurchase[j] = last[c];
  }
  return { ...out, asOf, afterAsOf, refundRows, refundOnlyCustomers: ids.length - m };
}
