import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * Removes the check's highlights from sheets, restoring every cell's previous colours; a sheet without
 * highlights is left as it is. On a refusal the sheets cleared so far are said in the failure's place.
 *
 * @example await clearSheets(excel, "vi", ["Nà Lầu", "Khuổi Khâm"]) → { ok: true, value: ["Nà Lầu", "Khuổi Khâm"] }
 */
export async function clearSheets(excel: ExcelPort, lang: Lang, sheets: string[]): Promise<Outcome<string[]>> {
  const cleared: string[] = [];
  for (const sheet of sheets) {
    const done = await excel.clearHighlights(sheet);
    if (!done.ok) return { ok: false, notice: { ...failureNotice(excel, done.failures, lang), items: cleared } };
    cleared.push(sheet);
  }
  return { ok: true, value: cleared };
}
