import type { RankingConfig } from "../../../../src/core/config/rankingConfig";
import type { RankedVillage, ScoreLine } from "../../../../src/core/model/ranking";
import type { CheckedReport } from "../../../../src/core/model/report";
import { methodOf } from "../../../../src/core/config/rankingConfig";
import { pointsOfLines } from "./pointsOfLines";
import { rulesOf, type ResolvedRule } from "../../../../src/core/scoring/resolveRules";
import { roundScore } from "../../../../src/core/scoring/roundScore";
import { scoreIndicator } from "./scoreIndicator";

export type VillageScore = Omit<RankedVillage, "rank" | "prize" | "amount" | "tie">;

/**
 * A village's score (docs/scoring.md#scoring-and-ranking) with its explanation: 100 × Σ wᵢ·min(rᵢ, cap) / Σ wᵢ over the scored
 * indicators, rounded to 2 decimals; the lines give each indicator's target, actual, ratio, capped score
 * and weight. A mandatory indicator (điểm liệt) not met makes the village ineligible for a prize; a
 * mandatory indicator absent from the report is not seen here; `rankVillages`, which sees every village,
 * counts it as missed.
 *
 * @example scoreVillage(report, defaultConfig(2024))
 * // { village: "Nà Lầu", score: 93.75, met: 5, scored: 6, eligible: true, lines: [ … ], … }
 */
export function scoreVillage(report: CheckedReport, config: RankingConfig): VillageScore {
  return scoreVillageWith(report, config, rulesOf(config));
}

/** `scoreVillage` with the rules already resolved, so that ranking many villages folds each name once. */
export function scoreVillageWith(report: CheckedReport, config: RankingConfig, ruleFor: (name: string) => ResolvedRule): VillageScore {
  const lines: ScoreLine[] = [];
  for (const checked of report.indicators) {
    const line = scoreIndicator(checked, ruleFor(checked.indicator.name), config);
    if (line) lines.push(line);
  }
  let weighted = 0;
  let weights = 0;
  let met = 0;
  const shortfalls: string[] = [];
  const mandatoryMissed: string[] = [];
  for (const line of lines) {
    weighted += line.weight * line.score;
    weights += line.weight;
    if (line.met) met += 1;
    else {
      shortfalls.push(line.name);
      if (line.mandatory) mandatoryMissed.push(line.name);
    }
  }
  if (methodOf(config) === "points") return scoreInPoints(report, config, lines, mandatoryMissed, ruleFor);
  const score = weights > 0 ? roundScore((100 * weighted) / weights) : 0;
  // Nothing matched the targets, nothing had a target, or a sum overflowed: never a score to reward.
  const nothingScored = lines.length === 0 || !Number.isFinite(score) || report.findings.some((f) => f.code === "report/nothing-scored");
  return {
    village: report.village,
    sheet: report.sheet,
    score: Number.isFinite(score) ? score : 0,
    met,
    scored: lines.length,
    errors: report.findings.reduce((count, f) => (f.severity === "error" ? count + 1 : count), 0),
    eligible: mandatoryMissed.length === 0 && !nothingScored,
    nothingScored,
    mandatoryMissed,
    shortfalls,
    lines,
  };
}

/** The points method's score (docs/scoring.md#points-method): Σ earned points of the lines that have maximum points. */
function scoreInPoints(
  report: CheckedReport,
  config: RankingConfig,
  ratioLines: ScoreLine[],
  mandatoryMissed: string[],
  ruleFor: (name: string) => ResolvedRule,
): VillageScore {
  const { lines, total, selfPoints, notes } = pointsOfLines(report, ratioLines, config, ruleFor);
  // As in the ratio method: no line with points, a sum that overflowed or a report matching no target is never rewarded.
  const nothingScored = lines.length === 0 || !Number.isFinite(total) || report.findings.some((f) => f.code === "report/nothing-scored");
  return {
    village: report.village,
    sheet: report.sheet,
    score: Number.isFinite(total) ? roundScore(total) : 0,
    met: lines.filter((line) => line.met).length,
    scored: lines.length,
    errors: report.findings.reduce((count, f) => (f.severity === "error" ? count + 1 : count), 0),
    eligible: mandatoryMissed.length === 0 && !nothingScored,
    nothingScored,
    mandatoryMissed,
    shortfalls: lines.filter((line) => !line.met).map((line) => line.name),
    lines,
    selfPoints,
    notes,
  };
}
