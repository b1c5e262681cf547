import { CONFIG_SHEET_NAME, readConfigSheet } from "../../../core/config/configSheet";
import { defaultConfig, type RankingConfig } from "../../../core/config/rankingConfig";
import type { Finding, SheetCells } from "../../../core/model";

/**
 * The ranking configuration from the workbook's configuration sheet, or the defaults when there is none.
 * Errors point at their cells on that sheet.
 *
 * @example configFrom(undefined, 2024) → { ok: true, value: defaultConfig(2024) }
 */
export function configFrom(
  sheet: SheetCells | undefined,
  year: number,
): { ok: true; value: RankingConfig } | { ok: false; findings: Finding[] } {
  if (!sheet || sheet.name !== CONFIG_SHEET_NAME) return { ok: true, value: defaultConfig(year) };
  const read = readConfigSheet(sheet, { year });
  return read.ok ? { ok: true, value: read.value } : { ok: false, findings: read.failures };
}
