import { toSheetGrid } from "../cells/sheetGrid";
import type { SheetCells } from "../model/cells";
import { findHeader, HEADER_SCAN_ROWS, headerTexts } from "../table/findHeader";
import { type Layout, layoutOf } from "../table/layoutOf";
import { readTitle, yearIn } from "../table/readTitle";

/**
 * What a sheet is, from its header and title rows only (cheap: the rows below are not read), so that the
 * task pane can find the target sheet and the report sheets by itself.
 *
 * @example classifySheet(seedTargetSheet()) // { layout: "targets", village: null, year: 2024, commune: "Khuôn Lùng" }
 */
export function classifySheet(sheet: SheetCells): { layout: Layout | null; village: string | null; year: number | null; commune: string | null } {
  const values: unknown = (sheet as { values?: unknown } | null)?.values;
  // Only the top of the sheet matters; a 100 000-row sheet is not copied.
  const top = Array.isArray(values) ? values.slice(0, HEADER_SCAN_ROWS + 2) : values;
  const grid = toSheetGrid({ ...(sheet as object), values: top });
  const header = findHeader(grid);
  const titleEnd = header?.row ?? Math.min(grid.values.length, 12);
  const texts: string[] = [];
  for (let row = 0; row < titleEnd; row++) texts.push(...headerTexts(grid, row));
  const title = readTitle(texts);
  const year = title.year ?? header?.year ?? header?.labels.map(yearIn).find((found) => found !== null) ?? null;
  if (header === null) return { layout: null, village: title.village, year, commune: title.commune };
  return { layout: layoutOf(header), village: title.village, year, commune: title.commune };
}
