import type { RankingConfig } from "../../../../src/core/config/rankingConfig";
import type { ScoreLine } from "../../../../src/core/model/ranking";
import type { CheckedIndicator } from "../../../../src/core/model/report";
import { completionRatio } from "../../../../src/core/scoring/completionRatio";
import type { ResolvedRule } from "../../../../src/core/scoring/resolveRules";
import { scoringTarget } from "../../../../src/core/scoring/scoringTarget";
import { lineMet } from "../../../../src/core/scoring/scoreIndicator";

// "Met?" is the status (issue 28): the one answer the current scoring asks too.

/**
 * One indicator's contribution to a village's score, or null when it is not scored: not a scored row of
 * the report, excluded by the configuration, or without a target.
 *
 * @example // an indicator with target 40 hộ and actual 30, no rule
 * scoreIndicator(checked, rule, { period: "year", cap: 1.2 })
 * // { ratio: 0.75, score: 0.75, weight: 1, met: false, … }
 */
export function scoreIndicator(
  checked: CheckedIndicator,
  rule: ResolvedRule,
  config: Pick<RankingConfig, "period" | "cap">,
): ScoreLine | null {
  const { indicator } = checked;
  if (!checked.scored || rule.exclude) return null;
  const target = scoringTarget(indicator, config.period);
  if (target === null) return null;
  const direction = rule.direction ?? indicator.direction;
  const ratio = completionRatio(indicator.kind, direction, target, checked.actual, config.cap);
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    kind: indicator.kind,
    target,
    actual: checked.actual,
    ratio,
    score: Math.min(ratio, config.cap),
    weight: rule.weight,
    mandatory: rule.mandatory,
    met: lineMet(checked, rule, target),
    cell: checked.cell,
  };
}
