import { checkReport } from "../../../core/checks/checkReport";
import { planHighlights } from "../../../core/highlights/planHighlights";
import type { CheckedReport } from "../../../core/model";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { stringsFor } from "../../strings";

function cancelled(lang: Lang): { ok: false; notice: { intent: "info"; text: string } } {
  return { ok: false, notice: { intent: "info", text: stringsFor(lang).check.cancelled } };
}

/**
 * Checks a village's report against the chosen target sheet (or its own targets) and highlights what
 * needs attention in the report sheet; re-checking replaces the highlights, it never stacks them.
 *
 * @example await checkSheet(excel, "vi", { report: "Nà Lầu", target: "Chỉ tiêu 2024" }, progress)
 *   → { ok: true, value: { checked: { village: "Thôn Nà Lầu", summary: { … } }, highlighted: 7 } }
 */
export async function checkSheet(
  excel: ExcelPort,
  lang: Lang,
  sheets: { report: string; target: string | null },
  progress: Progress,
  signal?: AbortSignal,
): Promise<Outcome<{ checked: CheckedReport; highlighted: number }>> {
  const names = sheets.target ? [sheets.report, sheets.target] : [sheets.report];
  // Reading is most of the work on a large report: its requests make the first half of the bar.
  const read = await excel.readWorksheets(names, { signal, progress: (done, total) => progress(done, 2 * total) });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const [report, targets] = read.value;
  const checked = checkReport(report, targets ? { targets } : {});
  progress(3, 4);
  const highlights = planHighlights(checked);
  if (signal?.aborted) return cancelled(lang);
  const applied = await excel.applyHighlights(checked.sheet, highlights);
  if (!applied.ok) return { ok: false, notice: failureNotice(excel, applied.failures, lang) };
  // Cancelled while painting: the check's highlights come off again, nothing of it is left.
  if (signal?.aborted) {
    const cleared = await excel.clearHighlights(checked.sheet);
    return cleared.ok ? cancelled(lang) : { ok: false, notice: failureNotice(excel, cleared.failures, lang) };
  }
  progress(4, 4);
  return { ok: true, value: { checked, highlighted: highlights.length } };
}
