export * from "./aggregate";
export * from "./analysis";
export * from "./input";
export * from "./report";
export * from "./scores";
export * from "./segments";
export * from "./args";
