/**
 * A1 addresses, the one module every part of the product reads and writes them with. Rows and columns
 * are 0-based here, as in a grid of `Range.values`: A1 is row 0, column 0 (docs/excel-adapter.md#cell-addresses).
 */

/** A cell's 0-based row and column. */
export interface CellPosition {
  row: number;
  column: number;
}

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
 * The letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
 *
 * @example columnLetters(4) === "E"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The 0-based column its letters name, either case; -1 when they are not letters.
 *
 * @example columnOf("AA") === 26
 */
export function columnOf(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) return -1;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * The A1 address of a cell given its 0-based row and column, without the sheet name.
 *
 * @example cellAddress(11, 4) === "E12"
 */
export function cellAddress(row: number, column: number): string {
  return `${LETTERS[column] ?? columnLetters(column)}${row + 1}`;
}

/**
 * "E12" or "E12:G14" for a 0-based rectangle: one cell's address when it is one cell.
 *
 * @example rangeAddress({ top: 0, left: 0, bottom: 2, right: 1 }) === "A1:B3"
 */
export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? first : `${first}:${cellAddress(range.bottom, range.right)}`;
}

/**
 * A cell reference's 0-based row and column ("$" allowed, either case); null when malformed or beyond
 * Excel's last cell.
 *
 * @example parseCellAddress("$E$12") → { row: 11, column: 4 }
 */
export function parseCellAddress(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(address.trim());
  if (match === null) return null;
  const column = columnOf(match[1]);
  const row = Number(match[2]) - 1;
  return column < MAX_COLUMNS && row < MAX_ROWS ? { row, column } : null;
}

/**
 * An A1 reference ("B5", or "B5:D7" in either corner order) as its 0-based rectangle; null when it is
 * malformed or lies beyond Excel's last row or column.
 *
 * @example parseRangeAddress("H1:XFD1048576") → { top: 0, left: 7, bottom: 1048575, right: 16383 }
 */
export function parseRangeAddress(address: string): CellRange | null {
  const [first, second = first, extra] = address.split(":");
  if (extra !== undefined) return null;
  const a = parseCellAddress(first);
  const b = parseCellAddress(second);
  if (a === null || b === null) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

// Tables sit in the first columns; their letters are worked out once.
const LETTERS = Array.from({ length: 64 }, (_, column) => columnLetters(column));
