import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import type { RankedVillage, ScoreLine } from "../../../src/core/model/ranking";
import type { CheckedReport } from "../../../src/core/model/report";
import { methodOf } from "../../../src/core/config/rankingConfig";
import { communeColumns } from "../../../src/core/scoring/communeColumns";
import { formLines } from "../../../src/core/scoring/formLines";
import { pointsOfLines } from "./pointsOfLines";
import { rulesOf, type ResolvedRule } from "../../../src/core/scoring/resolveRules";
import { roundScore } from "../../../src/core/scoring/roundScore";
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
  // a scoring form has points only: it is scored in points whatever the method (docs/scoring.md#points-method)
  return methodOf(config) === "points" || report.form === true ? scoreInPoints(report, config, ruleFor) : scoreInRatios(report, config, ruleFor);
}

/** The ratio method's score (docs/scoring.md#scoring-and-ranking), in one pass over the report's rows. */
function scoreInRatios(report: CheckedReport, config: RankingConfig, ruleFor: (name: string) => ResolvedRule): VillageScore {
  const lines: ScoreLine[] = [];
  const shortfalls: string[] = [];
  const mandatoryMissed: string[] = [];
  let weighted = 0;
  let weights = 0;
  let met = 0;
  for (const checked of report.indicators) {
    const line = scoreIndicator(checked, ruleFor(checked.indicator.name), config);
    if (line === null) continue;
    lines.push(line);
    weighted += line.weight * line.score;
    weights += line.weight;
    if (line.met) met += 1;
    else {
      shortfalls.push(line.name);
      if (line.mandatory) mandatoryMissed.push(line.name);
    }
  }
  const score = weights > 0 ? roundScore((100 * weighted) / weights) : 0;
  // Nothing matched the targets, nothing had a target, or a sum overflowed: never a score to reward.
  const nothingScored = lines.length === 0 || !Number.isFinite(score) || saysNothingScored(report);
  return {
    village: report.village,
    sheet: report.sheet,
    score: Number.isFinite(score) ? score : 0,
    met,
    scored: lines.length,
    errors: errorsOf(report),
    eligible: mandatoryMissed.length === 0 && !nothingScored,
    nothingScored,
    mandatoryMissed,
    shortfalls,
    lines,
  };
}

/**
 * The points method's score (docs/scoring.md#points-method): Σ earned points of the lines that have maximum points; the
 * commune's columns in a village's report count only where the configuration says the commune filled them.
 */
function scoreInPoints(written: CheckedReport, config: RankingConfig, ruleFor: (name: string) => ResolvedRule): VillageScore {
  // a scoring form's Điểm thẩm định is the commune's verification, which counts first (docs/scoring.md#points-method "Scoring forms")
  const counted = written.form === true ? { report: written, notes: [] } : communeColumns(written, config);
  const report = counted.report;
  const { lines, total, selfPoints, notes: lineNotes, mandatoryMissed } = report.form === true ? formLines(report, config, ruleFor) : pointsOfLines(report, config, ruleFor);
  const notes = counted.notes.length === 0 ? lineNotes : [...counted.notes, ...lineNotes];
  let met = 0;
  const shortfalls: string[] = [];
  for (const line of lines) {
    if (line.met) met += 1;
    else shortfalls.push(line.name);
  }
  // As in the ratio method: no line with points, a sum that overflowed or a report matching no target is never rewarded.
  const nothingScored = lines.length === 0 || !Number.isFinite(total) || saysNothingScored(report);
  return {
    village: report.village,
    sheet: report.sheet,
    score: Number.isFinite(total) ? roundScore(total) : 0,
    met,
    scored: lines.length,
    errors: errorsOf(report),
    eligible: mandatoryMissed.length === 0 && !nothingScored,
    nothingScored,
    mandatoryMissed,
    shortfalls,
    lines,
    selfPoints,
    notes,
  };
}

function saysNothingScored(report: CheckedReport): boolean {
  for (const f of report.findings) if (f.code === "report/nothing-scored") return true;
  return false;
}

function errorsOf(report: CheckedReport): number {
  let errors = 0;
  for (const f of report.findings) if (f.severity === "error") errors += 1;
  return errors;
}
