const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: old .xls workbooks, and .xlsx files saved with a password (encrypted package).
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted workbook's compound file holds streams named in UTF-16: "EncryptionInfo", "EncryptedPackage".
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

// Text (a .csv, a web page or a note renamed .xlsx) has no NUL byte; a damaged binary almost always has.
const TEXT_SNIFF_BYTES = 4096;

/** What a file's first bytes say it is. */
export type ByteKind = "zip" | "encrypted" | "compound" | "text" | "other";

/**
 * Tells a zip (.xlsx) from an encrypted workbook, an old binary workbook, a text file and anything else,
 * by content.
 *
 * @example sniffBytes(fs.readFileSync("bao-cao.xlsx")) === "zip"
 */
export function sniffBytes(bytes: Buffer): ByteKind {
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, CFB_MAGIC)) return bytes.includes(ENCRYPTION_INFO) ? "encrypted" : "compound";
  if (bytes.length > 0 && !bytes.subarray(0, TEXT_SNIFF_BYTES).includes(0)) return "text";
  return "other";
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}
