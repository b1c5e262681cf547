/** A1 addresses as rectangles of 1-based rows and columns (inclusive). */
export interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

/**
 * Parses "B3", "A1:C4", "A:C" (whole columns) or "2:5" (whole rows); null when it is not an address.
 *
 * @example parseAddress("A:B") → { r1: 1, c1: 1, r2: 1048576, c2: 2 }
 */
export function parseAddress(text: string): Bounds | null {
  const parts = text.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const ms = parts.map((p) => PART.exec(p));
  if (ms.some((m) => !m || (!m[1] && !m[2]))) return null;
  const a = ms[0] as RegExpExecArray;
  const b = (ms[1] ?? ms[0]) as RegExpExecArray;
  const colOnly = !a[2] && !b[2];
  const rowOnly = !a[1] && !b[1];
  if (!colOnly && !rowOnly && (!a[1] || !a[2] || !b[1] || !b[2])) return null;
  if ((colOnly || rowOnly) && parts.length === 1) return null;
  const c1 = rowOnly ? 1 : columnNumber(a[1]);
  const c2 = rowOnly ? MAX_COLS : columnNumber(b[1]);
  const r1 = colOnly ? 1 : Number(a[2]);
  const r2 = colOnly ? MAX_ROWS : Number(b[2]);
  const bounds = { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
  if (bounds.r1 < 1 || bounds.c1 < 1 || bounds.r2 > MAX_ROWS || bounds.c2 > MAX_COLS) return null;
  return bounds;
}

export function formatBounds(b: Bounds): string {
  const tl = `${columnLetters(b.c1)}${b.r1}`;
  if (b.r1 === b.r2 && b.c1 === b.c2) return tl;
  return `${tl}:${columnLetters(b.c2)}${b.r2}`;
}

/** Sheet names with anything but letters (any script), digits, "_" and "." are quoted, apostrophes doubled (#512). */
export function qualify(sheet: string, b: Bounds): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${formatBounds(b)}`;
}
