// Customer lifetime value: repeat-purchase models (BG/NBD, MBG/NBD, Pareto/NBD), the Gamma-Gamma
// spend model, CLV over a horizon, simple and contractual (sBG) models, holdout validation, and the
// transaction summary they are fitted on.
export * from "./types";
export * from "./fit-data";
export * from "./mle";
export * from "./bgnbd";
export * from "./mbgnbd";
export * from "./pareto";
export * from "./gamma-gamma";
export * from "./clv";
export * from "./simple";
export * from "./sbg";
export * from "./summary";
export * from "./validation";
export * from "./simulate";
export { purchaseModels } from "./models";
export * from "./ltv";
export * from "./ltv-args";
export * from "./ltv-report";
