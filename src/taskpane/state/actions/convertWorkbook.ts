import { workbookFormat } from "../../../core/files/workbookFormat";
import type { Finding } from "../../../core/model";
import { conversionFinding, guardConversion } from "./guardConversion";

/**
 * What a picked file is for the import: a workbook Excel inserts as is, one to convert first, a workbook
 * saved with a password, a damaged one, a .csv, or no spreadsheet at all.
 */
export type FileKind = "xlsx" | "convert" | "protected" | "damaged" | "csv" | "other";

/**
 * The import's kind of a file, by its content as the command line tells it (`workbookFormat`), whatever its
 * name says: an .xlsx or .xlsm goes to Excel as it is; an .xls, .xlsb, .ods or an HTML table saved as .xls
 * is converted to .xlsx in the pane first; a .csv and anything else are refused.
 *
 * @example fileKind(bytesOf("Nà Lầu.xls")) === "convert"
 */
export function fileKind(bytes: Uint8Array): FileKind {
  switch (workbookFormat(bytes)) {
    case "xlsx":
      return "xlsx";
    case "xlsb":
    case "ods":
    case "xls":
    case "html":
      return "convert";
    case "encrypted":
      return "protected";
    case "damaged":
      return "damaged";
    case "csv":
      return "csv";
    default:
      return "other";
  }
}

/**
 * Converts a workbook Excel cannot insert from base64 (.xls in any code page, .xlsb, .ods, an HTML table)
 * into .xlsx bytes with SheetJS, which is loaded only now, the first time such a file is imported. Values,
 * number formats, merged cells, column widths and row heights are kept (an .ods keeps no widths); fonts
 * are not, as SheetJS Community Edition writes none, so bold group rows come in plain. A password-protected
 * file is said to be one. A zip bomb or an .ods repeating a cell past what can be read is not converted
 * but named, as the command line names it (`guardConversion`, `found`).
 *
 * @example const converted = await convertToXlsx(bytes, "Nà Lầu.ods"); converted.ok && insert(converted.bytes)
 */
export async function convertToXlsx(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: "protected" | "unreadable" } | { ok: false; reason: "guarded"; found: Finding }> {
  const [XLSX, cptable] = await Promise.all([import("@e965/xlsx"), import("@e965/xlsx/dist/cpexcel")]);
  XLSX.set_cptable(cptable);
  const guarded = guardConversion(bytes, XLSX);
  if (!guarded.ok) return guarded.problem.reason === "corrupt" ? { ok: false, reason: "unreadable" } : { ok: false, reason: "guarded", found: conversionFinding(fileName, guarded.problem) };
  try {
    // cellStyles brings the column widths and row heights along; merges and number formats come regardless
    const workbook = XLSX.read(guarded.bytes, { type: "array", cellNF: true, cellStyles: true, cellDates: false, cellFormula: false, WTF: false });
    const written = XLSX.write(workbook, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
    return { ok: true, bytes: new Uint8Array(written) };
  } catch (error) {
    return { ok: false, reason: /password-protected/i.test(String((error as Error)?.message ?? error)) ? "protected" : "unreadable" };
  }
}
