import type { CellObject, WorkSheet } from "@e965/xlsx";
import type { SheetCells } from "../../core/model";

// Excel's own limit for cells read at once (as the ExcelJS adapter keeps it).
const MAX_GRID_CELLS = 5_000_000;

/**
 * A SheetJS worksheet (dense mode) as Office.js would give it: `Range.values` from A1 to the last cell
 * with a value (numbers, text, booleans, "#DIV/0!" for errors, "" for blanks and cells under a merge) and
 * `Range.numberFormat` ("General" where none is set).
 *
 * @example sheetJsCells("Thôn Nà Lầu", workbook.Sheets["Thôn Nà Lầu"]).values[0][0] === "TT"
 */
export function sheetJsCells(name: string, sheet: WorkSheet | undefined): SheetCells {
  const data = ((sheet as { "!data"?: (CellObject | undefined)[][] } | undefined)?.["!data"] ?? []) as (CellObject | undefined)[][];
  let lastRow = 0;
  let lastColumn = 0;
  const widths = data.map((row) => {
    let width = 0;
    (row ?? []).forEach((cell, column) => {
      if (officeValue(cell) !== "") width = column + 1;
    });
    return width;
  });
  widths.forEach((width, row) => {
    if (width > 0) {
      lastRow = row + 1;
      lastColumn = Math.max(lastColumn, width);
    }
  });
  const rectangular = lastRow * lastColumn <= MAX_GRID_CELLS;
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < lastRow; r++) {
    const row = data[r] ?? [];
    const width = rectangular ? lastColumn : widths[r];
    values.push(Array.from({ length: width }, (_, c) => officeValue(row[c])));
    formats.push(Array.from({ length: width }, (_, c) => formatOf(row[c])));
  }
  return { name, values, formats };
}

function officeValue(cell: CellObject | undefined): string | number | boolean {
  if (cell === undefined || cell === null) return "";
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" && Number.isFinite(cell.v) ? cell.v : "";
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "b":
      return cell.v === true;
    case "e":
      return typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#N/A";
    case "d":
      return cell.v instanceof Date ? serialOf(cell.v) : "";
    default:
      return "";
  }
}

function formatOf(cell: CellObject | undefined): string {
  const format = cell?.z;
  return typeof format === "string" && format !== "" ? format : "General";
}

// 1970-01-01 is serial 25569 in the 1900 date system.
function serialOf(date: Date): number {
  return Math.round((25569 + date.getTime() / 86_400_000) * 1e10) / 1e10;
}
