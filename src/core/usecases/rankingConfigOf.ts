import { CONFIG_SHEET_NAME, configAdjustmentCells, configRuleCells, readConfigSheet } from "../config/configSheet";
import { defaultConfig, type RankingConfig } from "../config/rankingConfig";
import type { Finding, SheetCells } from "../model";
import type { rankVillages } from "../ranking/rankVillages";

/**
 * Where a ranking's configuration comes from: the workbook's "Cấu hình xếp hạng" sheet (the pane), a
 * configuration already read from a JSON file named `source` (the command line), or none (the defaults).
 */
export type ConfigInput = { sheet: SheetCells } | { value: RankingConfig; source: string } | null;

/** Where the ranking points a configuration problem: the sheet or file, and a rule's or adjustment's row there. */
export type ConfigSource = NonNullable<Parameters<typeof rankVillages>[2]>;

/**
 * The configuration a ranking uses and where its problems point, or the findings that say why the
 * configuration sheet cannot be used. Without one, the defaults of `year` (docs/configuration.md#the-year-assessed).
 *
 * @example rankingConfigOf(null, 2024) → { ok: true, value: defaultConfig(2024), source: undefined, given: false }
 */
export function rankingConfigOf(
  input: ConfigInput,
  year: number,
): { ok: true; value: RankingConfig; source: ConfigSource | undefined; given: boolean } | { ok: false; findings: Finding[] } {
  if (input === null) return { ok: true, value: defaultConfig(year), source: undefined, given: false };
  if ("value" in input) return { ok: true, value: input.value, source: { sheet: input.source }, given: true };
  const cells = input.sheet;
  const read = readConfigSheet(cells, { year });
  if (!read.ok) return { ok: false, findings: read.failures };
  return { ok: true, value: read.value, source: { sheet: CONFIG_SHEET_NAME, cellOf: configRuleCells(cells), adjustmentCell: configAdjustmentCells(cells) }, given: true };
}
