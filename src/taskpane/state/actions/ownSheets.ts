import { CONFIG_SHEET_NAME } from "../../../core/config/configSheetName";

/** The ranking sheet the pane writes ("Xếp hạng thi đua 2024"), recognised by its name. */
export function isRankingSheet(name: string): boolean {
  return /^xếp hạng thi đua/i.test(name.normalize("NFC"));
}

/** The results across the villages the pane writes beside the ranking ("Tổng hợp kết quả 2024"), by its name. */
export function isResultsSheet(name: string): boolean {
  return /^tổng hợp kết quả \d{4}/i.test(name.normalize("NFC"));
}

/**
 * What the pane writes as its output, the ranking and the results across the villages: never read as input.
 *
 * @example isOutputSheet("Tổng hợp kết quả 2024") === true; isOutputSheet("Cấu hình xếp hạng") === false
 */
export function isOutputSheet(name: string): boolean {
  return isRankingSheet(name) || isResultsSheet(name);
}

/**
 * Sheets the pane writes itself, the configuration, ranking and results sheets: never offered as reports.
 *
 * @example isOwnSheet("Xếp hạng thi đua 2024 (sơ kết)") === true; isOwnSheet("Nà Lầu") === false
 */
export function isOwnSheet(name: string): boolean {
  return name === CONFIG_SHEET_NAME || isOutputSheet(name);
}
