// Back-of-the-envelope lifetime values for when there is no transaction history to fit a model to.
import { InputError } from "../table/errors";

export interface SimpleLtvInput {
  /** Average revenue per customer per period (e.g. per month), >= 0. */
  arpu: number;
  /** Profit margin as a fraction of revenue, in (0, 1]. */
  margin: number;
  /** Share of customers lost per period, in (0, 1]. */
  churnRate: number;
}

/**
 * LTV = margin * ARPU / churn: the undiscounted margin of a customer whose lifetime is geometric
 * with a constant churn rate, hence 1/churn periods on average (the textbook approximation).
 * Ignores discounting and the rise of cohort retention with tenure (Fader & Hardie 2010).
 */
export function simpleLtv(input: SimpleLtvInput): number {
  const { arpu, margin, churnRate } = input;
  if (!(Number.isFinite(arpu) && arpu >= 0)) throw new InputError(`ARPU: must be a number >= 0 (got ${arpu})`, "arpu");
  if (!(Number.isFinite(margin) && margin > 0 && margin <= 1)) {
    throw new InputError(`margin: must be a fraction above 0 and at most 1, e.g. 0.3 for 30% (got ${margin})`, "margin");
  }
  if (!(Number.isFinite(churnRate) && churnRate > 0 && churnRate <= 1)) {
    throw new InputError(`churn rate: must be a fraction above 0 and at most 1 per period, e.g. 0.05 for 5% (got ${churnRate})`, "churnRate");
  }
  return (margin * arpu) / churnRate;
}

export interface RetentionLtvInput {
  /** Margin per customer per period (money), received at the end of each period the customer stays. */
  marginPerPeriod: number;
  /** Retention rate per period, in [0, 1]. */
  retentionRate: number;
  /** Discount rate per period, >= 0; retention 1 needs a positive discount rate. */
  discountRate: number;
}

/**
 * LTV = m r / (1 + d - r) = sum_{t>=1} m r^t / (1 + d)^t: margin m each period the customer is
 * retained, constant retention r, discount rate d (the margin multiple r / (1 + i - r) of Gupta &
 * Lehmann 2003, "Customers as assets", Journal of Interactive Marketing 17(1)).
 */
export function retentionLtv(input: RetentionLtvInput): number {
  const { marginPerPeriod: m, retentionRate: r, discountRate: d } = input;
  if (!Number.isFinite(m)) throw new InputError(`margin per period: must be a number (got ${m})`, "marginPerPeriod");
  if (!(Number.isFinite(r) && r >= 0 && r <= 1)) {
    throw new InputError(`retention rate: must be a fraction from 0 to 1, e.g. 0.8 for 80% (got ${r})`, "retentionRate");
  }
  if (!(Number.isFinite(d) && d >= 0)) throw new InputError(`discount rate: must be a number >= 0, e.g. 0.1 for 10% (got ${d})`, "discountRate");
  if (r === 1 && d === 0) {
    throw new InputError("retention 1 with discount rate 0 gives an infinite lifetime value: use a positive discount rate", "discountRate");
  }
  return (m * r) / (1 + d - r);
}
