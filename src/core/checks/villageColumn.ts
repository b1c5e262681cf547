import { sameVillage } from "../config/rosterKey";
import type { VillageColumn } from "../table/findHeader";

/**
 * A village's own columns in a consolidated sheet, found by the one village key (`rosterKey`): the KH
 * column headed "Bản Pá Ràng" is the column of "Pá Ràng", of "Bản Pá Ràng" and of "BAN PA RANG" alike,
 * for checks, templates, totals and ranking. `withTarget` asks for a column with the village's own targets.
 *
 * @example villageColumn(header.villages, "Bản Pá Ràng")?.targetColumn === 5
 */
export function villageColumn(columns: readonly VillageColumn[], village: string, options: { withTarget?: boolean } = {}): VillageColumn | null {
  return columns.find((column) => sameVillage(column.village, village) && (options.withTarget !== true || column.targetColumn !== null)) ?? null;
}
