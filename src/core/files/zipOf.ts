import type { ZipEntry } from "./readZipDirectory";
import { utf8Bytes } from "./utf8";

/** A part of a zip to write: its bytes as stored (method 0) or raw deflate data (method 8) and the size it inflates to. */
export interface ZipPartBytes {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  size: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * A zip of these parts, every size written in both the local header and the directory, no data
 * descriptor. CRCs are left 0, which readers that do not verify them (SheetJS) accept.
 *
 * @example zipOf([{ name: "mimetype", method: 0, data: utf8Bytes("application/zip"), size: 15 }])
 */
export function zipOf(parts: readonly ZipPartBytes[]): Uint8Array {
  const names = parts.map((p) => utf8Bytes(p.name));
  const localSize = parts.reduce((n, p, i) => n + 30 + names[i].length + p.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true);
    view.setUint16(at + 8, part.method, true);
    view.setUint32(at + 18, part.data.length, true);
    view.setUint32(at + 22, part.size, true);
    view.setUint16(at + 26, names[i].length, true);
    out.set(names[i], at + 30);
    out.set(part.data, at + 30 + names[i].length);
    at += 30 + names[i].length + part.data.length;
  });
  const directory = at;
  parts.forEach((part, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, part.method, true);
    view.setUint32(at + 20, part.data.length, true);
    view.setUint32(at + 24, part.size, true);
    view.setUint16(at + 28, names[i].length, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

/**
 * The compressed data of one part as its directory entry declares it; null when the local header is not
 * where the directory says, the part is encrypted or stored in a way other than stored or deflated, or the
 * data runs past the file.
 *
 * @example const raw = rawPart(bytes, entry); raw && zipOf([{ ...raw, name: entry.name }])
 */
export function rawPart(bytes: Uint8Array, entry: ZipEntry): Omit<ZipPartBytes, "name"> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (entry.flags & 0x1 || (entry.method !== 0 && entry.method !== 8) || local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return null;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  if (entry.method === 0 && entry.compressedSize !== entry.size) return null;
  return { method: entry.method, data: bytes.subarray(start, start + entry.compressedSize), size: entry.size };
}
