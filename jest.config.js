/** Jest: TypeScript through ts-jest (CommonJS for the tests), test/ mirrors src/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true } }],
  },
  // office-addin-mock imports office-addin-manifest, which pulls in tooling jest need not load.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts" },
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts"],
  reporters: ["default", "<rootDir>/test/totals-reporter.js"],
};
