import type { Period } from "../model/ranking";

/**
 * The ranking sheet's name: "Xếp hạng thi đua 2024", or "Xếp hạng thi đua 2024 (sơ kết)" at the
 * mid-year review; at most 31 characters and none of []:*?/\ , as Excel requires.
 *
 * @example rankingSheetName(2024, "half") === "Xếp hạng thi đua 2024 (sơ kết)"
 */
export function rankingSheetName(year: number, period: Period): string {
  const name = `Xếp hạng thi đua ${year}${period === "half" ? " (sơ kết)" : ""}`;
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}
