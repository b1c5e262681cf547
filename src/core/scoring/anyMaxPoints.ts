import type { RankingConfig } from "../config/rankingConfig";
import type { CheckedReport } from "../model/report";

/**
 * Whether the points method has any maximum points to score with (SPEC §6.1): a rule's `points`, or a
 * Điểm chuẩn on any row of the reports (the target sheet's, carried onto the rows it applies to, or the
 * reports' own). Without any, the configuration is an error naming Điểm chuẩn, and nothing is ranked.
 *
 * @example anyMaxPoints([report], { indicators: [{ match: "hộ nghèo", points: 10 }] }) === true
 */
export function anyMaxPoints(reports: readonly CheckedReport[], config: Pick<RankingConfig, "indicators">): boolean {
  if (config.indicators.some((rule) => rule.points !== undefined)) return true;
  for (const report of reports) {
    for (const checked of report.indicators) if (checked.indicator.maxPoints !== undefined) return true;
    for (const row of report.authority?.rows ?? []) if (row.indicator.maxPoints !== undefined) return true;
  }
  return false;
}
