import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import type { RankingConfig } from "../../../core/config/rankingConfig";
import type { Finding, SheetCells } from "../../../core/model";
import { rankingConfigOf } from "../../../core/usecases/rankingConfigOf";

/**
 * The ranking configuration from the workbook's configuration sheet, or the defaults when there is none,
 * as the ranking use case reads it (`rankingConfigOf`). Errors point at their cells on that sheet.
 *
 * @example configFrom(undefined, 2024) → { ok: true, value: defaultConfig(2024) }
 */
export function configFrom(
  sheet: SheetCells | undefined,
  year: number,
): { ok: true; value: RankingConfig } | { ok: false; findings: Finding[] } {
  const read = rankingConfigOf(sheet && sheet.name === CONFIG_SHEET_NAME ? { sheet } : null, year);
  return read.ok ? { ok: true, value: read.value } : read;
}
