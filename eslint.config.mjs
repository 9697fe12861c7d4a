// ESLint flat config: typescript-eslint recommended, plus the architecture rule that the
// engine in src/core stays free of Office, React and Node so it runs in every runtime.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "examples/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"], message: "src/core is the pure engine: no UI or Office imports." },
            { group: ["node:*", "fs", "path", "os", "child_process", "crypto", "stream", "util"], message: "src/core runs in browsers and workers: no Node imports." },
            { group: ["../functions/*", "../cli/*", "../taskpane/*", "../excel/*", "../../*"], message: "src/core must not depend on its surfaces." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "process", "require", "document", "window"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
