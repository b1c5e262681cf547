import { cellText } from "../../core/cells/cellText";
import type { SheetCells } from "../../core/model";
import { readTitle, type SheetTitle } from "../../core/table/readTitle";

// Titles sit above the table; the ranking only needs the commune and the year from them.
const TITLE_ROWS = 12;

/**
 * Commune and year from the first rows of a sheet, without parsing its whole table again.
 *
 * @example sheetTitle(targetSheet) // { village: null, commune: "Khuôn Lùng", year: 2024 }
 */
export function sheetTitle(sheet: SheetCells): SheetTitle {
  return readTitle(sheet.values.slice(0, TITLE_ROWS).flatMap((row) => row.map(cellText)));
}
