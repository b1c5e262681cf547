import { finding } from "../model/finding";
import { about, type ValueCheck } from "./valueContext";

/**
 * value/decimal-point (info): an actual written with a dot as its decimal mark ("15.40"), read as 15.4 and
 * said, since Vietnamese sheets write a decimal comma.
 *
 * @example checkDecimalPoint({ ...context, reading: readCell("15.40") }) // [{ code: "value/decimal-point", actual: 15.4 }]
 */
export const checkDecimalPoint: ValueCheck = (context) => {
  const { reading, actual } = context;
  if (reading.type !== "number" || reading.decimalPoint !== true || typeof actual !== "number") return [];
  return [finding("value/decimal-point", { ...about(context), actual })];
};
