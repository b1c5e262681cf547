import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The core is the domain and nothing else: no Office, UI, file format or Node module may reach it.
const outsideTheCore = [
  { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is free of UI: React belongs in src/taskpane." },
  { group: ["@fluentui/*"], message: "src/core is free of UI: Fluent UI belongs in src/taskpane." },
  { group: ["exceljs", "exceljs/*"], message: "src/core is free of I/O: ExcelJS belongs in src/cli." },
  { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/core is free of Office: Office.js belongs in src/excel." },
  { group: ["node:*", "fs", "fs/*", "path", "os", "child_process", "stream", "util", "zlib", "crypto", "http", "https", "url", "buffer", "process", "worker_threads"], message: "src/core is free of I/O: Node modules belong in src/cli." },
  roomPattern(["excel", "taskpane", "cli"], "src/core depends on nothing outside it."),
];

// The rooms of src/ and whom each may not reach. A relative import leaves its room with "../" only, so
// `^(\.\./)+excel(/|$)` is "src/excel, from anywhere in another room" (no room has a folder of that name).
function roomSource(rooms) {
  return `^(\\.\\./)+(${rooms.join("|")})(/|$)`;
}
function roomPattern(rooms, message) {
  return { regex: roomSource(rooms), message };
}
// Dynamic `import()` and `typeof import()` are imports too; no-restricted-imports sees neither.
function dynamicRoomImports(rooms, message) {
  const source = roomSource(rooms).replaceAll("/", "\\/");
  return [
    { selector: `ImportExpression[source.value=/${source}/]`, message },
    { selector: `TSImportType[argument.literal.value=/${source}/]`, message },
  ];
}
const rooms = [
  {
    // The pane reaches the Office.js adapter through its port (state/excelPort.ts); the one file that
    // fills the port with src/excel's functions is state/excelAdapter.ts.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/state/excelAdapter.ts"],
    forbidden: ["excel", "cli"],
    message: "src/taskpane reaches src/excel only through its port (state/excelPort.ts, filled in state/excelAdapter.ts), and never src/cli.",
  },
  {
    files: ["src/taskpane/state/excelAdapter.ts"],
    forbidden: ["cli"],
    message: "src/taskpane never imports src/cli.",
  },
  {
    files: ["src/cli/**/*.ts"],
    forbidden: ["excel", "taskpane"],
    message: "src/cli runs in Node: it never imports src/excel or src/taskpane; what both need belongs in src/core.",
  },
  {
    files: ["src/excel/**/*.ts"],
    forbidden: ["taskpane", "cli"],
    message: "src/excel translates between Office.js and the core: it never imports src/taskpane or src/cli.",
  },
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "out/", "coverage/", "test-artifacts/", "src/taskpane/fallback/*.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that need the types: a promise nobody awaits, a switch that forgets a case, a cast that does nothing.
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // the pane's actions report their own failures in its state: a click handler may return their promise
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: outsideTheCore }],
      "no-restricted-syntax": ["error", ...dynamicRoomImports(["excel", "taskpane", "cli"], "src/core depends on nothing outside it.")],
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
  // The pane's hooks: called in the same order every render, effects and callbacks listing what they read,
  // and the React Compiler's rules (refs, purity, state set in effects) as errors.
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  ...rooms.map(({ files, ignores, forbidden, message }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      "no-restricted-imports": ["error", { patterns: [roomPattern(forbidden, message)] }],
      "no-restricted-syntax": ["error", ...dynamicRoomImports(forbidden, message)],
    },
  })),
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", window: "readonly", document: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
