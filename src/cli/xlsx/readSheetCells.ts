import { ValueType, type Worksheet } from "exceljs";
import type { SheetCells } from "../../core/model";
import { toOfficeValue, type OfficeValue } from "./toOfficeValue";

// Excel's own limit for cells read at once. A grid beyond it is almost always one stray value far from
// the table (typed in XFD1048576, say): padding every row out to it would need gigabytes.
const MAX_GRID_CELLS = 5_000_000;

/**
 * Reads a worksheet the way Office.js reads `Range.values` and `Range.numberFormat` from A1 to the last
 * cell that holds a value (trailing blank rows and columns are left off, as the core needs none of them).
 * When that rectangle would exceed Excel's 5 000 000-cell read limit, each row stops at its own last
 * value instead (the core reads short rows as blank to the right), so memory follows the cells written.
 * `formulas.calculated` is set when a formula cell holds a calculated value.
 *
 * @example readSheetCells(workbook.getWorksheet("Thôn Nà Lầu")!, false).values[0][0] === "ỦY BAN NHÂN DÂN"
 */
export function readSheetCells(sheet: Worksheet, date1904: boolean, formulas?: { calculated: boolean }): SheetCells {
  const rows: { values: OfficeValue[]; formats: string[]; width: number }[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: OfficeValue[] = [];
    const formats: string[] = [];
    let width = 0;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = toOfficeValue(cell, date1904);
      values[columnNumber - 1] = value;
      formats[columnNumber - 1] = cell.numFmt || "General";
      if (value !== "") width = Math.max(width, columnNumber);
      if (formulas !== undefined && cell.type === ValueType.Formula && typeof value !== "object") formulas.calculated = true;
    });
    rows[rowNumber - 1] = { values, formats, width };
    if (width > 0) {
      lastRow = Math.max(lastRow, rowNumber);
      lastColumn = Math.max(lastColumn, width);
    }
  });
  const rectangular = lastRow * lastColumn <= MAX_GRID_CELLS;
  const values: OfficeValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const row = rows[r];
    const width = rectangular ? lastColumn : (row?.width ?? 0);
    const rowValues: OfficeValue[] = new Array(width);
    const rowFormats: string[] = new Array(width);
    for (let c = 0; c < width; c++) {
      rowValues[c] = row?.values[c] ?? "";
      rowFormats[c] = row?.formats[c] ?? "General";
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { name: sheet.name, values, formats };
}
