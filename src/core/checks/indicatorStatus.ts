import type { Indicator, Value } from "../model/indicator";
import type { Status } from "../model/report";
import { achieves } from "../values/achieves";

/** Numbers this close are equal: spreadsheets carry float noise (0.1 + 0.2). */
const EPSILON = 1e-9;

type Judged = Pick<Indicator, "kind" | "target" | "direction"> & Pick<Partial<Indicator>, "comparison" | "targetMax" | "context">;

/**
 * The status and completion ratio of an indicator given a usable actual value (docs/reading-tables.md#checks-and-findings, docs/scoring.md#scoring-and-ranking):
 * - `number`, higher is better: completion = actual / target; target 0 gives 1 when actual ≥ 0.
 * - `number`, lower is better: completion = target / actual. An actual of 0 beats any positive target:
 *   the status is `exceeded` and the completion null (no finite ratio; scoring gives it the cap).
 * - `pass`, `none`, `rating`: completion 1 and `met` when the target is achieved (a better rating than
 *   asked is still `met`), else 0 and `shortfall`.
 * - A strict comparison ("trên 95%") with the actual exactly at the target: `shortfall`, completion 1.
 * - No target, no usable value, or a share of a whole no rule directs (`context`): `unknown`, completion null.
 *
 * @example indicatorStatus(indicator({ target: 40, direction: "higher" }), 30) // { status: "shortfall", completion: 0.75 }
 */
export function indicatorStatus(indicator: Judged, actual: Value | null): { status: Status; completion: number | null } {
  return statusAgainst(indicator, indicator.target, actual);
}

/**
 * Whether an indicator counts as met: its status is `met` or `exceeded`. The one answer to "met?" that the
 * count of indicators met, điểm liệt, all-or-nothing points and the highlights all ask (docs/reading-tables.md#values, docs/scoring.md#scoring-and-ranking).
 *
 * @example isMet(indicatorStatus({ kind: "number", target: 95, direction: "higher", comparison: ">" }, 95).status) === false
 */
export function isMet(status: Status): boolean {
  return status === "met" || status === "exceeded";
}

/**
 * `indicatorStatus` against another target than the indicator's own (the halved target of a cumulative
 * indicator at the mid-year review), with the indicator's direction and comparison words.
 *
 * @example statusAgainst({ kind: "number", target: 1417, direction: "higher", cumulative: true }, 708.5, 708.5).status === "met"
 */
export function statusAgainst(indicator: Omit<Judged, "target">, target: Value | null, actual: Value | null): { status: Status; completion: number | null } {
  if (actual === null || target === null || indicator.context === true) return UNKNOWN;
  if (indicator.kind === "number") {
    if (typeof actual !== "number" || typeof target !== "number") return UNKNOWN;
    const read = indicator.direction === "lower" ? lowerIsBetter(actual, target) : higherIsBetter(actual, target);
    return compared(read, indicator, actual);
  }
  if (typeof target !== "string") return UNKNOWN;
  // An occurrence may arrive as a count: 0 means nothing happened.
  if (typeof actual === "number") return indicator.kind === "none" && actual === 0 && target === "Không xảy ra" ? MET : UNKNOWN;
  return achieves(actual, target) ? MET : SHORT;
}

/**
 * `isMet(statusAgainst(indicator, target, actual).status)` without making the status: ranking asks it of
 * every row of every village (docs/scoring.md#scoring-and-ranking).
 *
 * @example metAgainst({ kind: "number", target: 95, direction: "higher", comparison: ">" }, 95, 95) === false
 */
export function metAgainst(indicator: Omit<Judged, "target">, target: Value | null, actual: Value | null): boolean {
  if (actual === null || target === null || indicator.context === true) return false;
  if (indicator.kind === "number") {
    if (typeof actual !== "number" || typeof target !== "number") return false;
    // A strict comparison turns a met figure short; a range never changes met into short or back.
    const strict = indicator.comparison === ">" || indicator.comparison === "<";
    if (indicator.direction !== "lower") return reaches(compare(actual, target, 1), strict);
    if (actual < 0) return false;
    if (actual === 0) return target !== 0 || !strict;
    return reaches(compare(actual, target, -1), strict);
  }
  if (typeof target !== "string") return false;
  if (typeof actual === "number") return indicator.kind === "none" && actual === 0 && target === "Không xảy ra";
  return achieves(actual, target);
}

function reaches(status: Status, strict: boolean): boolean {
  return status === "exceeded" || (status === "met" && !strict);
}

const UNKNOWN = { status: "unknown", completion: null } as const;
const MET = { status: "met", completion: 1 } as const;
const SHORT = { status: "shortfall", completion: 0 } as const;

function higherIsBetter(actual: number, target: number): { status: Status; completion: number | null } {
  const completion = target === 0 ? (actual >= 0 ? 1 : 0) : actual / target;
  return { status: compare(actual, target, 1), completion };
}

function lowerIsBetter(actual: number, target: number): { status: Status; completion: number | null } {
  // A negative figure is an error of its own (`value/negative`): it meets nothing.
  if (actual < 0) return { status: "shortfall", completion: 0 };
  if (actual === 0) return target === 0 ? { status: "met", completion: 1 } : { status: "exceeded", completion: null };
  return { status: compare(actual, target, -1), completion: Math.max(0, target / actual) };
}

function compare(actual: number, target: number, sign: 1 | -1): Status {
  if (Math.abs(actual - target) <= EPSILON * Math.max(1, Math.abs(target))) return "met";
  return (actual - target) * sign > 0 ? "exceeded" : "shortfall";
}

/**
 * What the target's words change (docs/reading-tables.md#values): under a strict comparison ("trên 98%", "dưới 5%") an actual
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
