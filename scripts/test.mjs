// `npm test`: type-check and lint, build the add-in and the command line, then run every jest project
// (engine, command line, task pane components, end-to-end in headless Chromium), the timed end-to-end
// scenarios last and alone.
// With THIDUA_REQUIRE_BROWSER=1 (as .ci/run sets it) a skipped test is a failure: nothing passes by
// being left out.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

// Each step's wall time, printed at the end (and on failure) with the total.
const started = performance.now();
const steps = [];
function seconds(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const whole = Math.round(ms / 1000);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}
function printTimes() {
  const width = Math.max(...steps.map((step) => step.label.length), "total".length);
  console.log("\nWall time:");
  for (const step of steps) console.log(`  ${step.label.padEnd(width)}  ${seconds(step.ms).padStart(11)}`);
  console.log(`  ${"total".padEnd(width)}  ${seconds(performance.now() - started).padStart(11)}`);
}

/** One summary of several jest runs' JSON reports. */
function mergeResults(all) {
  const sum = (key) => all.reduce((total, results) => total + results[key], 0);
  return {
    numPassedTests: sum("numPassedTests"),
    numFailedTests: sum("numFailedTests"),
    numPendingTests: sum("numPendingTests"),
    numTodoTests: sum("numTodoTests"),
    numTotalTestSuites: sum("numTotalTestSuites"),
    testResults: all.flatMap((results) => results.testResults),
  };
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  steps.push({ label, ms: performance.now() - start });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    printTimes();
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
const timingReport = "test-artifacts/jest-timing-results.json";
// Everything but the timed scenarios, two workers; then the timed scenarios alone, one at a time, so that
// the browser's clock measures the pane and not the other tests.
const timing = extraJestArgs.length === 0 || extraJestArgs.some((arg) => arg.includes("timing"));
// (a file named on the command line belongs to one of the two runs: the other finds nothing, and says so)
run("tests", "npx", ["jest", "--maxWorkers=2", "--selectProjects", "node", "taskpane", "e2e", "--passWithNoTests", "--json", `--outputFile=${report}`, ...extraJestArgs]);
if (timing) run("timed tests", "npx", ["jest", "--runInBand", "--selectProjects", "timing", "--passWithNoTests", "--json", `--outputFile=${timingReport}`, ...extraJestArgs]);

const results = mergeResults([report, ...(timing ? [timingReport] : [])].map((file) => JSON.parse(readFileSync(file, "utf8"))));
// Where the tests' time goes: the slowest files, each timed from its start to its end in its worker.
const slowest = results.testResults
  .map((suite) => ({ name: path.relative(process.cwd(), suite.name), ms: suite.endTime - suite.startTime }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 10);
console.log(`\nSlowest test files:\n${slowest.map((s) => `  ${seconds(s.ms).padStart(11)}  ${s.name}`).join("\n")}`);
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
    printTimes();
    process.exit(1);
  }
}
printTimes();
