import type { Value } from "../../core/model";
import { formatNumberVi } from "../../core/values/formatNumberVi";

/**
 * A target or actual as a person reads it in the terminal: numbers the Vietnamese way, words as they are.
 *
 * @example formatValue(1417) === "1.417"; formatValue(null) === "—"
 */
export function formatValue(value: Value | null): string {
  if (value === null) return "—";
  return typeof value === "number" ? formatNumberVi(value) : value;
}
