import { constants, promises as fs } from "node:fs";
import { fileProblem, type FileProblem } from "./fileProblem";

/** The file's bytes, or why they cannot be read. */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; problem: FileProblem };

// Opening without blocking: a FIFO with no writer would otherwise hang the open itself. The descriptor is
// then checked to be a regular file before a byte is read (a link to /dev/zero never ends).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole input file, refusing at once what is not a regular file (a folder, a device, a FIFO, a
 * socket) and what is larger than `maxBytes`, and naming the real cause of any failure.
 *
 * @example const read = await readRegularFile("bao-cao.xlsx", 256 * 2 ** 20); if (read.ok) read.bytes.length
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<FileRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, problem: fileProblem(error) };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, problem: { reason: "directory" } };
    if (!stat.isFile()) return { ok: false, problem: { reason: "not-regular" } };
    if (stat.size > maxBytes) return { ok: false, problem: { reason: "too-large", size: stat.size, limit: maxBytes } };
    return await readBounded(handle, stat.size, maxBytes);
  } catch (error) {
    return { ok: false, problem: fileProblem(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads to the end, never past `maxBytes` even when the file grows or reports no size (as /proc files do). */
async function readBounded(handle: fs.FileHandle, size: number, maxBytes: number): Promise<FileRead> {
  let buffer = Buffer.allocUnsafe(Math.max(size, 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length > maxBytes) return { ok: false, problem: { reason: "too-large", size: length, limit: maxBytes } };
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) return { ok: false, problem: { reason: "too-large", size: length, limit: maxBytes } };
  return { ok: true, bytes: buffer.subarray(0, length) };
}
