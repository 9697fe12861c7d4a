// Shared shapes of the lifetime-value engine (src/core/clv). Time is measured in the summary's
// unit (days, weeks or months) everywhere a model sees it.

export type TimeUnit = "days" | "weeks" | "months";

/** Days per unit: a month is 365.25 / 12 days (the average calendar month). */
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12 };

/** Per-customer repeat-purchase summary (the "RFM summary" of the BTYD literature). */
export interface CustomerSummary {
  customer: string[];
  /** x: number of repeat purchases (purchases after the first; same-day purchases merged). */
  frequency: Float64Array;
  /** t_x: time from the first to the last purchase (0 when x = 0). */
  recency: Float64Array;
  /** T: time from the first purchase to the end of the calibration period. */
  T: Float64Array;
  /** Mean value of the repeat purchases (0 when x = 0), the Gamma-Gamma model's m_x. */
  monetary: Float64Array;
  /** Epoch day of the first purchase. */
  firstPurchase: Float64Array;
  /** Repeat purchases and spend after the calibration period, when a holdout period was asked for. */
  holdoutFrequency?: Float64Array;
  holdoutSpend?: Float64Array;
}

/** The arrays a purchase model is fitted on and predicts for (a CustomerSummary fits). */
export interface RepeatData {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  /** Number of customers each row stands for (identical rows fitted once); default 1. */
  weights?: ArrayLike<number>;
}

export type PurchaseModelName = "bgnbd" | "mbgnbd" | "pareto";

export interface FitWarning {
  /**
   * "not-converged" (optimiser stopped early), "at-bound" (a parameter ran to the edge of the search
   * range), "flat" (no standard errors: Hessian not positive definite), "implausible" (e.g. Gamma-Gamma
   * q <= 1), "dependence" (spend correlated with frequency), "excluded" (customers left out), ...
   */
  kind: string;
  /** Plain words for the user, naming the parameter where it applies. */
  message: string;
}

export interface FitResult {
  model: string;
  paramNames: readonly string[];
  /** Estimates, in the order of paramNames. */
  params: number[];
  /** Standard errors from the inverse Hessian of the negative log-likelihood (NaN-free: undefined when not invertible). */
  standardErrors: (number | undefined)[];
  logLikelihood: number;
  /** Customers (sum of weights) the fit used. */
  n: number;
  iterations: number;
  converged: boolean;
  warnings: FitWarning[];
  /** The L2 penalty coefficient used (0: plain maximum likelihood). */
  penalizer?: number;
  /** Optimiser path: "bfgs", "nelder-mead" or "nelder-mead+bfgs". */
  method?: string;
}

/** Options of a maximum-likelihood fit. */
export interface FitOptions {
  /**
   * L2 penalty coefficient lambda >= 0 (default 0): the fit minimises
   * -LL / n + lambda * sum_i theta_i^2 over the natural parameters theta, the form of lifetimes'
   * penalizer_coef, so values tuned there carry over.
   */
  penalizer?: number;
  /** Start values in the order of paramNames (natural scale); default: each model's data-based start. */
  initialParams?: readonly number[];
  /** BFGS iteration limit (default 500). */
  maxIterations?: number;
}

/** A repeat-purchase ("buy till you die") model: BG/NBD, MBG/NBD or Pareto/NBD, one API. */
export interface PurchaseModel {
  readonly name: PurchaseModelName;
  /** Display name, e.g. "BG/NBD". */
  readonly label: string;
  readonly paramNames: readonly string[];
  /** Log-likelihood of one customer's (x, t_x, T). */
  logLikelihood(params: readonly number[], x: number, tx: number, T: number): number;
  /** Maximum-likelihood fit (identical rows are compressed into weights first). */
  fit(data: RepeatData, options?: FitOptions): FitResult;
  /** E[X(t)]: expected repeat purchases of a new customer in (0, t]. */
  expectedPurchases(params: readonly number[], t: number): number;
  /** E[Y(t) | x, t_x, T]: expected purchases in the next t time units of a customer with that history. */
  conditionalExpectedPurchases(params: readonly number[], t: number, x: number, tx: number, T: number): number;
  /** P(alive | x, t_x, T) at the end of the calibration period. */
  probabilityAlive(params: readonly number[], x: number, tx: number, T: number): number;
  /** P(X(t) = n): probability of exactly n repeat purchases in (0, t]. */
  probabilityOfPurchases?(params: readonly number[], t: number, n: number): number;
}
