import type { SheetCells } from "../model";
import { type Layout, type ParsedTable, readIndicatorTable } from "./readIndicatorTable";

/** A sheet with its parsed table. */
export interface TableSheet {
  sheet: SheetCells;
  table: ParsedTable;
}

/**
 * The first sheet whose table has one of the wanted layouts (in order of preference) and at least one
 * indicator; null when no sheet has such a table.
 *
 * @example pickTableSheet(sheets, ["targets", "consolidated"])?.sheet.name === "Chỉ tiêu 2024"
 */
export function pickTableSheet(sheets: readonly SheetCells[], layouts: readonly Layout[]): TableSheet | null {
  const parsed = sheets.map((sheet) => ({ sheet, table: readIndicatorTable(sheet) }));
  for (const layout of layouts) {
    const found = parsed.find(({ table }) => table.layout === layout && table.indicators.length > 0);
    if (found) return found;
  }
  return null;
}
