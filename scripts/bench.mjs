// `npm run bench`: the engine's and the command line's benchmarks (SPEC §9), then the task pane's
// production bundle size. Benchmarks measure; they never fail a build.
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
const scripts = readdirSync("dist").filter((f) => f.endsWith(".js") && f !== "commands.js" && f !== "trident-fallback.js");
let raw = 0;
let gzipped = 0;
for (const file of scripts) {
  const content = readFileSync(path.join("dist", file));
  raw += statSync(path.join("dist", file)).size;
  gzipped += gzipSync(content, { level: 9 }).length;
}
console.log(`task pane bundle (${scripts.join(", ")}): ${(raw / 1024).toFixed(1)} KB, gzip ${(gzipped / 1024).toFixed(1)} KB (bar: 250 KB)`);
