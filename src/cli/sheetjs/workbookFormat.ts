import type { ByteKind } from "../xlsx/sniffBytes";

/** Which library reads a file: ExcelJS (.xlsx, .xlsm), SheetJS (.xls, .xlsb, .ods, an HTML table), or none. */
export type WorkbookFormat = "exceljs" | "sheetjs" | "csv" | "not-workbook";

const ODS_MIMETYPE = Buffer.from("application/vnd.oasis.opendocument.spreadsheet");
// Part names are stored as plain text in a zip's headers, even when the parts are compressed.
const ODS_CONTENT = Buffer.from("content.xml");
const OOXML_TYPES = Buffer.from("[Content_Types].xml");
const XLSB_PART = Buffer.from("xl/workbook.bin");
const TEXT_SNIFF = 4096;

/**
 * The reader for a file, decided by its content, not its extension (a file's extension may lie): a zip is
 * an .xlsx/.xlsm, unless it is an OpenDocument spreadsheet or an .xlsb; a compound file is an .xls; text
 * is an HTML table (web systems export those as .xls) or, with separators on every line, a CSV.
 *
 * @example workbookFormat(fs.readFileSync("bao-cao-2003.xls"), "compound") === "sheetjs"
 */
export function workbookFormat(bytes: Buffer, kind: ByteKind): WorkbookFormat {
  if (kind === "zip") return isOds(bytes) || bytes.includes(XLSB_PART) ? "sheetjs" : "exceljs";
  if (kind === "compound") return "sheetjs";
  if (kind !== "text") return "not-workbook";
  const head = bytes.subarray(0, TEXT_SNIFF).toString("utf8");
  if (/<\s*(?:html|table|!doctype\s+html)\b/iu.test(head)) return "sheetjs";
  return looksLikeCsv(head) ? "csv" : "not-workbook";
}

function isOds(bytes: Buffer): boolean {
  return bytes.subarray(0, 200).includes(ODS_MIMETYPE) || (bytes.includes(ODS_CONTENT) && !bytes.includes(OOXML_TYPES));
}

function looksLikeCsv(head: string): boolean {
  const lines = head.split(/\r?\n/u).filter((line) => line.trim() !== "").slice(0, 10);
  return lines.length > 1 && lines.every((line) => /[,;\t]/u.test(line));
}
