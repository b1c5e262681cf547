import type { Worksheet } from "exceljs";
import type { SheetCells } from "../../core/model";
import { toOfficeValue, type OfficeValue } from "./toOfficeValue";

/**
 * Reads a worksheet the way Office.js reads `Range.values` and `Range.numberFormat` from A1 to the last
 * cell that holds a value (trailing blank rows and columns are left off, as the core needs none of them).
 *
 * @example readSheetCells(workbook.getWorksheet("Thôn Nà Lầu")!, false).values[0][0] === "ỦY BAN NHÂN DÂN"
 */
export function readSheetCells(sheet: Worksheet, date1904: boolean): SheetCells {
  const rows: { values: OfficeValue[]; formats: string[] }[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: OfficeValue[] = [];
    const formats: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = toOfficeValue(cell, date1904);
      values[columnNumber - 1] = value;
      formats[columnNumber - 1] = cell.numFmt || "General";
      if (value !== "") {
        lastRow = Math.max(lastRow, rowNumber);
        lastColumn = Math.max(lastColumn, columnNumber);
      }
    });
    rows[rowNumber - 1] = { values, formats };
  });
  const values: OfficeValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const row = rows[r];
    const rowValues: OfficeValue[] = new Array(lastColumn);
    const rowFormats: string[] = new Array(lastColumn);
    for (let c = 0; c < lastColumn; c++) {
      rowValues[c] = row?.values[c] ?? "";
      rowFormats[c] = row?.formats[c] ?? "General";
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { name: sheet.name, values, formats };
}
