import { finding, type Finding, type FindingFact, type Result, type SheetCells } from "../../core/model";
import { readIndicatorTable } from "../../core/table/readIndicatorTable";
import { readRegularFile } from "../files/readRegularFile";
import { guardZip, type ZipProblem } from "../zip/guardZip";
import { workbookFormat } from "../sheetjs/workbookFormat";
import { type ReadSheet, readXlsxDirect } from "./readXlsxDirect";
import { packageKind } from "./slimXlsx";
import { sniffBytes } from "./sniffBytes";

// A village's workbook is a few hundred kilobytes; a 50 000-row sheet some megabytes.
export const MAX_WORKBOOK_BYTES = 200 * 2 ** 20;

/**
 * Reads every visible worksheet of a workbook as Office.js would give its cells: .xlsx and .xlsm through
 * ExcelJS; .xls (Excel 97–2003), .xlsb, .ods and an HTML table saved as .xls through SheetJS; the content
 * decides, not the extension. A file that cannot be read
 * is a `file/unreadable` finding naming the file and the reason, never an exception. Only what is needed
 * is inflated, each part's size checked first (see `guardZip`).
 *
 * @example
 * const read = await readWorkbookFile("samples/thon-na-lau.xlsx");
 * if (read.ok) read.value[0].name === "Thôn Nà Lầu";
 */
export async function readWorkbookFile(file: string): Promise<Result<SheetCells[], Finding>> {
  const read = await readRegularFile(file, MAX_WORKBOOK_BYTES);
  if (!read.ok) return unreadable(file, read.problem.reason, { ...read.problem });
  const bytes = read.bytes;
  const kind = sniffBytes(bytes);
  if (kind === "encrypted") return unreadable(file, "protected");
  const other = workbookFormat(bytes, kind);
  if (other === "csv") return unreadable(file, "csv");
  if (other === "not-workbook") return unreadable(file, kind === "text" ? "not-xlsx" : "corrupt");
  const zip = kind === "zip" ? guardZip(bytes) : null;
  if (zip !== null && !zip.ok) return zipUnreadable(file, zip.problem);
  if (other === "sheetjs") {
    // Loaded on demand, like ExcelJS below: most workbooks need neither library, and each takes a while to load.
    const { readWithSheetJs } = await import("../sheetjs/readWithSheetJs");
    const legacy = readWithSheetJs(bytes);
    // A zip SheetJS cannot read is named for the format it claims to be, so staff know what to re-save.
    if (!legacy.ok && legacy.reason === "corrupt" && zip !== null && zip.ok) {
      const format = packageKind(zip.value);
      if (format === "ods" || format === "xlsb") return unreadable(file, format);
    }
    if (!legacy.ok) return unreadable(file, legacy.reason);
    if (legacy.sheets.every((sheet) => sheet.values.length === 0)) return unreadable(file, "empty");
    return { ok: true, value: legacy.sheets };
  }
  if (zip === null || !zip.ok) return unreadable(file, "corrupt");
  const format = packageKind(zip.value);
  if (format !== "xlsx") return unreadable(file, format);
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

function unreadable(file: string, reason: string, facts: Record<string, FindingFact> = {}): Result<SheetCells[], Finding> {
  return { ok: false, failures: finding("file/unreadable", { sheet: file, cell: null, details: { ...facts, reason } }) };
}

function blankUncalculated(values: unknown[][]): void {
  for (const row of values) {
    for (let c = 0; c < row.length; c++) if (typeof row[c] === "object" && row[c] !== null) row[c] = "";
  }
}
