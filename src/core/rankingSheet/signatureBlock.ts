import { LAST_TABLE_COLUMN } from "./rankingSheetLayout";
import { BOLD_CENTRED, FONT } from "./rankingSheetStyles";
import type { SheetCanvas } from "./sheetCanvas";

const RECIPIENTS = ["- Hội đồng Thi đua - Khen thưởng xã;", "- Các thôn, bản;", "- Lưu: VT."];

/** Blank rows between the title and the signer's name, to sign and seal (Nghị định 30/2020). */
export const SIGNING_ROWS = 4;

/** Rows the block takes: the headings, the rows to sign, the name. */
export const SIGNATURE_BLOCK_ROWS = 2 + SIGNING_ROWS + 1;

/** Who signs the ranking: the chairman's full name, and the title above it (default "CHỦ TỊCH"). */
export interface Signer {
  signer?: string | null;
  signerTitle?: string | null;
}

/**
 * The closing block of Nghị định 30/2020: "Nơi nhận" on the left, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" on the
 * right, four blank rows to sign and seal, and the signer's full name. Returns the next free row.
 *
 * @example writeSignatureBlock(canvas, 40, { signer: "Hoàng Văn Minh" }) === 47
 */
export function writeSignatureBlock(canvas: SheetCanvas, row: number, who: Signer = {}): number {
  canvas.putMerged(row, 0, 2, "Nơi nhận:", { font: { ...FONT, size: 12, bold: true, italic: true } });
  RECIPIENTS.forEach((text, index) => canvas.putMerged(row + 1 + index, 0, 2, text, { font: { ...FONT, size: 11 } }));
  canvas.putMerged(row, 5, LAST_TABLE_COLUMN, "TM. ỦY BAN NHÂN DÂN", BOLD_CENTRED);
  canvas.putMerged(row + 1, 5, LAST_TABLE_COLUMN, who.signerTitle?.trim() || "CHỦ TỊCH", BOLD_CENTRED);
  const name = row + 2 + SIGNING_ROWS;
  // Without a name the line stays, to be written by hand under the signature.
  canvas.putMerged(name, 5, LAST_TABLE_COLUMN, who.signer?.trim() || "", BOLD_CENTRED);
  return name + 1;
}
