import type { IndicatorRule, RankingConfig } from "../config/rankingConfig";
import type { Direction } from "../model/indicator";
import { foldText } from "../text/foldText";

/** What the configuration says about one indicator once every matching rule is applied. */
export interface ResolvedRule {
  mandatory: boolean;
  weight: number;
  /** The rule's direction, or null to keep the indicator's own. */
  direction: Direction | null;
  exclude: boolean;
  /** Maximum points the rule gives (points method), null to keep the table's Điểm chuẩn. */
  points: number | null;
  /** Villages not held to the indicator when their report leaves it out: every matching rule's, together. */
  exempt: readonly string[];
  /** The target the rule sets where the sheets give none (a number or a word), null when it sets none. */
  target: number | string | null;
}

export const NO_RULE: ResolvedRule = { mandatory: false, weight: 1, direction: null, exclude: false, points: null, exempt: [], target: null };

/**
 * Makes a lookup from an indicator's name to the rules that apply to it. Every rule whose `match` is a
 * folded substring of the name applies, in order; a later rule wins on a key both set, so a general rule
 * can be refined by a more specific one below it (`exempt` lists are joined instead). Names are folded once and remembered, since every
 * village repeats the same indicators.
 *
 * @example resolveRules(config.indicators)("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn").direction === "lower"
 */
export function resolveRules(rules: readonly IndicatorRule[]): (indicatorName: string) => ResolvedRule {
  const needles = rules.map((rule) => ({ rule, needle: foldText(rule.match) })).filter(({ needle }) => needle !== "");
  // A dictionary rather than a Map: a name looked up once as a key is found again at once, where a Map
  // compares it character by character each time (every village's report has its own copy of each name).
  const known: Record<string, ResolvedRule | undefined> = Object.create(null) as Record<string, ResolvedRule | undefined>;
  return (indicatorName) => {
    const cached = known[indicatorName];
    if (cached !== undefined) return cached;
    const folded = foldText(indicatorName);
    let resolved = NO_RULE;
    for (const { rule, needle } of needles) {
      if (folded.includes(needle)) resolved = applyRule(resolved, rule);
    }
    known[indicatorName] = resolved;
    return resolved;
  };
}

function applyRule(current: ResolvedRule, rule: IndicatorRule): ResolvedRule {
  return {
    mandatory: rule.mandatory ?? current.mandatory,
    weight: rule.weight ?? current.weight,
    direction: rule.direction ?? current.direction,
    exclude: rule.exclude ?? current.exclude,
    points: rule.points ?? current.points,
    exempt: rule.exempt === undefined ? current.exempt : [...current.exempt, ...rule.exempt],
    target: rule.target ?? current.target,
  };
}

/** The rules of a configuration, resolved (see `resolveRules`). */
export function rulesOf(config: Pick<RankingConfig, "indicators">): (indicatorName: string) => ResolvedRule {
  return resolveRules(config.indicators);
}
