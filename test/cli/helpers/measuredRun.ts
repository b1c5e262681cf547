import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { CLI, type CliRun, ROOT } from "./builtCli";

export interface MeasuredRun extends CliRun {
  /** Peak resident memory of the run, in megabytes (null when it was killed). */
  peakMb: number | null;
  seconds: number;
}

const usageDir = mkdtempSync(path.join(tmpdir(), "thidua-usage-"));
let runs = 0;

/**
 * Runs the built `thidua` as a subprocess and measures it: its own peak memory (process.resourceUsage,
 * recorded as it exits) and the time it took. Killed after `limitSeconds`, so a hang fails the test.
 *
 * @example const run = measuredRun(60, "validate", bomb); expect(run.peakMb).toBeLessThan(300)
 */
export function measuredRun(limitSeconds: number, ...args: string[]): MeasuredRun {
  const usageFile = path.join(usageDir, `run-${++runs}.json`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "recordUsage.js"), CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, THIDUA_USAGE_FILE: usageFile },
    timeout: limitSeconds * 1000,
    killSignal: "SIGKILL",
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakMb: number | null = null;
  try {
    peakMb = (JSON.parse(readFileSync(usageFile, "utf8")) as { maxRSS: number }).maxRSS / 1024;
  } catch {
    // Killed before it could record anything.
  }
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    errLines: result.stderr.split("\n").filter((line) => line !== ""),
    json: () => JSON.parse(result.stdout),
    peakMb,
    seconds,
  };
}
