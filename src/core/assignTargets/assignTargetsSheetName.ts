/**
 * The name of the sheet giving villages their targets (docs/outputs.md#giving-villages-their-targets).
 *
 * @example assignTargetsSheetName(2024) === "Giao chỉ tiêu 2024"
 */
export function assignTargetsSheetName(year: number): string {
  return `Giao chỉ tiêu ${year}`;
}
