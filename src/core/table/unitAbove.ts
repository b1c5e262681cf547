import { normalizeText } from "../text/normalizeText";

const UNIT_NOTE = /(?:^|\()\s*(?:đvt|dvt|đơn vị tính)\s*:\s*([^():]+?)\s*\)?$/iu;

/**
 * The unit written once above a table for all its rows ("(ĐVT: Đồng)", "Đơn vị tính: triệu đồng"), as
 * forms without a unit column do ("Đơn vị: UBND xã …" names who reports, not a unit); null when none.
 *
 * @example unitAbove(["BIỂU 02: THU NGÂN SÁCH", "(ĐVT: Triệu đồng)"]) === "Triệu đồng"
 */
export function unitAbove(texts: readonly string[]): string | null {
  for (const text of texts) {
    const match = UNIT_NOTE.exec(normalizeText(text));
    if (match && match[1].length <= 30) return match[1];
  }
  return null;
}
