import type { RankingConfig } from "../config/rankingConfig";
import type { Indicator, Value } from "../model/indicator";
import type { ScoreLine } from "../model/ranking";
import type { CheckedIndicator } from "../model/report";
import { metAgainst } from "../checks/indicatorStatus";
import { ruledIndicator } from "../checks/ruledIndicator";
import { completionRatio } from "./completionRatio";
import type { ResolvedRule } from "./resolveRules";
import { scoringTarget } from "./scoringTarget";

/**
 * One indicator's contribution to a village's score, or null when it is not scored: not a scored row of
 * the report, excluded by the configuration, without a target, or context (a share of a whole). `met` is
 * the indicator's status (see `lineMet`): under a strict comparison an actual at the target is not met,
 * though its ratio is 1.
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
    met: lineMet(checked, rule, target),
    cell: checked.cell,
  };
}

/**
 * The target a report's row is scored against, or null when the row is not scored (not a scored row,
 * excluded by the configuration, without a target even from a rule, or context no rule directs).
 *
 * @example scoredTarget({ scored: true, indicator: { target: 40, … }, … }, NO_RULE, { period: "year" }) === 40
 */
export function scoredTarget(checked: CheckedIndicator, rule: ResolvedRule, config: Pick<RankingConfig, "period">): Value | null {
  if (!checked.scored || rule.exclude) return null;
  return targetOf(ruled(checked, rule), config.period);
}

/**
 * The completion ratio of a scored row (docs/scoring.md#scoring-and-ranking, before the cap), in the rule's direction where it
 * sets one.
 *
 * @example lineRatio(checked, rule, 40, { cap: 1.2 }) === 0.75 // actual 30
 */
export function lineRatio(checked: CheckedIndicator, rule: ResolvedRule, target: Value, config: Pick<RankingConfig, "cap">): number {
  return ratioOf(ruled(checked, rule), target, checked.actual, config.cap);
}

/**
 * Whether a scored row is met: its status against the scored target (met or exceeded), with the rule's
 * direction and the target's comparison words — the one answer the count of indicators met, điểm liệt
 * and all-or-nothing points ask (docs/reading-tables.md#values, docs/scoring.md#scoring-and-ranking).
 *
 * @example lineMet(checked, NO_RULE, 95) === false // "trên 95%", actual 95
 */
export function lineMet(checked: CheckedIndicator, rule: ResolvedRule, target: Value): boolean {
  return metOf(ruled(checked, rule), target, checked.actual);
}

/** What scoring reads of a scored row: its target, ratio and status (see `scoreRow`). */
export interface ScoredRow {
  target: Value;
  ratio: number;
  met: boolean;
}

/**
 * `scoredTarget`, `lineRatio` and `lineMet` of one row at once, the rule applied to the indicator once,
 * written into `into` (one object for a whole report: ranking asks this of every row of every village).
 * False when the row is not scored.
 *
 * @example const row = { target: 0, ratio: 0, met: false }; scoreRow(checked, NO_RULE, { period: "year", cap: 1.2 }, row) && row.ratio === 0.75
 */
export function scoreRow(checked: CheckedIndicator, rule: ResolvedRule, config: Pick<RankingConfig, "period" | "cap">, into: ScoredRow): boolean {
  if (!checked.scored || rule.exclude) return false;
  const indicator = ruled(checked, rule);
  const target = targetOf(indicator, config.period);
  if (target === null) return false;
  into.target = target;
  into.ratio = ratioOf(indicator, target, checked.actual, config.cap);
  into.met = metOf(indicator, target, checked.actual);
  return true;
}

function targetOf(indicator: Indicator, period: RankingConfig["period"]): Value | null {
  return indicator.context === true ? null : scoringTarget(indicator, period);
}

function ratioOf(indicator: Indicator, target: Value, actual: Value | null, cap: number): number {
  return completionRatio(indicator.kind, indicator.direction, target, actual, cap);
}

function metOf(indicator: Indicator, target: Value, actual: Value | null): boolean {
  return metAgainst(indicator, target, actual);
}

function ruled(checked: CheckedIndicator, rule: ResolvedRule): Indicator {
  return ruledIndicator(checked.indicator, rule);
}
