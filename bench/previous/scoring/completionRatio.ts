import type { Direction, IndicatorKind, Value, Word } from "../../../src/core/model/indicator";
import { achieves } from "../../../src/core/values/achieves";

/**
 * The completion ratio of docs/scoring.md#scoring-and-ranking, before the cap:
 * - `number`, higher is better: actual / target (target 0: 1 when actual ≥ 0);
 * - `number`, lower is better: target / actual (actual 0: `cap`);
 * - `pass`, `none`, `rating`: 1 when the actual achieves the target, else 0;
 * - no usable value, a value of the wrong kind or not a finite number: 0. Never negative.
 *
 * @example completionRatio("number", "higher", 40, 30, 1.2) === 0.75
 * @example completionRatio("number", "lower", 15.9, 12, 1.2) // 1.325
 * @example completionRatio("rating", "higher", "Tốt", "Xuất sắc", 1.2) === 1
 */
export function completionRatio(kind: IndicatorKind, direction: Direction, target: Value, actual: Value | null, cap: number): number {
  if (actual === null) return 0;
  if (kind === "number") {
    if (typeof actual !== "number" || typeof target !== "number" || !Number.isFinite(actual) || !Number.isFinite(target)) return 0;
    return Math.max(0, direction === "lower" ? lowerIsBetter(target, actual, cap) : higherIsBetter(target, actual));
  }
  if (typeof target !== "string") return 0;
  return wordAchieves(kind, actual, target) ? 1 : 0;
}

function higherIsBetter(target: number, actual: number): number {
  if (target === 0) return actual >= 0 ? 1 : 0;
  return actual / target;
}

function lowerIsBetter(target: number, actual: number, cap: number): number {
  if (actual < 0) return 0;
  if (actual === 0) return cap;
  return target / actual;
}

// An occurrence may arrive as a count: 0 means nothing happened.
function wordAchieves(kind: IndicatorKind, actual: Value, target: Word): boolean {
  if (typeof actual === "number") return kind === "none" && actual === 0 && target === "Không xảy ra";
  return achieves(actual, target);
}
