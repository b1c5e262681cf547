import type { RankingConfig } from "../config/rankingConfig";
import type { Value } from "../model/indicator";
import type { ScoreLine } from "../model/ranking";
import type { CheckedIndicator } from "../model/report";
import { completionRatio } from "./completionRatio";
import type { ResolvedRule } from "./resolveRules";
import { scoringTarget } from "./scoringTarget";

// Ratios computed from decimals (1.4 / 1.4 after unit conversion) may land a hair below 1.
export const MET_TOLERANCE = 1e-9;

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
  const target = scoredTarget(checked, rule, config);
  if (target === null) return null;
  const { indicator } = checked;
  const ratio = lineRatio(checked, rule, target, config);
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
    met: ratio >= 1 - MET_TOLERANCE,
    cell: checked.cell,
  };
}

/**
 * The target a report's row is scored against, or null when the row is not scored (not a scored row,
 * excluded by the configuration, or without a target).
 *
 * @example scoredTarget({ scored: true, indicator: { target: 40, … }, … }, NO_RULE, { period: "year" }) === 40
 */
export function scoredTarget(checked: CheckedIndicator, rule: ResolvedRule, config: Pick<RankingConfig, "period">): Value | null {
  if (!checked.scored || rule.exclude) return null;
  return scoringTarget(checked.indicator, config.period);
}

/**
 * The completion ratio of a scored row (SPEC §6, before the cap), in the rule's direction where it
 * sets one.
 *
 * @example lineRatio(checked, rule, 40, { cap: 1.2 }) === 0.75 // actual 30
 */
export function lineRatio(checked: CheckedIndicator, rule: ResolvedRule, target: Value, config: Pick<RankingConfig, "cap">): number {
  const { indicator } = checked;
  return completionRatio(indicator.kind, rule.direction ?? indicator.direction, target, checked.actual, config.cap);
}
