import { checkReport } from "../../../core/checks/checkReport";
import { planHighlights } from "../../../core/highlights/planHighlights";
import type { CheckedReport } from "../../../core/model";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";

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
): Promise<Outcome<{ checked: CheckedReport; highlighted: number }>> {
  const names = sheets.target ? [sheets.report, sheets.target] : [sheets.report];
  const read = await excel.readWorksheets(names);
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  progress(1, 3);
  const [report, targets] = read.value;
  const checked = checkReport(report, targets ? { targets } : {});
  progress(2, 3);
  const highlights = planHighlights(checked);
  const applied = await excel.applyHighlights(checked.sheet, highlights);
  if (!applied.ok) return { ok: false, notice: failureNotice(excel, applied.failures, lang) };
  progress(3, 3);
  return { ok: true, value: { checked, highlighted: highlights.length } };
}
