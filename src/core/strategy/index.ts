export * from "./canvas";
export * from "./errc";
export * from "./matrix";
export * from "./score";
