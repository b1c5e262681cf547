// `npm test`: type-check and lint, build the add-in and the command line, then run every jest project
// (engine, command line, task pane components, end-to-end in headless Chromium).
// With THIDUA_REQUIRE_BROWSER=1 (as .ci/run sets it) a skipped test is a failure: nothing passes by
// being left out.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const strict = process.env.THIDUA_REQUIRE_BROWSER === "1";
const extraJestArgs = process.argv.slice(2);

run("lint", "npx", ["eslint", "."]);
run("type-check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
run("build (add-in + command line)", "npm", ["run", "build", "--silent"]);

mkdirSync("test-artifacts", { recursive: true });
const report = "test-artifacts/jest-results.json";
run("tests", "npx", ["jest", "--maxWorkers=2", "--json", `--outputFile=${report}`, ...extraJestArgs]);

const results = JSON.parse(readFileSync(report, "utf8"));
const skipped = results.numPendingTests + results.numTodoTests;
console.log(
  `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped ` +
    `in ${results.numTotalTestSuites} suites.`,
);
if (skipped > 0) {
  const names = results.testResults
    .flatMap((suite) => suite.assertionResults.filter((t) => t.status === "pending" || t.status === "todo").map((t) => `${suite.name}: ${t.fullName}`));
  console.log(`Skipped:\n  ${names.join("\n  ")}`);
  if (strict) {
    console.error("✖ Tests were skipped, and THIDUA_REQUIRE_BROWSER=1 asks for every test to run.");
    process.exit(1);
  }
}
