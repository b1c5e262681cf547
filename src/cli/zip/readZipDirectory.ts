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
 *
 * @example readZipDirectory(bytes)?.find((entry) => entry.name === "xl/workbook.xml")?.size
 */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipEntry[] | null {
  const end = findEnd(bytes);
  if (end < 0) return null;
  let count = bytes.readUInt16LE(end + 10);
  let directorySize = bytes.readUInt32LE(end + 12);
  let directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === UNKNOWN32 || directoryOffset === UNKNOWN32) {
    const zip64 = readZip64End(bytes, end);
    if (zip64 === null) return null;
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (count > maxEntries || directoryOffset + directorySize > bytes.length) return null;
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) return null;
    const flags = bytes.readUInt16LE(at + 8);
    const entry: ZipEntry = {
      // Bit 11: the name is UTF-8; else the old DOS code page, whose ASCII part is all a workbook uses.
      name: bytes.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      flags,
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    if (!applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))) return null;
    entries.push(entry);
    at = next;
  }
  return entries;
}

function findEnd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - END_LENGTH - MAX_COMMENT);
  for (let at = bytes.length - END_LENGTH; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  return -1;
}

function readZip64End(bytes: Buffer, end: number): { count: number; directorySize: number; directoryOffset: number } | null {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record === null || record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_SIGNATURE) return null;
  const count = safeNumber(bytes.readBigUInt64LE(record + 32));
  const directorySize = safeNumber(bytes.readBigUInt64LE(record + 40));
  const directoryOffset = safeNumber(bytes.readBigUInt64LE(record + 48));
  if (count === null || directorySize === null || directoryOffset === null) return null;
  return { count, directorySize, directoryOffset };
}

/** Replaces the 32-bit fields marked unknown by the zip64 extra field's 64-bit values, in the order the format sets. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): boolean {
  const wanted = (["size", "compressedSize", "localOffset"] as const).filter((field) => entry[field] === UNKNOWN32);
  if (wanted.length === 0) return true;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      if (length < wanted.length * 8 || at + 4 + length > extra.length) return false;
      for (const [index, field] of wanted.entries()) {
        const value = safeNumber(extra.readBigUInt64LE(at + 4 + index * 8));
        if (value === null) return false;
        entry[field] = value;
      }
      return true;
    }
    at += 4 + length;
  }
  return false;
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}
