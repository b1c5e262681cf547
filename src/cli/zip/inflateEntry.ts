import { inflateRawSync } from "node:zlib";
import type { ZipEntry } from "../../core/files/readZipDirectory";

const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** A part's bytes, or why not: "corrupt" (damaged, encrypted, or inflating to more than it declares). */
export type Inflated = { ok: true; bytes: Buffer } | { ok: false; problem: "corrupt" };

/**
 * Inflates one part of a zip, never producing more than the size its directory entry declares: a part
 * that lies about its size is stopped as soon as it passes it, so memory stays bounded by what was
 * checked beforehand (see `checkZipSizes`).
 *
 * @example const sheet = inflateEntry(bytes, entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!)
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Inflated {
  const local = entry.localOffset;
  if (entry.flags & 0x1 || local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) return { ok: false, problem: "corrupt" };
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return { ok: false, problem: "corrupt" };
  if (entry.method === STORED) return data.length === entry.size ? { ok: true, bytes: data } : { ok: false, problem: "corrupt" };
  if (entry.method !== DEFLATED) return { ok: false, problem: "corrupt" };
  try {
    // One byte more than declared: reaching it proves the declaration false without inflating further.
    const inflated = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    return inflated.length === entry.size ? { ok: true, bytes: inflated } : { ok: false, problem: "corrupt" };
  } catch {
    return { ok: false, problem: "corrupt" };
  }
}
