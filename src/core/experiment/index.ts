export * from "./verdict";
export * from "./newcombe";
export * from "./proportions";
export * from "./welch";
export * from "./sample-size";
export * from "./args";
export * from "./report";
export * from "./run";
