import ExcelJS from "exceljs";
import { finding, type Finding, type FindingFact, type Result, type SheetCells } from "../../core/model";
import { readIndicatorTable } from "../../core/table/readIndicatorTable";
import { readRegularFile } from "../files/readRegularFile";
import { guardZip, type ZipProblem } from "../zip/guardZip";
import { MAX_COLUMNS, MAX_ROWS } from "./cellRange";
import { readWithSheetJs } from "../sheetjs/readWithSheetJs";
import { workbookFormat } from "../sheetjs/workbookFormat";
import { readSheetCells } from "./readSheetCells";
import { packageKind, slimXlsx } from "./slimXlsx";
import { sniffBytes } from "./sniffBytes";

// A village's workbook is a few hundred kilobytes; a 50 000-row sheet some megabytes.
export const MAX_WORKBOOK_BYTES = 200 * 2 ** 20;

// Parts of a sheet that give no cell value or number format: skipping them saves time on real workbooks
// (validation lists, conditional formats, pictures) and spares ExcelJS features it reads poorly. Merges are
// read apart (a merge over whole columns would otherwise be expanded cell by cell), and column settings
// are skipped since ExcelJS makes one object per column they span, however many.
const IGNORED_NODES = [
  "dataValidations", "conditionalFormatting", "extLst", "drawing", "picture", "hyperlinks", "headerFooter", "rowBreaks",
  "autoFilter", "tableParts", "pageSetup", "printOptions", "pageMargins", "sheetProtection", "mergeCells", "cols",
];

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
    const legacy = readWithSheetJs(bytes);
    if (!legacy.ok) return unreadable(file, legacy.reason);
    if (legacy.sheets.every((sheet) => sheet.values.length === 0)) return unreadable(file, "empty");
    return { ok: true, value: legacy.sheets };
  }
  if (zip === null || !zip.ok) return unreadable(file, "corrupt");
  const format = packageKind(zip.value);
  if (format !== "xlsx") return unreadable(file, format);
  let loaded = await load(zip.value, false);
  // A sheet whose later rows or cells lack their r= reference fails only once read: read it again with them.
  if (loaded.ok === false && loaded.problem.reason === "corrupt") loaded = await load(zip.value, true);
  if (!loaded.ok) return zipUnreadable(file, loaded.problem);
  const { workbook, merges } = loaded;
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: { cells: SheetCells; visible: boolean }[] = [];
  const formulas = { calculated: false };
  for (const sheet of workbook.worksheets) {
    const cells = readSheetCells(sheet, date1904, merges.get(sheet.id) ?? [], formulas);
    if (cells === null) return unreadable(file, "corrupt");
    sheets.push({ cells, visible: sheet.state === "visible" });
  }
  // The add-in offers only visible sheets; a hidden template or lookup list is not a village's report.
  const visible = sheets.filter((s) => s.visible).map((s) => s.cells);
  // Excel stores no value for a formula whose result is "" (=IF(E5="";"";…)); only in a file where no
  // formula has a value at all was nothing ever calculated.
  if (formulas.calculated) for (const sheet of sheets) blankUncalculated(sheet.cells.values);
  const hidden = hiddenTables(sheets, visible);
  if (hidden.length > 0) return unreadable(file, "hidden", { sheets: hidden.map((name) => `"${name}"`).join(", "), count: hidden.length });
  if (visible.every((sheet) => sheet.values.length === 0)) return unreadable(file, "empty");
  return { ok: true, value: visible };
}

async function load(zip: Parameters<typeof slimXlsx>[0], repair: boolean) {
  const slim = slimXlsx(zip, repair);
  if (!slim.ok) return slim;
  const workbook = new ExcelJS.Workbook();
  // ExcelJS writes some warnings to the console itself (a sheet name over 31 characters): the user gets
  // the program's own words or none, never a library's.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    await workbook.xlsx.load(slim.value.zip as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES, maxRows: MAX_ROWS, maxCols: MAX_COLUMNS } as ExcelJS.XlsxReadOptions);
  } catch {
    // ExcelJS throws for any malformed package; the user only needs to know the file is damaged.
    return { ok: false as const, problem: { reason: "corrupt" } as ZipProblem };
  } finally {
    console.warn = warn;
  }
  return { ok: true as const, workbook, merges: slim.value.merges };
}

/** Hidden sheets holding an indicator table, when no visible sheet holds one: the user must unhide them. */
function hiddenTables(sheets: { cells: SheetCells; visible: boolean }[], visible: SheetCells[]): string[] {
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
