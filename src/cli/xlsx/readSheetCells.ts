import { type Cell, type Row, ValueType, type Worksheet } from "exceljs";
import type { SheetCells } from "../../core/model";
import { type CellRange, MAX_COLUMNS, MAX_ROWS } from "../../core/cells/cellAddress";
import { gridFromCells, type RowCells } from "./gridFromCells";
import { toOfficeValue } from "./toOfficeValue";

/**
 * Reads a worksheet the way Office.js reads `Range.values` and `Range.numberFormat` from A1 to the last
 * cell that holds a value (see `gridFromCells` for sheets with stray values far away, and merges).
 * Null when the sheet holds a cell beyond Excel's last row or column, or overlapping merges: a damaged file.
 * `formulas.calculated` is set when a formula cell holds a calculated value.
 *
 * @example readSheetCells(workbook.getWorksheet("Thôn Nà Lầu")!, false, [])!.values[0][0] === "ỦY BAN NHÂN DÂN"
 */
export function readSheetCells(
  sheet: Worksheet,
  date1904: boolean,
  merges: readonly CellRange[],
  formulas?: { calculated: boolean },
): SheetCells | null {
  // Checked before walking the rows: a row at 100 000 000 would make the walk itself take seconds.
  if (sheet.rowCount > MAX_ROWS) return null;
  const rows: RowCells[] = [];
  let beyond = false;
  // Not sheet.eachRow and row.eachCell: they visit every index up to a row's last cell (asking each row
  // whether it holds values), which for a stray value in column XFD is 16 384 per row. A for-in over
  // ExcelJS's own arrays visits only the rows and cells there are.
  const written = (sheet as unknown as { _rows: (Row | undefined)[] })._rows;
  for (const rowKey in written) {
    const row = written[rowKey];
    if (row === undefined) continue;
    const cells: RowCells = { row: Number(rowKey), columns: [], values: [], formats: [] };
    const rowCells = (row as unknown as { _cells: (Cell | undefined)[] })._cells;
    for (const key in rowCells) {
      const cell = rowCells[key];
      if (cell === undefined || cell.type === ValueType.Null) continue;
      const column = Number(key);
      if (column >= MAX_COLUMNS) beyond = true;
      cells.columns.push(column);
      const value = toOfficeValue(cell, date1904);
      if (formulas !== undefined && cell.type === ValueType.Formula && typeof value !== "object") formulas.calculated = true;
      cells.values.push(value);
      cells.formats.push(cell.numFmt || "General");
    }
    if (cells.columns.length > 0) rows.push(cells);
  }
  return beyond ? null : gridFromCells(sheet.name, rows, merges);
}
