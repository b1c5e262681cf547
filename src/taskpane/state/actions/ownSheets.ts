import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";

/** Sheets the pane writes itself: never offered as reports to check or rank. */
export const OWN_SHEETS = [CONFIG_SHEET_NAME];

/** The ranking sheet the pane writes ("Xếp hạng thi đua 2024"), recognised by its name. */
export function isRankingSheet(name: string): boolean {
  return /^xếp hạng thi đua/i.test(name.normalize("NFC"));
}
