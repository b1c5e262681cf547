import { readZipDirectory, type ZipEntry } from "./readZipDirectory";

/**
 * What a file is, told by its content and never by its name (an extension may lie):
 * - `xlsx` an Office Open XML workbook (.xlsx, .xlsm, .xltx): a zip holding the workbook part xl/workbook.xml;
 * - `xlsb` an Excel binary workbook: a zip holding xl/workbook.bin and no xl/workbook.xml;
 * - `ods` an OpenDocument spreadsheet: a zip whose mimetype part names one, with its content.xml;
 * - `xls` an Excel 97–2003 workbook (an OLE compound file); `encrypted` a workbook saved with a password;
 * - `html` a web page holding a table (web systems export those as .xls); `csv` text with separators;
 * - `zip` any other zip (a .docx, a folder zipped); `damaged` a zip without a readable directory;
 * - `text` other text; `other` anything else.
 */
export type WorkbookFormat = "xlsx" | "xlsb" | "ods" | "xls" | "encrypted" | "html" | "csv" | "zip" | "damaged" | "text" | "other";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: old .xls workbooks, and workbooks saved with a password (an encrypted package).
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted workbook's compound file holds streams named in UTF-16: "EncryptionInfo", "EncryptedPackage".
const ENCRYPTION_INFO = utf16("EncryptionInfo");
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
// Text (a .csv, a web page or a note renamed .xlsx) has no NUL byte; a damaged binary almost always has.
const TEXT_SNIFF = 4096;
const MAX_ZIP_ENTRIES = 100_000;

/**
 * The format of a file's bytes, the one answer the command line and the pane's import both ask: a zip by
 * the parts its directory names (nothing is inflated), a compound file by its streams, text by its first
 * lines. Stray bytes decide nothing: a part merely named "…xl/workbook.bin…" in an .xlsx leaves it an .xlsx.
 *
 * @example workbookFormat(fs.readFileSync("bao-cao-2003.xls")) === "xls"
 */
export function workbookFormat(bytes: Uint8Array): WorkbookFormat {
  if (startsWith(bytes, ZIP_MAGIC)) return zipFormat(bytes);
  if (startsWith(bytes, CFB_MAGIC)) return indexOf(bytes, ENCRYPTION_INFO) >= 0 ? "encrypted" : "xls";
  if (bytes.length === 0 || bytes.subarray(0, TEXT_SNIFF).includes(0)) return "other";
  const head = latin1(bytes.subarray(0, TEXT_SNIFF));
  if (/<\s*(?:html|table|!doctype\s+html)\b/iu.test(head)) return "html";
  return looksLikeCsv(head) ? "csv" : "text";
}

function zipFormat(bytes: Uint8Array): WorkbookFormat {
  const entries = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  if (entries === null) return "damaged";
  const byName = new Map(entries.map((entry) => [entry.name.replace(/^\/+/, ""), entry]));
  if (byName.has("xl/workbook.xml")) return "xlsx";
  if (byName.has("xl/workbook.bin")) return "xlsb";
  const mimetype = byName.get("mimetype");
  if (mimetype !== undefined && byName.has("content.xml") && odsMimetype(bytes, mimetype)) return "ods";
  return "zip";
}

/**
 * Whether the mimetype part names a spreadsheet. OpenDocument stores it first and uncompressed, so it is read
 * as it lies; a compressed one (never written by an office suite) is taken at its word of being OpenDocument.
 */
function odsMimetype(bytes: Uint8Array, entry: ZipEntry): boolean {
  if (entry.method !== 0) return true;
  const local = entry.localOffset;
  if (local + 30 > bytes.length) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  return latin1(bytes.subarray(start, start + entry.size)).trim() === ODS_MIMETYPE;
}

function looksLikeCsv(head: string): boolean {
  const lines = head.split(/\r?\n/u).filter((line) => line.trim() !== "").slice(0, 10);
  return lines.length > 1 && lines.every((line) => /[,;\t]/u.test(line));
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function indexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && bytes[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
  }
  return -1;
}

function utf16(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0), 0]));
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return text;
}
