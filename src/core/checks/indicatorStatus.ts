import type { Indicator, Value } from "../model/indicator";
import type { Status } from "../model/report";
import { achieves } from "../values/achieves";

/** Numbers this close are equal: spreadsheets carry float noise (0.1 + 0.2). */
const EPSILON = 1e-9;

/**
 * The status and completion ratio of an indicator given a usable actual value (SPEC §5, §6):
 * - `number`, higher is better: completion = actual / target; target 0 gives 1 when actual ≥ 0.
 * - `number`, lower is better: completion = target / actual. An actual of 0 beats any positive target:
 *   the status is `exceeded` and the completion null (no finite ratio; scoring gives it the cap).
 * - `pass`, `none`, `rating`: completion 1 and `met` when the target is achieved (a better rating than
 *   asked is still `met`), else 0 and `shortfall`.
 * - No target or no usable value: `unknown`, completion null.
 *
 * @example indicatorStatus(indicator({ target: 40, direction: "higher" }), 30) // { status: "shortfall", completion: 0.75 }
 */
export function indicatorStatus(
  indicator: Pick<Indicator, "kind" | "target" | "direction"> & Pick<Partial<Indicator>, "comparison" | "targetMax">,
  actual: Value | null,
): { status: Status; completion: number | null } {
  const { target } = indicator;
  if (actual === null || target === null) return UNKNOWN;
  if (indicator.kind === "number") {
    if (typeof actual !== "number" || typeof target !== "number") return UNKNOWN;
    const read = indicator.direction === "lower" ? lowerIsBetter(actual, target) : higherIsBetter(actual, target);
    return compared(read, indicator, actual);
  }
  if (typeof actual !== "string" || typeof target !== "string") return UNKNOWN;
  return achieves(actual, target) ? { status: "met", completion: 1 } : { status: "shortfall", completion: 0 };
}

const UNKNOWN = { status: "unknown", completion: null } as const;

function higherIsBetter(actual: number, target: number): { status: Status; completion: number | null } {
  const completion = target === 0 ? (actual >= 0 ? 1 : 0) : actual / target;
  return { status: compare(actual, target, 1), completion };
}

function lowerIsBetter(actual: number, target: number): { status: Status; completion: number | null } {
  if (actual === 0) return target === 0 ? { status: "met", completion: 1 } : { status: "exceeded", completion: null };
  return { status: compare(actual, target, -1), completion: Math.max(0, target / actual) };
}

function compare(actual: number, target: number, sign: 1 | -1): Status {
  if (Math.abs(actual - target) <= EPSILON * Math.max(1, Math.abs(target))) return "met";
  return (actual - target) * sign > 0 ? "exceeded" : "shortfall";
}

/**
 * What the target's words change (SPEC §3): under a strict comparison ("trên 98%", "dưới 5%") an actual
 * equal to the target falls short, its completion still 1; a range ("7,5 - 8,0%") is met from its lower
 * bound and exceeded above its upper one.
 */
function compared(read: { status: Status; completion: number | null }, indicator: Pick<Partial<Indicator>, "comparison" | "targetMax">, actual: number): { status: Status; completion: number | null } {
  if ((indicator.comparison === ">" || indicator.comparison === "<") && read.status === "met") return { ...read, status: "shortfall" };
  if (indicator.comparison === "range" && indicator.targetMax !== undefined && read.status !== "shortfall") {
    return { ...read, status: actual > indicator.targetMax + EPSILON * Math.max(1, Math.abs(indicator.targetMax)) ? "exceeded" : "met" };
  }
  return read;
}
