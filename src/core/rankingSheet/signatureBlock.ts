import { LAST_TABLE_COLUMN } from "./rankingSheetLayout";
import { BOLD_CENTRED, FONT } from "./rankingSheetStyles";
import type { SheetCanvas } from "./sheetCanvas";

const RECIPIENTS = ["- Hội đồng Thi đua - Khen thưởng xã;", "- Các thôn, bản;", "- Lưu: VT."];

/**
 * The closing block of Nghị định 30/2020: "Nơi nhận" on the left, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" on the
 * right with room to sign. Returns the next free row.
 *
 * @example writeSignatureBlock(canvas, 40) === 47
 */
export function writeSignatureBlock(canvas: SheetCanvas, row: number): number {
  canvas.putMerged(row, 0, 2, "Nơi nhận:", { font: { ...FONT, size: 12, bold: true, italic: true } });
  RECIPIENTS.forEach((text, index) => canvas.putMerged(row + 1 + index, 0, 2, text, { font: { ...FONT, size: 11 } }));
  canvas.putMerged(row, 5, LAST_TABLE_COLUMN, "TM. ỦY BAN NHÂN DÂN", BOLD_CENTRED);
  canvas.putMerged(row + 1, 5, LAST_TABLE_COLUMN, "CHỦ TỊCH", BOLD_CENTRED);
  return row + 7;
}
