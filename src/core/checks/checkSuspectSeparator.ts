import { finding } from "../model/finding";
import { about, type ValueCheck } from "./valueContext";

// "About 1000× off": between 500× and 2000× either way.
const LOW = 500;
const HIGH = 2000;

/**
 * value/suspect-separator: a number about 1000 times off its target, as when "1.417" (one thousand four
 * hundred seventeen) is read as 1.417 on a machine that takes "." for the decimal mark.
 *
 * @example checkSuspectSeparator({ ...context, actual: 1.417 }) // target 1417 → [{ code: "value/suspect-separator", … }]
 */
export const checkSuspectSeparator: ValueCheck = (context) => {
  const { actual, indicator } = context;
  if (indicator.kind !== "number" || indicator.unitKey === "%") return [];
  if (typeof actual !== "number" || typeof indicator.target !== "number" || actual <= 0 || indicator.target <= 0) return [];
  const ratio = Math.max(actual / indicator.target, indicator.target / actual);
  return ratio >= LOW && ratio <= HIGH ? [finding("value/suspect-separator", { ...about(context), actual, expected: indicator.target })] : [];
};
