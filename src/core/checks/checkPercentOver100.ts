import { finding } from "../model/finding";
import { about, type ValueCheck } from "./valueContext";

/**
 * value/percent-over-100: a rate above 100 % is usually a count typed in a % row.
 *
 * @example checkPercentOver100({ ...context, actual: 135 }) // [{ code: "value/percent-over-100", actual: 135, … }]
 */
export const checkPercentOver100: ValueCheck = (context) =>
  context.indicator.unitKey === "%" && typeof context.actual === "number" && context.actual > 100
    ? [finding("value/percent-over-100", { ...about(context), actual: context.actual })]
    : [];
