/** A1 addresses for the adapter (1-based rows and columns). */
export interface CellRef {
  row: number;
  col: number;
}

export function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Reads a single-cell address such as "E12" (a "$" is allowed); null when it is not one.
 *
 * @example parseCell("E12") → { row: 12, col: 5 }
 */
export function parseCell(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > 1048576 || col > 16384) return null;
  return { row, col };
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
  const [a, b, extra] = address.split(":");
  if (extra !== undefined) return null;
  const from = parseCell(a);
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to) return null;
  return {
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  };
}
