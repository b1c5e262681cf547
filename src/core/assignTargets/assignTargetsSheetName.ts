/**
 * The name of the sheet giving villages their targets (docs/outputs.md#giving-villages-their-targets).
 *
 * @example assignTargetsSheetName(2024) === "Giao chỉ tiêu 2024"
 */
export function assignTargetsSheetName(year: number): string {
  return `Giao chỉ tiêu ${year}`;
}

/**
 * Whether a sheet is one the add-in wrote to give villages their targets ("Giao chỉ tiêu 2024", "Giao chỉ
 * tiêu 2024 (2)"): the commune's targets, never a village's report, though it reads as a consolidated sheet.
 *
 * @example isAssignTargetsSheetName("Giao chỉ tiêu 2024 (2)") === true; isAssignTargetsSheetName("Tổng hợp 2024") === false
 */
export function isAssignTargetsSheetName(name: string): boolean {
  return /^giao chỉ tiêu \d{4}( \(\d+\))?$/iu.test(
    name.normalize("NFC").trim(),
  );
}
