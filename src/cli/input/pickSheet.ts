import type { SheetCells } from "../../core/model";
import { foldText } from "../../core/text/foldText";

/**
 * The sheet the user named with --sheet, matched ignoring case and diacritics; null when none matches.
 *
 * @example pickSheet(sheets, "na lau")?.name === "Nà Lầu"
 */
export function pickSheet(sheets: readonly SheetCells[], name: string): SheetCells | null {
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => foldText(sheet.name) === foldText(name)) ?? null;
}
