// The command line on the six sample village reports against ExcelJS merely loading the same files
// (SPEC §9: the command line may take at most 1.5× the loading time). Measured in-process, which is what
// the bar is about, and as subprocesses, which is what a user waits for.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../src/cli/runCli";
import { writeSamples } from "../src/cli/samples/writeSamples";
import { SAMPLE_CONFIG_FILE, SAMPLE_VILLAGES } from "../src/core/samples";

const ROUNDS = 31;
const PROCESS_ROUNDS = 7;

interface Timing {
  median: number;
  best: number;
}

function timing(times: number[]): Timing {
  return { median: median(times), best: Math.min(...times) };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Times two pieces of work in alternation, so a busy machine slows both alike; medians and bests in ms. */
async function timePair(rounds: number, first: () => unknown, second: () => unknown): Promise<[Timing, Timing]> {
  await first();
  await second();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    for (const [index, work] of [first, second].entries()) {
      const start = process.hrtime.bigint();
      await work();
      times[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return [timing(times[0]), timing(times[1])];
}

/** Runs the benchmark and returns the lines to print. */
export async function run(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
  await writeSamples(dir);
  const files = SAMPLE_VILLAGES.map((village) => path.join(dir, village.fileName));
  const config = path.join(dir, SAMPLE_CONFIG_FILE);
  const rankArgs = ["rank", ...files, "--config", config, "--json"];
  const silent = { out: () => undefined, err: () => undefined };

  const [load, cli] = await timePair(
    ROUNDS,
    async () => {
      for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    },
    () => runCli(rankArgs, silent),
  );

  const main = path.resolve(__dirname, "../src/cli/main.js");
  const loadScript = `const E=require("exceljs");(async()=>{for(const f of ${JSON.stringify(files)})await new E.Workbook().xlsx.readFile(f)})()`;
  const [loadProcess, cliProcess] = await timePair(
    PROCESS_ROUNDS,
    () => spawnSync(process.execPath, ["-e", loadScript], { cwd: process.cwd() }),
    () => spawnSync(process.execPath, [main, ...rankArgs]),
  );

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  return [
    `cli: rank on the six sample reports, in-process: median ${ms(cli.median)}, best ${ms(cli.best)} (${ROUNDS} rounds)`,
    `cli: ExcelJS loading the same six files: median ${ms(load.median)}, best ${ms(load.best)}; ` +
      `ratio ${ratio(cli.median, load.median)} of medians, ${ratio(cli.best, load.best)} of bests (bar: 1.5×)`,
    `cli: as processes (node start included): thidua rank ${ms(cliProcess.median)}, node + ExcelJS load ${ms(loadProcess.median)}; ` +
      `ratio ${ratio(cliProcess.median, loadProcess.median)} (medians of ${PROCESS_ROUNDS})`,
  ];
}
