// Entry of the custom functions (loaded in the shared runtime with the task pane). Each file
// listed in webpack's CustomFunctionsMetadataPlugin input gets its CustomFunctions.associate calls.
export * from "./rfm";
export * from "./clv";
export * from "./kano";
export * from "./voc";
export * from "./experiment";
export * from "./cohort";
export * from "./segment";
export * from "./strategy";
