import { applyRules } from "../checks/applyRules";
import { withFindings } from "../checks/summarize";
import { defaultConfig, methodOf, type RankingConfig } from "../config/rankingConfig";
import type { CheckedReport } from "../model";
import { scoreVillage, type VillageScore } from "../scoring/scoreVillage";

/**
 * A checked report as both front doors show it (docs/usecases.md#checking): the configuration's rules applied
 * to its statuses and findings; its points where the configuration scores in points, or where the report
 * is a scoring form (scored in points with or without a configuration, with the defaults of `year`); and its
 * summary counting the points' notes with its findings. `points` is null when nothing scores it in points.
 *
 * @example scoreChecked(form, null, 2024).points?.score === 87
 */
export function scoreChecked(checked: CheckedReport, config: RankingConfig | null, year: number): { report: CheckedReport; points: VillageScore | null } {
  // A rule's direction and target hold for the status, the highlights and the findings (docs/reading-tables.md#units-and-semantics).
  const plain = config === null ? checked : applyRules(checked, config.indicators);
  // A scoring form (points only) is scored in points with or without a configuration (docs/scoring.md#points-method).
  const scoring = config ?? (checked.form === true ? defaultConfig(year) : null);
  if (scoring === null || (methodOf(scoring) !== "points" && checked.form !== true)) return { report: plain, points: null };
  const points = scoreVillage(plain, scoring);
  // The badges and the list below them count the same findings.
  return { report: withFindings(plain, points.notes ?? []), points };
}
