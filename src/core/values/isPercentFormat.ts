/**
 * Whether an Excel number format shows its value as a percentage (×100), as "0%", "0.0%" and
 * "0.00%;[Red]-0.00%" do. A "%" inside quotes, brackets or escaped with "\" is literal text and
 * does not scale the value.
 *
 * @example isPercentFormat("0.0%") // true
 * @example isPercentFormat('0" %"') // false
 */
export function isPercentFormat(format: string): boolean {
  const literalFree = format
    .replace(/"[^"]*"?/g, "")
    .replace(/\[[^\]]*\]?/g, "")
    .replace(/[\\_*]./g, "");
  return literalFree.includes("%");
}
