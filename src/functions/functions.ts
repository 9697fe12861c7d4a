// Entry of the custom functions (loaded in the shared runtime with the task pane). Each file
// listed in webpack's CustomFunctionsMetadataPlugin input gets its CustomFunctions.associate calls.
export * from "./rfm";
