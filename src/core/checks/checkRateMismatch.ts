import { finding } from "../model/finding";
import { about, type ValueCheck } from "./valueContext";

/** Percentage points the report's own Tỷ lệ may differ from actual / target before it is flagged. */
const TOLERANCE = 1;

/**
 * value/rate-mismatch: the report's own Tỷ lệ column differs from actual / target × 100 by more than one
 * point. A rate written as a fraction (0.95 for 95 %) is accepted.
 *
 * @example checkRateMismatch({ ...context, actual: 30, rate: { reading: readCell(90), cell: "F12" } }) // target 40 → expected 75
 */
export const checkRateMismatch: ValueCheck = (context) => {
  const { actual, indicator, rate } = context;
  if (rate === null || rate.reading.type !== "number") return [];
  if (typeof actual !== "number" || typeof indicator.target !== "number" || indicator.target === 0) return [];
  const expected = (actual / indicator.target) * 100;
  const written = rate.reading.value;
  const close = (value: number) => Math.abs(value - expected) <= TOLERANCE;
  if (close(written) || (!rate.reading.percentFormat && close(written * 100))) return [];
  return [finding("value/rate-mismatch", { ...about(context), cell: rate.cell, actual: written, expected: Math.round(expected * 100) / 100 })];
};
