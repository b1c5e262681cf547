/** What a picked file is for the import: a workbook Excel inserts as is, one to convert first, or neither. */
export type FileKind = "xlsx" | "convert" | "csv" | "other";

/**
 * The import's kind of a file, by its extension: .xlsx and .xlsm go to Excel as they are; .xls, .xlsb, .ods
 * and an HTML table saved as .xls or .htm are converted to .xlsx in the pane first; a .csv is refused.
 *
 * @example fileKind("Nà Lầu.xls") === "convert"
 */
export function fileKind(name: string): FileKind {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (extension === "xlsx" || extension === "xlsm") return "xlsx";
  if (["xls", "xlsb", "ods", "htm", "html"].includes(extension)) return "convert";
  return extension === "csv" ? "csv" : "other";
}

// An OLE compound file: an Excel 97–2003 workbook, or an .xlsx saved with a password (an encrypted package).
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Whether a file named .xlsx is really a compound file: an .xls renamed, or a password-protected workbook.
 * Excel cannot insert either from base64; the conversion reads the one and names the other.
 *
 * @example isCompoundFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) === true
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= COMPOUND_FILE.length && COMPOUND_FILE.every((byte, index) => bytes[index] === byte);
}

/**
 * Converts a workbook Excel cannot insert from base64 (.xls in any code page, .xlsb, .ods, an HTML table)
 * into .xlsx bytes with SheetJS, which is loaded only now, the first time such a file is imported. Values,
 * number formats, merged cells, column widths and row heights are kept (an .ods keeps no widths); fonts
 * are not, as SheetJS Community Edition writes none, so bold group rows come in plain. A password-protected
 * file is said to be one.
 *
 * @example const converted = await convertToXlsx(bytes); converted.ok && insert(converted.bytes)
 */
export async function convertToXlsx(bytes: Uint8Array): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: "protected" | "unreadable" }> {
  const [XLSX, cptable] = await Promise.all([import("@e965/xlsx"), import("@e965/xlsx/dist/cpexcel")]);
  XLSX.set_cptable(cptable);
  try {
    // cellStyles brings the column widths and row heights along; merges and number formats come regardless
    const workbook = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true, cellDates: false, cellFormula: false, WTF: false });
    const written = XLSX.write(workbook, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
    return { ok: true, bytes: new Uint8Array(written) };
  } catch (error) {
    return { ok: false, reason: /password-protected/i.test(String((error as Error)?.message ?? error)) ? "protected" : "unreadable" };
  }
}
