import { finding, type Finding, type FindingFact, type Result, type SheetCells } from "../../core/model";
import { readIndicatorTable } from "../../core/table/readIndicatorTable";
import { readRegularFile } from "../files/readRegularFile";
import { workbookFormat } from "../../core/files/workbookFormat";
import { ODS_MAX_CELLS, type OdsRepeatProblem } from "../../core/files/boundOdsRepeats";
import { sheetJsZip } from "../sheetjs/sheetJsZip";
import { guardZip, type ZipProblem } from "../zip/guardZip";
import { type ReadSheet, readXlsxDirect } from "./readXlsxDirect";

// A village's workbook is a few hundred kilobytes; a 50 000-row sheet some megabytes.
export const MAX_WORKBOOK_BYTES = 200 * 2 ** 20;

/**
 * Reads every visible worksheet of a workbook as Office.js would give its cells: .xlsx and .xlsm through
 * the direct reader or ExcelJS; .xls (Excel 97–2003), .xlsb, .ods and an HTML table saved as .xls through
 * SheetJS; the content decides, not the extension (see `workbookFormat`, which the pane's import asks too).
 * A file that cannot be read is a `file/unreadable` finding naming the file and the reason, never an
 * exception. Of every zip-based format only the parts needed are inflated, each part's size checked first
 * (see `guardZip`), and an .ods's repeated cells are bounded (see `boundOdsRepeats`).
 *
 * @example
 * const read = await readWorkbookFile("samples/thon-na-lau.xlsx");
 * if (read.ok) read.value[0].name === "Thôn Nà Lầu";
 */
export async function readWorkbookFile(file: string): Promise<Result<SheetCells[], Finding>> {
  const read = await readRegularFile(file, MAX_WORKBOOK_BYTES);
  if (!read.ok) return unreadable(file, read.problem.reason, { ...read.problem });
  const bytes = read.bytes;
  const format = workbookFormat(bytes);
  switch (format) {
    case "encrypted":
      return unreadable(file, "protected");
    case "csv":
    case "zip":
      return unreadable(file, format);
    case "text":
      return unreadable(file, "not-xlsx");
    case "other":
    case "damaged":
      return unreadable(file, "corrupt");
    case "xls":
    case "html":
      return readThroughSheetJs(file, bytes);
    case "ods":
    case "xlsb":
    case "xlsx":
      break;
  }
  // Every zip-based format goes through the same guard, whichever library reads it after.
  const zip = guardZip(bytes);
  if (!zip.ok) return zipUnreadable(file, zip.problem);
  if (format === "ods" || format === "xlsb") {
    const slim = sheetJsZip(zip.value, format);
    if (!slim.ok) return slim.problem.reason === "ods-repeat" ? repeatUnreadable(file, slim.problem.repeat) : zipUnreadable(file, slim.problem);
    // A zip SheetJS cannot read is named for the format it claims to be, so staff know what to re-save.
    return readThroughSheetJs(file, slim.bytes, format);
  }
  const workbook = readXlsxDirect(zip.value) ?? (await (await import("./readWithExcelJs")).readWithExcelJs(zip.value));
  if (!workbook.ok) return workbook.problem === "sheet" ? unreadable(file, "corrupt") : zipUnreadable(file, workbook.problem);
  const { sheets, calculated } = workbook;
  // The add-in offers only visible sheets; a hidden template or lookup list is not a village's report.
  const visible = sheets.filter((s) => s.visible).map((s) => s.cells);
  // Excel stores no value for a formula whose result is "" (=IF(E5="";"";…)); only in a file where no
  // formula has a value at all was nothing ever calculated.
  if (calculated) for (const sheet of sheets) blankUncalculated(sheet.cells.values);
  const hidden = hiddenTables(sheets, visible);
  if (hidden.length > 0) return unreadable(file, "hidden", { sheets: hidden.map((name) => `"${name}"`).join(", "), count: hidden.length });
  if (visible.every((sheet) => sheet.values.length === 0)) return unreadable(file, "empty");
  return { ok: true, value: visible };
}

/** A workbook SheetJS reads; when it cannot, a damaged .ods or .xlsb is named as one. */
async function readThroughSheetJs(file: string, bytes: Buffer, format?: "ods" | "xlsb"): Promise<Result<SheetCells[], Finding>> {
  // Loaded on demand, like ExcelJS: most workbooks need neither library, and each takes a while to load.
  const { readWithSheetJs } = await import("../sheetjs/readWithSheetJs");
  const read = readWithSheetJs(bytes);
  if (!read.ok) return unreadable(file, read.reason === "corrupt" && format !== undefined ? format : read.reason);
  if (read.sheets.every((sheet) => sheet.values.length === 0)) return unreadable(file, "empty");
  return { ok: true, value: read.sheets };
}

/** Hidden sheets holding an indicator table, when no visible sheet holds one: the user must unhide them. */
function hiddenTables(sheets: ReadSheet[], visible: SheetCells[]): string[] {
  const hidden = sheets.filter((s) => !s.visible && s.cells.values.length > 0).map((s) => s.cells);
  if (hidden.length === 0) return [];
  const withTable = (sheet: SheetCells) => readIndicatorTable(sheet).indicators.length > 0;
  if (visible.some(withTable)) return [];
  return hidden.filter(withTable).map((sheet) => sheet.name);
}

function zipUnreadable(file: string, problem: ZipProblem): Result<SheetCells[], Finding> {
  return problem.reason === "corrupt" ? unreadable(file, "corrupt") : unreadable(file, problem.reason, { part: problem.part, size: problem.size, limit: problem.limit });
}

function repeatUnreadable(file: string, repeat: OdsRepeatProblem): Result<SheetCells[], Finding> {
  return unreadable(file, "ods-repeat", { sheetName: repeat.sheet, at: repeat.cell, rows: repeat.rows, columns: repeat.columns, most: ODS_MAX_CELLS });
}

function unreadable(file: string, reason: string, facts: Record<string, FindingFact> = {}): Result<SheetCells[], Finding> {
  return { ok: false, failures: finding("file/unreadable", { sheet: file, cell: null, details: { ...facts, reason } }) };
}

function blankUncalculated(values: unknown[][]): void {
  for (const row of values) {
    for (let c = 0; c < row.length; c++) if (typeof row[c] === "object" && row[c] !== null) row[c] = "";
  }
}
