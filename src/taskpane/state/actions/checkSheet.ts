import { checkReport } from "../../../core/checks/checkReport";
import { classifySheet } from "../../../core/checks/classifySheet";
import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import { methodOf } from "../../../core/config/rankingConfig";
import { planHighlights } from "../../../core/highlights/planHighlights";
import type { CheckedReport, SheetCells } from "../../../core/model";
import { scoreVillage, type VillageScore } from "../../../core/scoring/scoreVillage";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { stringsFor } from "../../strings";
import { configFrom } from "./readConfig";

/** A checked report and, when the workbook's configuration scores in points, the village's points. */
export type CheckResult = CheckedReport & { points?: VillageScore | null };

/** The year of the sheets read (a title's, else the latest among the columns), else the current one. */
function sheetsYear(sheets: (SheetCells | undefined)[]): number {
  const years = sheets.filter((s): s is SheetCells => s !== undefined).map((s) => classifySheet(s).year);
  return years.find((year) => year !== null) ?? new Date().getFullYear();
}

function cancelled(lang: Lang): { ok: false; notice: { intent: "info"; text: string } } {
  return { ok: false, notice: { intent: "info", text: stringsFor(lang).check.cancelled } };
}

/**
 * Checks a village's report against the chosen target sheet (or its own targets) and highlights what
 * needs attention in the report sheet; re-checking replaces the highlights, it never stacks them. With a
 * configuration sheet that scores in points (SPEC §6.1), the village's points come too, and each own
 * score that differs is a finding on its cell.
 *
 * @example await checkSheet(excel, "vi", { report: "Nà Lầu", target: "Chỉ tiêu 2024" }, progress)
 *   → { ok: true, value: { checked: { village: "Thôn Nà Lầu", summary: { … } }, highlighted: 7 } }
 */
export async function checkSheet(
  excel: ExcelPort,
  lang: Lang,
  sheets: { report: string; target: string | null; config?: boolean },
  progress: Progress,
  signal?: AbortSignal,
): Promise<Outcome<{ checked: CheckResult; highlighted: number }>> {
  const names = [sheets.report, ...(sheets.target ? [sheets.target] : []), ...(sheets.config ? [CONFIG_SHEET_NAME] : [])];
  // Reading is most of the work on a large report: its requests make the first half of the bar.
  const read = await excel.readWorksheets(names, { signal, progress: (done, total) => progress(done, 2 * total) });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const report = read.value[0];
  const targets = sheets.target ? read.value[1] : undefined;
  // A configuration that cannot be read is the ranking's business (it says where); the check goes on.
  // Its year, else the sheets' own, picks the checked columns where years stand side by side.
  const config = sheets.config ? configFrom(read.value[read.value.length - 1], sheetsYear([targets, report])) : null;
  const plain = checkReport(report, { ...(targets ? { targets } : {}), ...(config?.ok ? { year: config.value.year } : {}) });
  const points = config?.ok && methodOf(config.value) === "points" ? scoreVillage(plain, config.value) : null;
  const checked: CheckResult = points === null ? plain : { ...plain, findings: [...plain.findings, ...(points.notes ?? [])], points };
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
