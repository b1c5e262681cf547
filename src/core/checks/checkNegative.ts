import { finding } from "../model/finding";
import { about, type ValueCheck } from "./valueContext";

/**
 * value/negative: counts, areas, amounts and rates are never below zero.
 *
 * @example checkNegative({ ...context, actual: -3 }) // [{ code: "value/negative", actual: -3, … }]
 */
export const checkNegative: ValueCheck = (context) =>
  typeof context.actual === "number" && context.actual < 0 ? [finding("value/negative", { ...about(context), actual: context.actual })] : [];
