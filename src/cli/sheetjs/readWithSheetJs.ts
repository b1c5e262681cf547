import * as XLSX from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel.js";
import type { SheetCells } from "../../core/model";
import { sheetJsCells } from "./sheetJsCells";

// Code pages beyond Windows-1252, so that an .xls saved in code page 1258 (Vietnamese) reads as Unicode.
XLSX.set_cptable(cptable);

/** Why SheetJS could not read a workbook. */
export type SheetJsFailure = "protected" | "corrupt";

/**
 * Reads the visible sheets of a workbook SheetJS knows (.xls of Excel 97–2003 in any code page, an HTML
 * table saved as .xls, and the slim zip `sheetJsZip` makes of an .xlsb or .ods) into the core's cells:
 * values as `Range.values` gives them and each cell's number format, laid out as every format is (see
 * `sheetJsCells`). Never throws.
 *
 * @example const read = readWithSheetJs(fs.readFileSync("bao-cao-2003.xls")); read.ok && read.sheets[0].name
 */
export function readWithSheetJs(bytes: Buffer): { ok: true; sheets: SheetCells[] } | { ok: false; reason: SheetJsFailure } {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: "buffer", dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, WTF: false });
  } catch (error) {
    return { ok: false, reason: /password-protected|ODS Encryption/iu.test(String((error as Error)?.message ?? error)) ? "protected" : "corrupt" };
  }
  const hidden = new Set((workbook.Workbook?.Sheets ?? []).filter((sheet) => sheet.Hidden).map((sheet) => sheet.name));
  const sheets: SheetCells[] = [];
  for (const name of workbook.SheetNames) {
    if (hidden.has(name)) continue;
    const cells = sheetJsCells(name, workbook.Sheets[name]);
    if (cells === null) return { ok: false, reason: "corrupt" };
    sheets.push(cells);
  }
  return { ok: true, sheets };
}
