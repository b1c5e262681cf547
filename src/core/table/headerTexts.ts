import { cellText } from "../cells/cellText";
import { type SheetGrid } from "../cells/sheetGrid";
import { decodeLegacyText, type LegacyEncoding } from "../text/legacyEncoding";

/**
 * The texts of a row as header labels, legacy encodings converted; line breaks and non-breaking spaces
 * are spaces.
 *
 * @example headerTexts(grid, 0) // ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]
 */
export function headerTexts(grid: SheetGrid, row: number): string[] {
  return (grid.values[row] ?? []).map((value) => {
    const text = cellText(value);
    if (text === "") return "";
    return (decodeLegacyText(text)?.text ?? text).replace(/[\s\u00a0]+/gu, " ").trim();
  });
}

/**
 * The legacy encoding a header row is typed in, or null when it is Unicode.
 *
 * @example headerEncoding(grid, 0) === "tcvn3"
 */
export function headerEncoding(grid: SheetGrid, row: number): LegacyEncoding | null {
  for (const value of grid.values[row] ?? []) {
    const decoded = typeof value === "string" ? decodeLegacyText(cellText(value)) : null;
    if (decoded !== null) return decoded.encoding;
  }
  return null;
}
