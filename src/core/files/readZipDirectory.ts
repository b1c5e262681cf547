/** One file of a zip as its central directory declares it (sizes in bytes). */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN32 = 0xffffffff;

/**
 * Reads a zip's central directory without inflating anything: every part's name, method and declared sizes,
 * including zip64 sizes. Null when the bytes hold no well-formed directory (a damaged or truncated file).
 * Plain bytes in, so that the command line and the pane read a zip's parts the same way.
 *
 * @example readZipDirectory(bytes, 100_000)?.find((entry) => entry.name === "xl/workbook.xml")?.size
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === UNKNOWN32 || directoryOffset === UNKNOWN32) {
    const zip64 = readZip64End(view, end);
    if (zip64 === null) return null;
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (count > maxEntries || directoryOffset + directorySize > bytes.length) return null;
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) return null;
    const flags = view.getUint16(at + 8, true);
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8; else the old DOS code page, whose ASCII part is all a workbook uses.
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
      method: view.getUint16(at + 10, true),
      flags,
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (!applyZip64Extra(entry, view, at + 46 + nameLength, extraLength)) return null;
    entries.push(entry);
    at = next;
  }
  return entries;
}

function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - END_LENGTH - MAX_COMMENT);
  for (let at = view.byteLength - END_LENGTH; at >= stop; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  return -1;
}

function readZip64End(view: DataView, end: number): { count: number; directorySize: number; directoryOffset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record === null || record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_SIGNATURE) return null;
  const count = safeNumber(view.getBigUint64(record + 32, true));
  const directorySize = safeNumber(view.getBigUint64(record + 40, true));
  const directoryOffset = safeNumber(view.getBigUint64(record + 48, true));
  if (count === null || directorySize === null || directoryOffset === null) return null;
  return { count, directorySize, directoryOffset };
}

/** Replaces the 32-bit fields marked unknown by the zip64 extra field's 64-bit values, in the order the format sets. */
function applyZip64Extra(entry: ZipEntry, view: DataView, start: number, length: number): boolean {
  const wanted = (["size", "compressedSize", "localOffset"] as const).filter((field) => entry[field] === UNKNOWN32);
  if (wanted.length === 0) return true;
  const stop = start + length;
  for (let at = start; at + 4 <= stop; ) {
    const id = view.getUint16(at, true);
    const fieldLength = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      if (fieldLength < wanted.length * 8 || at + 4 + fieldLength > stop) return false;
      for (const [index, field] of wanted.entries()) {
        const value = safeNumber(view.getBigUint64(at + 4 + index * 8, true));
        if (value === null) return false;
        entry[field] = value;
      }
      return true;
    }
    at += 4 + fieldLength;
  }
  return false;
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  const latin1 = String.fromCharCode(...bytes);
  if (!utf8) return latin1;
  try {
    return decodeURIComponent(Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""));
  } catch {
    return latin1;
  }
}
