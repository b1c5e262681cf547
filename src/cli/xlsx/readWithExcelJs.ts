import ExcelJS from "exceljs";
import type { GuardedZip, ZipProblem } from "../zip/guardZip";
import { MAX_COLUMNS, MAX_ROWS } from "../../core/cells/cellAddress";
import { readSheetCells } from "./readSheetCells";
import type { ReadSheet } from "./readXlsxDirect";
import { slimXlsx } from "./slimXlsx";

// Parts of a sheet that give no cell value or number format: skipping them saves time on real workbooks
// (validation lists, conditional formats, pictures) and spares ExcelJS features it reads poorly. Merges are
// read apart (a merge over whole columns would otherwise be expanded cell by cell), and column settings
// are skipped since ExcelJS makes one object per column they span, however many.
const IGNORED_NODES = [
  "dataValidations", "conditionalFormatting", "extLst", "drawing", "picture", "hyperlinks", "headerFooter", "rowBreaks",
  "autoFilter", "tableParts", "pageSetup", "printOptions", "pageMargins", "sheetProtection", "mergeCells", "cols",
];

/**
 * Reads an .xlsx workbook's sheets through ExcelJS: the road for workbooks the direct reader leaves to a
 * full XML reader (see `readXlsxDirect`), with the same result shape. Only the parts reading needs are
 * handed over (see `slimXlsx`); "sheet" when a sheet holds a cell beyond Excel's last row or column or
 * overlapping merges.
 *
 * @example const read = await readWithExcelJs(zip); if (read.ok) read.sheets.filter((s) => s.visible)
 */
export async function readWithExcelJs(zip: GuardedZip): Promise<{ ok: true; sheets: ReadSheet[]; calculated: boolean } | { ok: false; problem: ZipProblem | "sheet" }> {
  let loaded = await load(zip, false);
  // A sheet whose later rows or cells lack their r= reference fails only once read: read it again with them.
  if (loaded.ok === false && loaded.problem.reason === "corrupt") loaded = await load(zip, true);
  if (!loaded.ok) return loaded;
  const { workbook, merges } = loaded;
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: ReadSheet[] = [];
  const formulas = { calculated: false };
  for (const sheet of workbook.worksheets) {
    const cells = readSheetCells(sheet, date1904, merges.get(sheet.id) ?? [], formulas);
    if (cells === null) return { ok: false, problem: "sheet" };
    sheets.push({ cells, visible: sheet.state === "visible" });
  }
  return { ok: true, sheets, calculated: formulas.calculated };
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

