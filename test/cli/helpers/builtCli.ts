import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const CLI = path.join(ROOT, "build/src/cli/main.js");

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

function isFresh(): boolean {
  return existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(newest(path.join(ROOT, "src/cli")), newest(path.join(ROOT, "src/core")));
}

/**
 * Compiles the command line (tsc -p tsconfig.cli.json) when build/ is missing or older than the sources.
 * Test files run in parallel, so one compiles while the others wait for it.
 */
export async function ensureBuiltCli(): Promise<void> {
  if (isFresh()) return;
  const lock = path.join(ROOT, "build", ".cli-test-build");
  mkdirSync(path.dirname(lock), { recursive: true });
  // A lock left by a run that was killed mid-build would otherwise hold every later run up.
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; waited < 170_000 && existsSync(lock); waited += 500) await new Promise((r) => setTimeout(r, 500));
    return;
  }
  try {
    spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(CLI)) throw new Error("the command line did not compile: run npx tsc -p tsconfig.cli.json");
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into lines, without the trailing empty one. */
  errLines: string[];
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Runs the built `thidua` as a subprocess, as a user would. */
export function thidua(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    errLines: result.stderr.split("\n").filter((line) => line !== ""),
    json: () => JSON.parse(result.stdout),
  };
}
