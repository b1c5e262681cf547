import { toSheetGrid } from "../cells/sheetGrid";
import { cellText } from "../cells/cellText";
import { findHeader, HEADER_SCAN_ROWS } from "./findHeader";

/** The part of a sheet an indicator table occupies: from row 1, its header band's columns. */
export interface TableArea {
  /** 0-based first and last rows of the header band. */
  headerRow: number;
  headerLastRow: number;
  /** Columns A… to read: the rightmost column any header row labels, or a village's columns use. */
  columns: number;
}

/** Rows a sheet must show (from A1) before its table can be told; fewer is still read if the sheet is shorter. */
export const TABLE_PREFIX_ROWS = HEADER_SCAN_ROWS + 2;

/**
 * Blank rows, in the table's columns, after which a table has ended: whatever lies further down is no
 * longer part of it (a stray value typed far below, a forgotten note).
 */
export const TABLE_GAP_ROWS = 200;

/** Blank header cells after which the header band has ended (merged headers leave two or three). */
const HEADER_GAP_COLUMNS = 8;

/**
 * Where a sheet's indicator table lies, from the first rows of the sheet only (the `TABLE_PREFIX_ROWS`
 * rows from A1, as wide as they were read): the header band and the columns it spans. Null when those
 * rows hold no indicator table's header. Nothing further down is needed, so a sheet whose used range
 * runs to XFD1048576 is read within its table.
 *
 * @example findTableArea({ name: "Nà Lầu", values: [["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "", "", "", "", "", "", "", "", "x"]], formats: [] })
 *   → { headerRow: 0, headerLastRow: 0, columns: 5 }
 */
export function findTableArea(prefix: unknown): TableArea | null {
  const grid = toSheetGrid(prefix);
  const header = findHeader(grid);
  if (header === null) return null;
  // The band runs right while its labels do; merged headers leave a few blank cells, a stray value
  // typed far to the right of the table is past a wide gap.
  let columns = 0;
  const width = Math.max(0, ...grid.values.slice(header.row, header.lastRow + 1).map((cells) => cells.length));
  for (let column = 0; column < width && column - columns < HEADER_GAP_COLUMNS; column++) {
    for (let row = header.row; row <= header.lastRow; row++) {
      if (cellText(grid.values[row]?.[column]) !== "") columns = column + 1;
    }
  }
  const c = header.columns;
  const used = [c.tt, c.name, c.unit, c.target, c.actual, c.rate, c.note, ...header.villages.flatMap((v) => [v.actualColumn, v.targetColumn])];
  for (const column of used) if (column !== null) columns = Math.max(columns, column + 1);
  return { headerRow: header.row, headerLastRow: header.lastRow, columns };
}

/** How far a table has been followed down: rows before `row` are looked at, `last` is its last filled one. */
export interface TableTrace {
  row: number;
  last: number;
  /** `TABLE_GAP_ROWS` blank rows follow `last`: the table ends there. */
  ended: boolean;
}

/**
 * Follows a table down the rows read so far, from where an earlier call stopped (so rows arriving in
 * blocks are each looked at once): its last filled row in the area's columns, and whether the
 * `TABLE_GAP_ROWS` blank rows after it show that it has ended.
 *
 * @example followTable(rows, area).ended === true && followTable(rows, area).last === 71
 */
export function followTable(values: readonly (readonly unknown[])[], area: TableArea, from?: TableTrace): TableTrace {
  let last = from?.last ?? area.headerLastRow;
  for (let row = from?.row ?? area.headerLastRow + 1; row < values.length; row++) {
    if (row - last > TABLE_GAP_ROWS) return { row, last, ended: true };
    const cells = values[row] ?? [];
    const width = Math.min(cells.length, area.columns);
    for (let column = 0; column < width; column++) {
      if (holdsText(cells[column])) {
        last = row;
        break;
      }
    }
  }
  return { row: values.length, last, ended: values.length - 1 - last >= TABLE_GAP_ROWS };
}

/** The gaps past which a value is no longer the table's, as `sheet/stray-values` says them. */
export function strayGaps(): { columns: number; rows: number } {
  return { columns: HEADER_GAP_COLUMNS, rows: TABLE_GAP_ROWS };
}

/**
 * The first value (row by row) lying far outside a sheet's table, which is therefore not part of it
 * (docs/reading-tables.md#where-a-table-ends): more than `HEADER_GAP_COLUMNS` blank columns right of
 * the header band, or more than `TABLE_GAP_ROWS` blank rows below the table's last filled row, and not
 * on a row read as one of the table's indicators. 0-based row and column; null when there is none or
 * no table.
 *
 * @example findStrayValue(naLau, []) → { row: 299, column: 25 } (a note typed in Z300 beside a table in A–E)
 */
export function findStrayValue(sheet: unknown, readRows: readonly number[]): { row: number; column: number } | null {
  const grid = toSheetGrid(sheet);
  // Nothing can lie past the gaps of any table (at least 8 columns right of column A, 200 rows below the
  // first row): most sheets are settled without finding their table again.
  if (grid.values.length <= TABLE_GAP_ROWS + 1 && grid.values.every((cells) => (cells?.length ?? 0) <= HEADER_GAP_COLUMNS)) return null;
  const area = findTableArea({ name: grid.name, values: grid.values.slice(0, TABLE_PREFIX_ROWS), formats: grid.formats.slice(0, TABLE_PREFIX_ROWS) });
  if (area === null) return null;
  const end = followTable(grid.values, area).last + TABLE_GAP_ROWS;
  const read = new Set(readRows);
  const right = area.columns + HEADER_GAP_COLUMNS;
  for (let row = 0; row < grid.values.length; row++) {
    if (read.has(row)) continue;
    const cells = grid.values[row] ?? [];
    for (let column = row > end ? 0 : right; column < cells.length; column++) {
      if (holdsText(cells[column])) return { row, column };
    }
  }
  return null;
}

/** `cellText(value) !== ""`, without making the text of a number (a table's rows are mostly numbers). */
function holdsText(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && cellText(value) !== "";
}
