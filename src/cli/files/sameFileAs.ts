import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Whether writing to `out` would overwrite one of `inputs`, however it is reached: the same path, a
 * symbolic link to it, a path through a linked folder (real paths compared), or a hard link (the same
 * device and inode). Windows and macOS ignore case in file names.
 *
 * @example await sameFileAs("link-to-report.xlsx", ["bao-cao.xlsx"]) === true
 */
export async function sameFileAs(out: string, inputs: readonly string[]): Promise<boolean> {
  const outPath = await realTarget(out);
  const outStat = await fs.stat(out).catch(() => null);
  for (const input of inputs) {
    if (fold(await realTarget(input)) === fold(outPath)) return true;
    const inputStat = await fs.stat(input).catch(() => null);
    if (outStat !== null && inputStat !== null && outStat.dev === inputStat.dev && outStat.ino === inputStat.ino) return true;
  }
  return false;
}

/** The real path a file name leads to: links followed, for a file not yet there through its real folder. */
async function realTarget(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    const folder = await fs.realpath(path.dirname(absolute)).catch(() => path.dirname(absolute));
    return path.join(folder, path.basename(absolute));
  }
}

function fold(file: string): string {
  return process.platform === "win32" || process.platform === "darwin" ? file.toLowerCase() : file;
}
