import type { IndicatorKind } from "../model/indicator";

/**
 * Whether an indicator accumulates over the year (SPEC §4): a `number` indicator whose unit is not
 * "%". Rates and qualitative indicators are levels. At the mid-year review the targets of
 * cumulative indicators are halved (SPEC §6).
 *
 * @example isCumulative("number", "tấn") // true
 * @example isCumulative("number", "%") // false
 * @example isCumulative("pass", null) // false
 */
export function isCumulative(kind: IndicatorKind, unitKey: string | null): boolean {
  return kind === "number" && unitKey !== "%";
}
