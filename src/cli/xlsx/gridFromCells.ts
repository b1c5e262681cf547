import type { SheetCells } from "../../core/model";
import { cellAddress, type CellRange } from "../../core/cells/cellAddress";
import type { OfficeValue } from "./toOfficeValue";

/** One row's written cells, in column order (0-based columns), as a reader found them. */
export interface RowCells {
  row: number;
  columns: number[];
  values: OfficeValue[];
  formats: string[];
}

// Excel's own limit for cells read at once: the grid never holds more, whatever the file.
export const MAX_GRID_CELLS = 5_000_000;
// When a sheet would pass that limit, values beyond this many empty columns right of the table are strays.
const STRAY_GAP = 26;

/**
 * Lays a sheet's written cells out the way Office.js gives `Range.values` and `Range.numberFormat`, from A1
 * to the last cell holding a value. When that rectangle would pass Excel's 5 000 000-cell read limit (one
 * value typed in XFD1048576, say), memory is made to follow the cells written: each row stops at its own
 * last value, values beyond a gap of 26 empty columns right of the table are left out as strays (the first,
 * row by row, is kept as `outside` for the reader to name: docs/reading-tables.md#where-a-table-ends), and
 * if the rows still hold too many cells they are cut at the column that keeps within the limit. Cells covered
 * by a merge (not its top-left) read as blank, as Excel keeps a merge's value in its top-left cell only.
 * Null when merges overlap (a damaged file).
 *
 * @example gridFromCells("Nà Lầu", [{ row: 0, columns: [1], values: ["TT"], formats: ["General"] }], []).values // [["", "TT"]]
 */
export function gridFromCells(name: string, rows: readonly RowCells[], merges: readonly CellRange[]): SheetCells | null {
  const widths = rows.map(valueWidth);
  let lastRow = 0;
  let lastColumn = 0;
  rows.forEach((row, i) => {
    if (widths[i] > 0) {
      lastRow = Math.max(lastRow, row.row + 1);
      lastColumn = Math.max(lastColumn, widths[i]);
    }
  });
  const rectangular = lastRow * lastColumn <= MAX_GRID_CELLS;
  const { cut, end } = rectangular ? { cut: lastColumn, end: lastColumn } : columnCut(rows, widths);
  const values: SheetCells["values"] = [];
  const formats: SheetCells["formats"] = [];
  const byRow = new Map(rows.map((row, i) => [row.row, i]));
  let cells = 0;
  for (let r = 0; r < lastRow; r++) {
    const i = byRow.get(r);
    const width = rectangular ? lastColumn : i === undefined ? 0 : Math.min(widths[i], cut);
    const rowValues: OfficeValue[] = new Array(width).fill("");
    const rowFormats: string[] = new Array(width).fill("General");
    if (i !== undefined) {
      const row = rows[i];
      for (let k = 0; k < row.columns.length && row.columns[k] < width; k++) {
        rowValues[row.columns[k]] = row.values[k];
        rowFormats[row.columns[k]] = row.formats[k];
      }
    }
    values.push(rowValues);
    formats.push(rowFormats);
    cells += width;
  }
  if (!rectangular) trimTrailingRows(values, formats);
  if (!blankMerged(values, merges, cells)) return null;
  const stray = rectangular ? null : firstBeyond(rows, end);
  return stray === null ? { name, values, formats } : { name, values, formats, outside: stray };
}

function valueWidth(row: RowCells): number {
  for (let k = row.values.length - 1; k >= 0; k--) if (row.values[k] !== "") return row.columns[k] + 1;
  return 0;
}

/** The address of the first value (row by row) at or past column `end`, left out as a stray. */
function firstBeyond(rows: readonly RowCells[], end: number): string | null {
  let first: { row: number; column: number } | null = null;
  for (const row of rows) {
    if (first !== null && first.row <= row.row) continue;
    const k = row.columns.findIndex((column, j) => column >= end && row.values[j] !== "");
    if (k >= 0) first = { row: row.row, column: row.columns[k] };
  }
  return first === null ? null : cellAddress(first.row, first.column);
}

/**
 * Where to cut rows (`cut`): past the table's columns (before the first wide empty gap, `end`), then within
 * the cell limit.
 */
function columnCut(rows: readonly RowCells[], widths: readonly number[]): { cut: number; end: number } {
  const used = new Set<number>();
  rows.forEach((row, i) => row.columns.forEach((column, k) => void (column < widths[i] && row.values[k] !== "" && used.add(column))));
  const sorted = [...used].sort((a, b) => a - b);
  let end = sorted.length > 0 ? sorted[0] + 1 : 0;
  for (const column of sorted) {
    if (column - end >= STRAY_GAP) break;
    end = column + 1;
  }
  const total = (cut: number) => widths.reduce((sum, width) => sum + Math.min(width, cut), 0);
  if (total(end) <= MAX_GRID_CELLS) return { cut: end, end };
  let low = 0;
  let high = end;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= MAX_GRID_CELLS) low = middle;
    else high = middle - 1;
  }
  return { cut: low, end };
}

function trimTrailingRows(values: SheetCells["values"], formats: SheetCells["formats"]): void {
  while (values.length > 0 && values[values.length - 1].every((value) => value === "")) {
    values.pop();
    formats.pop();
  }
}

/** Blanks the cells each merge covers; merges that cover a cell twice overlap, which only a damaged file does. */
function blankMerged(values: SheetCells["values"], merges: readonly CellRange[], cells: number): boolean {
  let budget = cells + merges.length;
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom && r < values.length; r++) {
      const row = values[r];
      for (let c = merge.left; c <= merge.right && c < row.length; c++) {
        if (--budget < 0) return false;
        if (r !== merge.top || c !== merge.left) row[c] = "";
      }
    }
  }
  return true;
}
