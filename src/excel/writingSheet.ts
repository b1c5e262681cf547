/**
 * New sheets are written under a name of this form until they replace the old ones. A sheet left under
 * it (Excel refused everything after the data, even removing it: cell-edit mode below ExcelApi 1.11,
 * another workbook in focus) is removed by the next write, and the pane's lists never offer it.
 */
export const WRITING_PREFIX = "Thi đua đang ghi ";

/**
 * Whether a sheet is one left half-written by an earlier write.
 *
 * @example isWritingSheet("Thi đua đang ghi 4127-1") === true
 */
export function isWritingSheet(name: string): boolean {
  return name.startsWith(WRITING_PREFIX);
}
