import { foldText } from "../text/foldText";

/**
 * Whether a rule's `match` is a case- and diacritic-insensitive substring of an indicator's name.
 * Folding turns punctuation into spaces on both sides, so "an ninh, trật tự" matches
 * "đạt tiêu chuẩn “an toàn về an ninh, trật tự”" whatever the quotes and commas.
 *
 * @example matchesRule("suy dinh dưỡng", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn") === true
 */
export function matchesRule(match: string, indicatorName: string): boolean {
  const needle = foldText(match);
  return needle !== "" && foldText(indicatorName).includes(needle);
}
