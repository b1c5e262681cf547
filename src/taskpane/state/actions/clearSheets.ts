import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * Removes the check's highlights from sheets, restoring every cell's previous colours, and gives the sheets
 * cleared. A sheet without highlights is left as it is; a sheet no longer in the workbook (deleted, or
 * renamed since it was checked) is skipped rather than stopping the others. On a refusal the notice says
 * which sheets were cleared before it.
 *
 * @example await clearSheets(excel, "vi", ["Nà Lầu", "Khuổi Khâm"]) → { ok: true, value: ["Nà Lầu", "Khuổi Khâm"] }
 */
export async function clearSheets(excel: ExcelPort, lang: Lang, sheets: string[]): Promise<Outcome<string[]>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const present = new Set(listed.value.map((s) => s.name));
  const cleared: string[] = [];
  for (const sheet of sheets.filter((s) => present.has(s))) {
    const done = await excel.clearHighlights(sheet);
    if (!done.ok) {
      const notice = failureNotice(excel, done.failures, lang);
      if (cleared.length === 0) return { ok: false, notice };
      const before = stringsFor(lang).check.clearedBefore(cleared);
      return { ok: false, notice: { ...notice, text: `${notice.text} ${before}` } };
    }
    cleared.push(sheet);
  }
  return { ok: true, value: cleared };
}
