/** Jest: TypeScript through ts-jest (CommonJS for the tests), test/ mirrors src/. */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "CommonJS", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true, allowJs: true } },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.[tj]sx?$": tsJest,
    "^.+\\.mjs$": tsJest,
  },
  // d3 (under Fluent UI charts) ships ES modules only: compile those to CommonJS too.
  transformIgnorePatterns: ["/node_modules/(?!(d3-[^/]+|d3|internmap|delaunator|robust-predicates)/)"],
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts", "<rootDir>/test/setup/jsdom.ts", "<rootDir>/test/setup/fuzz-seed.ts"],
  // office-addin-mock imports office-addin-manifest, which pulls in tooling jest need not load.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts" },
  // A hang guard, not a speed test: UI tests on a loaded 2-core machine can take several seconds.
  testTimeout: 30_000,
  reporters: ["default", "<rootDir>/test/totals-reporter.js"],
};
