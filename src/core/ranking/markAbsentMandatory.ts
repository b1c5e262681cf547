import type { IndicatorRule } from "../config/rankingConfig";
import type { CheckedReport } from "../model/report";
import type { VillageScore } from "../scoring/scoreVillage";
import { foldText } from "../text/foldText";

/**
 * A mandatory indicator (điểm liệt) that other villages were scored on but a village's report leaves
 * out counts as missed: leaving the row out must not be a way around điểm liệt. Rows are found by the
 * rule's `match`, so a village that words the name a little differently still has it. The score is not
 * touched (an absent row has no target for that village); only eligibility and the reason are.
 * `scores[i]` belongs to `reports[i]`.
 *
 * @example // Nà Lầu reports the security indicator (mandatory), Nặm Đin leaves its row out
 * markAbsentMandatory(scores, reports, config.indicators); scores[1].mandatoryMissed // ["Phân đấu xã, … an ninh, trật tự …"]
 */
export function markAbsentMandatory(scores: VillageScore[], reports: readonly CheckedReport[], rules: readonly IndicatorRule[]): void {
  const needles = rules.filter((rule) => rule.mandatory).map((rule) => foldText(rule.match)).filter((needle) => needle !== "");
  if (needles.length === 0) return;
  const folded = new Map<string, string>();
  const fold = (name: string) => folded.get(name) ?? folded.set(name, foldText(name)).get(name)!;

  for (const needle of needles) {
    const scoredName = firstScoredName(scores, (name) => fold(name).includes(needle));
    if (scoredName === null) continue;
    reports.forEach((report, index) => {
      if (report.indicators.some((checked) => fold(checked.indicator.name).includes(needle))) return;
      scores[index].mandatoryMissed.push(scoredName);
      scores[index].eligible = false;
    });
  }
}

function firstScoredName(scores: readonly VillageScore[], matches: (name: string) => boolean): string | null {
  for (const score of scores) for (const line of score.lines) if (line.mandatory && matches(line.name)) return line.name;
  return null;
}
