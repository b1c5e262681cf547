// Four projects: the engine and command line under Node, the task pane's components under jsdom, the
// end-to-end tests that drive the production build in headless Chromium, and those of them that time it.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];
// Tests that write and read workbooks or render the pane take seconds on a busy two-core machine: a
// timeout is a hang detector here, not a speed bar (speed is measured by `npm run bench`).
const testTimeout = 30_000;

/** @type {import('jest').Config} */
module.exports = {
  // Jest reads the timeout from the top-level configuration only; inside `projects` it is ignored.
  testTimeout,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/src/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/taskpane/"],
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)", "<rootDir>/src/taskpane/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/timing/"],
    },
    {
      // The pane timed in the browser (long tasks, a 200 000-row report): `npm test` runs these alone, after
      // the others, so that no other test shares the two cores while the clock runs.
      displayName: "timing",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/timing/**/*.test.ts"],
    },
  ],
};
