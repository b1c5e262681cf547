import type { CellObject, WorkSheet } from "@e965/xlsx";
import type { SheetCells } from "../../core/model";
import { type CellRange, MAX_COLUMNS, MAX_ROWS } from "../../core/cells/cellAddress";
import { gridFromCells, type RowCells } from "../xlsx/gridFromCells";
import type { OfficeValue } from "../xlsx/toOfficeValue";

/**
 * A SheetJS worksheet (dense mode) as Office.js would give it, laid out by the one grid builder every format
 * goes through (`gridFromCells`, with its rule for stray values far right of the table): `Range.values` from
 * A1 to the last cell with a value (numbers, text, booleans, "#DIV/0!" for errors, "" for blanks and cells
 * under a merge) and `Range.numberFormat` ("General" where none is set). Only the cells written are visited,
 * never the blanks between them. Null when a cell lies beyond Excel's last row or column, or merges
 * overlap: a damaged file, as for an .xlsx.
 *
 * @example sheetJsCells("Thôn Nà Lầu", workbook.Sheets["Thôn Nà Lầu"])?.values[0][0] === "TT"
 */
export function sheetJsCells(name: string, sheet: WorkSheet | undefined): SheetCells | null {
  const data = (sheet as { "!data"?: (CellObject | undefined)[][] } | undefined)?.["!data"] ?? [];
  const rows: RowCells[] = [];
  // for-in visits the rows and cells SheetJS wrote, not the holes of a sparse array up to a stray far away.
  for (const rowKey in data) {
    const row = Number(rowKey);
    const written = data[row];
    if (!Number.isInteger(row) || written === undefined || written === null) continue;
    const cells: RowCells = { row, columns: [], values: [], formats: [] };
    for (const columnKey in written) {
      const column = Number(columnKey);
      const value = Number.isInteger(column) ? officeValue(written[column]) : "";
      if (value === "") continue;
      if (row >= MAX_ROWS || column >= MAX_COLUMNS) return null;
      cells.columns.push(column);
      cells.values.push(value);
      cells.formats.push(formatOf(written[column]));
    }
    if (cells.columns.length > 0) rows.push(cells);
  }
  const merges = ((sheet?.["!merges"] ?? []) as { s: { r: number; c: number }; e: { r: number; c: number } }[]).map(
    (merge): CellRange => ({ top: merge.s.r, left: merge.s.c, bottom: merge.e.r, right: merge.e.c }),
  );
  return gridFromCells(name, rows, merges);
}

function officeValue(cell: CellObject | undefined): OfficeValue {
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
