import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * Removes the check's highlights from a sheet, restoring every cell's previous colours.
 *
 * @example await clearSheet(excel, "vi", "Nà Lầu") → { ok: true, value: undefined }
 */
export async function clearSheet(excel: ExcelPort, lang: Lang, sheet: string): Promise<Outcome<void>> {
  const cleared = await excel.clearHighlights(sheet);
  return cleared.ok ? { ok: true, value: undefined } : { ok: false, notice: failureNotice(excel, cleared.failures, lang) };
}
