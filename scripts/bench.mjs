// `npm run bench`: the engine's and the command line's benchmarks (CONTRIBUTING.md#quality-bars), then the task pane's
// production bundle: its first load against CONTRIBUTING.md#quality-bars's bar, and the chunks it loads on demand. Last, a
// table of every figure beside its bar (figure, measured, bar, met?). Benchmarks measure; they never fail a build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import os, { loadavg } from "node:os";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status || 1);
}

run("npx", ["tsc", "-p", "tsconfig.cli.json"]);
const benchDir = path.resolve("build/bench");
const benches = existsSync(benchDir) ? readdirSync(benchDir).filter((f) => f.endsWith(".bench.js")).sort() : [];
if (benches.length === 0) console.log("No benchmarks found in bench/.");
const figures = [];
const loads = [];
for (const file of benches) {
  const { run: runBench } = await import(path.join(benchDir, file));
  loads.push(loadavg()[0]);
  const result = await runBench();
  for (const line of result.lines) console.log(line);
  figures.push(...result.figures);
}

const { figureTable } = await import(path.join(benchDir, "figures.js"));

run("npx", ["webpack", "--mode", "production"]);
// The first load is what taskpane.html itself loads (the entry's initial chunks and the IE11 check; Office.js
// comes from Microsoft's CDN); every other script of the pane is a chunk loaded on demand.
const html = readFileSync(path.join("dist", "taskpane.html"), "utf8");
// The production HTML is minified: attribute values may be unquoted.
// The pane's words in its language (Vietnamese here) are downloaded before it is drawn: part of the first load.
const initial = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
  .map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\?.*$/, ""))
  .filter((src) => !/^[a-z]+:/i.test(src))
  .concat(readdirSync("dist").filter((f) => /^strings-vi\.[0-9a-f]+\.js$/.test(f)));
const onDemand = readdirSync("dist").filter((f) => f.endsWith(".js") && f !== "commands.js" && !initial.includes(f));

function gzipKb(files) {
  let gzipped = 0;
  for (const file of files) gzipped += gzipSync(readFileSync(path.join("dist", file)), { level: 9 }).length;
  return gzipped / 1024;
}

function sizes(files) {
  let raw = 0;
  for (const file of files) raw += statSync(path.join("dist", file)).size;
  return `${(raw / 1024).toFixed(1)} KB, gzip ${gzipKb(files).toFixed(1)} KB`;
}

const FIRST_LOAD_BAR_KB = 150;
console.log(`task pane first load (${initial.join(", ")}): ${sizes(initial)} (bar: ${FIRST_LOAD_BAR_KB} KB gzip)`);
console.log(`task pane on-demand chunks (${onDemand.length} files, each loaded when first used): ${sizes(onDemand)}`);

const firstLoad = gzipKb(initial);
figures.push({ figure: "task pane first load, gzip", measured: `${firstLoad.toFixed(1)} KB`, bar: `${FIRST_LOAD_BAR_KB} KB`, met: firstLoad < FIRST_LOAD_BAR_KB });
// The figures the end-to-end suite measures in the browser, named here so that the table holds every bar.
figures.push(
  { figure: "round trips: check / rank (e2e suite, on the wire)", measured: "in the end-to-end suite", bar: "≤ 3 / ≤ 6", met: null },
  { figure: "longest main-thread task: check 6 000 rows, rank 200 villages, import 20 workbooks (e2e suite)", measured: "in the end-to-end suite", bar: "200 ms", met: null },
);
console.log("");
console.log(`Quality bars (CONTRIBUTING.md#quality-bars); load average ${loads.map((load) => load.toFixed(1)).join(", ")} as the benchmarks began, ${loadavg()[0].toFixed(1)} now, on ${os.cpus().length} processors:`);
for (const line of figureTable(figures)) console.log(line);
