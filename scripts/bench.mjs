// `npm run bench`: the engine's and the command line's benchmarks (CONTRIBUTING.md#quality-bars), then the task pane's
// production bundle: its first load against CONTRIBUTING.md#quality-bars's bar, and the chunks it loads on demand. Benchmarks
// measure; they never fail a build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status || 1);
}

run("npx", ["tsc", "-p", "tsconfig.cli.json"]);
const benchDir = path.resolve("build/bench");
const benches = existsSync(benchDir) ? readdirSync(benchDir).filter((f) => f.endsWith(".bench.js")).sort() : [];
if (benches.length === 0) console.log("No benchmarks found in bench/.");
for (const file of benches) {
  const { run: runBench } = await import(path.join(benchDir, file));
  for (const line of await runBench()) console.log(line);
}

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

function sizes(files) {
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const content = readFileSync(path.join("dist", file));
    raw += statSync(path.join("dist", file)).size;
    gzipped += gzipSync(content, { level: 9 }).length;
  }
  return `${(raw / 1024).toFixed(1)} KB, gzip ${(gzipped / 1024).toFixed(1)} KB`;
}

console.log(`task pane first load (${initial.join(", ")}): ${sizes(initial)} (bar: 150 KB gzip)`);
console.log(`task pane on-demand chunks (${onDemand.length} files, each loaded when first used): ${sizes(onDemand)}`);
