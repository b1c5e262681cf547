import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The core is the domain and nothing else: no Office, UI, file format or Node module may reach it.
const outsideTheCore = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is free of UI: React belongs in src/taskpane." },
  { group: ["@fluentui/*"], message: "src/core is free of UI: Fluent UI belongs in src/taskpane." },
  { group: ["exceljs", "exceljs/*"], message: "src/core is free of I/O: ExcelJS belongs in src/cli." },
  { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/core is free of Office: Office.js belongs in src/excel." },
  { group: ["node:*", "fs", "fs/*", "path", "os", "child_process", "stream", "util", "zlib", "crypto", "http", "https", "url", "buffer", "process", "worker_threads"], message: "src/core is free of I/O: Node modules belong in src/cli." },
  { group: ["../excel/*", "../taskpane/*", "../cli/*", "../../excel/*", "../../taskpane/*", "../../cli/*", "../../../excel/*", "../../../taskpane/*", "../../../cli/*"], message: "src/core depends on nothing outside it." },
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "out/", "coverage/", "test-artifacts/", "src/taskpane/fallback/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: outsideTheCore }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core is free of Office: Office.js belongs in src/excel." },
        { name: "Excel", message: "src/core is free of Office: Office.js belongs in src/excel." },
        { name: "process", message: "src/core is free of I/O." },
        { name: "require", message: "src/core is free of I/O." },
        { name: "console", message: "src/core returns findings; it does not log." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", window: "readonly", document: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
