import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Writes bytes to a new file beside `file` (same folder, so a rename can put it in place in one step),
 * flushed to disk, and returns the new file's path. The folder is created if needed; on any failure the
 * new file is removed and the system's error thrown (its `code` says why). `file` itself is not touched.
 *
 * @example const temporary = await stageFile("out/bao-cao-na-lau-2024.xlsx", bytes); await fs.rename(temporary, "out/bao-cao-na-lau-2024.xlsx")
 */
export async function stageFile(file: string, bytes: Uint8Array): Promise<string> {
  const target = path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temporary;
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
