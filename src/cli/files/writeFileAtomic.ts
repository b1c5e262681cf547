import { promises as fs } from "node:fs";
import * as path from "node:path";
import { stageFile } from "./stageFile";

/**
 * Writes a file whole or not at all: the bytes go to a new file beside it, flushed to disk, which then
 * replaces the target in one rename. On any failure (a full disk, say) the new file is removed and the
 * target, if there was one, is left exactly as it was. Throws the system's error (its `code` says why).
 *
 * @example await writeFileAtomic("xep-hang-2024.xlsx", bytes)
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = await stageFile(file, bytes);
  try {
    await fs.rename(temporary, path.resolve(file));
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
