import { CONFIG_SHEET_NAME } from "../../../core/config/configSheetName";

/** The ranking sheet the pane writes ("Xếp hạng thi đua 2024"), recognised by its name. */
export function isRankingSheet(name: string): boolean {
  return /^xếp hạng thi đua/i.test(name.normalize("NFC"));
}

/**
 * Sheets the pane writes itself, the configuration and ranking sheets: never offered as reports.
 *
 * @example isOwnSheet("Xếp hạng thi đua 2024 (sơ kết)") === true; isOwnSheet("Nà Lầu") === false
 */
export function isOwnSheet(name: string): boolean {
  return name === CONFIG_SHEET_NAME || isRankingSheet(name);
}
