import { finding } from "../model/finding";
import { about, type ValueCheck } from "./valueContext";

/**
 * value/percent-as-fraction: 0.95 typed for 95 % (no percent format) where the target is above 1.
 *
 * @example checkPercentAsFraction({ ...context, actual: 0.95 }) // target 99 % → [{ code: "value/percent-as-fraction", … }]
 */
export const checkPercentAsFraction: ValueCheck = (context) => {
  const { actual, reading, indicator } = context;
  if (indicator.unitKey !== "%" || typeof actual !== "number" || typeof indicator.target !== "number") return [];
  const percentFormat = reading.type === "number" && reading.percentFormat;
  if (percentFormat || actual <= 0 || actual > 1 || indicator.target <= 1) return [];
  return [finding("value/percent-as-fraction", { ...about(context), actual, expected: indicator.target })];
};
