import type { IndicatorKind } from "../model/indicator";
import { foldText } from "../text/foldText";
import { isRateUnit } from "../units/unitCatalogue";

/**
 * Whether an indicator accumulates over the year (docs/reading-tables.md#units-and-semantics): a `number` indicator whose unit is not
 * "%" nor a rate ("tạ/ha", "triệu đồng/người/năm", a unit beginning with "%": "% chỉ tiêu", "% KH"), and whose name does not say it is an average ("bình
 * quân"). Rates, averages and qualitative indicators are levels. At the mid-year review the targets of
 * cumulative indicators are halved (docs/scoring.md#scoring-and-ranking).
 *
 * @example isCumulative("number", "tấn") // true
 * @example isCumulative("number", "%") // false
 * @example isCumulative("number", null, "Tạ/ha") // false
 * @example isCumulative("number", null, "% tổng số chi bộ") // false
 * @example isCumulative("number", "triệu đồng", "Triệu đồng", "Thu nhập bình quân đầu người") // false
 * @example isCumulative("pass", null) // false
 */
export function isCumulative(kind: IndicatorKind, unitKey: string | null, unit: string | null = null, name = ""): boolean {
  if (kind !== "number" || unitKey === "%") return false;
  if (isRateUnit(unit) || (unitKey !== null && unitKey.includes("/"))) return false;
  // "% chỉ tiêu", "% tổng số chi bộ", "% KH": a share of something, a level like "%"
  if (unit !== null && unit.trim().startsWith("%")) return false;
  return !/\bbinh quan\b/u.test(foldText(name));
}
