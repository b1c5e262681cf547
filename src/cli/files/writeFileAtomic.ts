import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Writes a file whole or not at all: the bytes go to a new file beside it, flushed to disk, which then
 * replaces the target in one rename. On any failure (a full disk, say) the new file is removed and the
 * target, if there was one, is left exactly as it was. Throws the system's error (its `code` says why).
 *
 * @example await writeFileAtomic("xep-hang-2024.xlsx", bytes)
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
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
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
