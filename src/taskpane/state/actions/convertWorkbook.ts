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

/**
 * Converts a workbook Excel cannot insert from base64 (.xls in any code page, .xlsb, .ods, an HTML table)
 * into .xlsx bytes with SheetJS, which is loaded only now, the first time such a file is imported. Values
 * and number formats are kept; a password-protected file is said to be one.
 *
 * @example const converted = await convertToXlsx(bytes); converted.ok && insert(converted.bytes)
 */
export async function convertToXlsx(bytes: Uint8Array): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: "protected" | "unreadable" }> {
  const [XLSX, cptable] = await Promise.all([import("@e965/xlsx"), import("@e965/xlsx/dist/cpexcel")]);
  XLSX.set_cptable(cptable);
  try {
    const workbook = XLSX.read(bytes, { type: "array", cellNF: true, cellDates: false, cellFormula: false, WTF: false });
    const written = XLSX.write(workbook, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
    return { ok: true, bytes: new Uint8Array(written) };
  } catch (error) {
    return { ok: false, reason: /password-protected/i.test(String((error as Error)?.message ?? error)) ? "protected" : "unreadable" };
  }
}
