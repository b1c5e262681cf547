import { configInvalid } from "../../../src/core/config/configIssueFindings";
import { methodOf, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { Finding } from "../../../src/core/model/finding";
import type { CheckedReport } from "../../../src/core/model/report";

/**
 * Whether the points method has any maximum points to score with (docs/scoring.md#points-method): a rule's `points`, or a
 * Điểm chuẩn on any row of the reports (the target sheet's, carried onto the rows it applies to, or the
 * reports' own).
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

/**
 * The points method with no maximum points anywhere is a configuration error naming Điểm chuẩn
 * (`config/invalid`, field `method`, problem `points-need-max`, located on the configuration `sheet`):
 * the command line exits 2 with it and the pane ranks nothing. Null when the method is not points, when
 * there are no reports, or when some maximum is known.
 *
 * @example pointsNeedMax([report], { ...defaultConfig(2024), method: "points" }, "cau-hinh.json")?.details // { field: "method", problem: "points-need-max", foundText: true }
 */
export function pointsNeedMax(reports: readonly CheckedReport[], config: Pick<RankingConfig, "indicators" | "method">, sheet: string): Finding | null {
  if (methodOf(config) !== "points" || reports.length === 0 || anyMaxPoints(reports, config)) return null;
  return configInvalid("method", "points-need-max", "points", () => ({ sheet, cell: null }));
}
