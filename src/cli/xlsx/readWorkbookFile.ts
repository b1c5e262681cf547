import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { finding, type Finding, type Result, type SheetCells } from "../../core/model";
import { readSheetCells } from "./readSheetCells";
import { sniffBytes } from "./sniffBytes";
import type { UnreadableReason } from "./unreadableReason";

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

// Parts of a sheet that give no cell value or number format: skipping them saves time on real workbooks
// (validation lists, conditional formats, pictures) and spares ExcelJS features it reads poorly.
const IGNORED_NODES = [
  "dataValidations", "conditionalFormatting", "extLst", "drawing", "picture", "hyperlinks", "headerFooter", "rowBreaks",
  "autoFilter", "tableParts", "pageSetup", "printOptions", "pageMargins", "sheetProtection",
];

/**
 * Reads every visible worksheet of an .xlsx file as Office.js would give its cells. A file that cannot be read
 * is a `file/unreadable` finding naming the file and the reason, never an exception.
 *
 * @example
 * const read = await readWorkbookFile("samples/thon-na-lau.xlsx");
 * if (read.ok) read.value[0].name === "Thôn Nà Lầu";
 */
export async function readWorkbookFile(file: string): Promise<Result<SheetCells[], Finding>> {
  const bytes = await readBytes(file);
  if (typeof bytes === "string") return unreadable(file, bytes);
  const kind = sniffBytes(bytes);
  if (kind === "encrypted") return unreadable(file, "protected");
  if (!WORKBOOK_EXTENSIONS.has(path.extname(file).toLowerCase()) || kind === "compound" || kind === "text") {
    return unreadable(file, "not-xlsx");
  }
  if (kind !== "zip") return unreadable(file, "corrupt");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    // ExcelJS throws for any malformed package; the user only needs to know the file is damaged.
    return unreadable(file, "corrupt");
  }
  const date1904 = Boolean(workbook.properties?.date1904);
  // The add-in offers only visible sheets; a hidden template or lookup list is not a village's report.
  const formulas = { calculated: false };
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => readSheetCells(sheet, date1904, formulas));
  // Excel stores no value for a formula whose result is "" (=IF(E5="";"";…)); only in a file where no
  // formula has a value at all was nothing ever calculated.
  if (formulas.calculated) for (const sheet of sheets) blankUncalculated(sheet.values);
  if (sheets.every((sheet) => sheet.values.length === 0)) return unreadable(file, "empty");
  return { ok: true, value: sheets };
}

async function readBytes(file: string): Promise<Buffer | UnreadableReason> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return "directory";
    return await fs.readFile(file);
  } catch {
    return "missing";
  }
}

function unreadable(file: string, reason: UnreadableReason): Result<SheetCells[], Finding> {
  return { ok: false, failures: finding("file/unreadable", { sheet: file, cell: null, details: { reason } }) };
}

function blankUncalculated(values: unknown[][]): void {
  for (const row of values) {
    for (let c = 0; c < row.length; c++) if (typeof row[c] === "object" && row[c] !== null) row[c] = "";
  }
}
