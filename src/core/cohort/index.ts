// Cohorts, funnels and churn: acquisition cohorts by period since first purchase, conversion
// funnels, and churn status and churn rate from purchase dates.
export * from "./period-index";
export * from "./cohort";
export * from "./cohort-report";
export * from "./funnel";
export * from "./funnel-report";
export * from "./churn";
export * from "./churn-report";
export * from "./input";
