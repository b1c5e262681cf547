/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// Excel's last cell is XFD1048576.
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * Reads an A1 reference ("B5" or "B5:D7", with or without $) into a range; null when it is malformed or
 * lies beyond Excel's last row or column.
 *
 * @example parseRange("H1:XFD1048576") // { top: 0, left: 7, bottom: 1048575, right: 16383 }
 */
export function parseRange(ref: string): CellRange | null {
  const [first, second = first, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const a = parseCell(first);
  const b = parseCell(second);
  if (a === null || b === null) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/**
 * A cell reference's 0-based row and column; null when malformed or beyond Excel's last cell.
 *
 * @example parseCell("$E$12") // { row: 11, column: 4 }
 */
export function parseCell(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref.trim());
  if (match === null) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (column > MAX_COLUMNS || row > MAX_ROWS) return null;
  return { row: row - 1, column: column - 1 };
}
