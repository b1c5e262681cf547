import type { Direction, Indicator } from "../model/indicator";
import { isShareOfWhole } from "../semantics/isShareOfWhole";
import { readCell } from "../values/readCell";
import { withTarget } from "./withTarget";

/** What a configuration rule says about an indicator's meaning (see `resolveRules`). */
export interface RuleMeaning {
  /** The rule's direction, or null to keep the indicator's own. */
  direction: Direction | null;
  /** The rule's target (a number or a word), used where the sheets give none; null when it sets none. */
  target: number | string | null;
}

/**
 * The indicator as the configuration means it (docs/reading-tables.md#units-and-semantics, docs/scoring.md#scoring-and-ranking Configuration): a rule's `direction` is its
 * direction everywhere (comparison words pointing the other way no longer make it strict), a rule's
 * `target` is its target where the sheets give none (and before the commune sheet's actual, for a target
 * relative to the commune's own rate), and a share of a whole ("Cơ cấu kinh tế …") that no
 * rule directs is context (`context: true`: neither met nor short, not scored). The same object comes
 * back when nothing changes, so that ranking thousands of villages makes no copies.
 *
 * @example ruledIndicator(growth, { direction: "lower", target: null }).direction === "lower"
 * @example ruledIndicator(relative, { direction: null, target: 92.5 }).target === 92.5
 */
export function ruledIndicator(indicator: Indicator, rule: RuleMeaning): Indicator {
  const context = rule.direction === null && indicator.comparison === undefined && isShareOfWhole(indicator.name, indicator.path);
  const direction = rule.direction ?? indicator.direction;
  const comparison = againstDirection(indicator.comparison, direction) ? undefined : indicator.comparison;
  // The rule's target where the sheets give none, and before the commune sheet's actual for a target
  // relative to the commune's own rate (docs/reading-tables.md#values).
  const fromRule = rule.target !== null && (indicator.target === null || indicator.relative !== undefined) ? withTarget(indicator, readCell(rule.target)) : null;
  const targeted = fromRule !== null && fromRule.target !== indicator.target;
  if (!targeted && direction === indicator.direction && comparison === indicator.comparison && context === (indicator.context === true)) return indicator;
  const ruled: Indicator = { ...(targeted ? fromRule : indicator), direction };
  if (comparison === undefined) delete ruled.comparison;
  if (context) ruled.context = true;
  else delete ruled.context;
  return ruled;
}

function againstDirection(comparison: Indicator["comparison"], direction: Direction): boolean {
  if (comparison === ">" || comparison === ">=") return direction === "lower";
  if (comparison === "<" || comparison === "<=") return direction === "higher";
  return false;
}
