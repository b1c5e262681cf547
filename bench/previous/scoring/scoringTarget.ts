import type { Indicator, Value } from "../../../src/core/model/indicator";
import type { Period } from "../../../src/core/model/ranking";

/**
 * The target an indicator is scored against: at the mid-year review (`half`) a cumulative indicator
 * (a count or amount that grows over the year) has half its yearly target; levels (%, qualitative) keep theirs.
 *
 * @example scoringTarget({ kind: "number", cumulative: true, target: 1417, … }, "half") === 708.5
 */
export function scoringTarget(indicator: Pick<Indicator, "kind" | "cumulative" | "target">, period: Period): Value | null {
  const { target } = indicator;
  if (period === "half" && indicator.cumulative && indicator.kind === "number" && typeof target === "number") return target / 2;
  return target;
}
