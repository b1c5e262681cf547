import { columnLetters as lettersOf, parseCellAddress, parseRangeAddress } from "../core/cells/cellAddress";

/**
 * A1 addresses as the Office.js calls count them (1-based rows and columns: `Range.rowIndex` + 1), on top of
 * the core's one A1 module (docs/excel-adapter.md#cell-addresses).
 */
export interface CellRef {
  row: number;
  col: number;
}

/** @example columnLetters(1) === "A" */
export function columnLetters(n: number): string {
  return n > 0 ? lettersOf(n - 1) : "";
}

/**
 * Reads a single-cell address such as "E12" (a "$" is allowed); null when it is not one.
 *
 * @example parseCell("E12") → { row: 12, col: 5 }
 */
export function parseCell(address: string): CellRef | null {
  const position = parseCellAddress(address);
  return position === null ? null : { row: position.row + 1, col: position.column + 1 };
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row}`;
}

/** @example rangeAddress(1, 1, 3, 2) === "A1:B3" */
export function rangeAddress(r1: number, c1: number, r2: number, c2: number): string {
  const tl = `${columnLetters(c1)}${r1}`;
  return r1 === r2 && c1 === c2 ? tl : `${tl}:${columnLetters(c2)}${r2}`;
}

/** Reads "A1:C3" or "B2" into its corners; null when it is not such an address. */
export function parseRange(address: string): { from: CellRef; to: CellRef } | null {
  const range = parseRangeAddress(address);
  if (range === null) return null;
  return { from: { row: range.top + 1, col: range.left + 1 }, to: { row: range.bottom + 1, col: range.right + 1 } };
}
