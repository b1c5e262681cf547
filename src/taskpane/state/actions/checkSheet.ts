import { withFindings } from "../../../core/checks/summarize";
import { applyRules } from "../../../core/checks/applyRules";
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
import type { Notice } from "../notice";
import type { Outcome, Progress } from "../outcome";
import { stringsFor, type Strings } from "../../strings";
import { configFrom } from "./readConfig";

/** A checked report and, when the workbook's configuration scores in points, the village's points. */
export type CheckResult = CheckedReport & { points?: VillageScore | null };

/** A finished check: its findings always, and what became of its highlights. */
export interface CheckDone {
  checked: CheckResult;
  /** Cells painted. */
  highlighted: number;
  /** Cells that needed a highlight and were not painted (the saved looks are bounded), the first of them. */
  notHighlighted: number;
  firstNotHighlighted: string | null;
  /** Excel refused the highlights: why (the findings stand all the same). */
  highlightFailure: Notice | null;
}

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
): Promise<Outcome<CheckDone>> {
  const names = [sheets.report, ...(sheets.target ? [sheets.target] : []), ...(sheets.config ? [CONFIG_SHEET_NAME] : [])];
  // Reading is most of the work on a large report: its requests make the first half of the bar.
  const read = await excel.readWorksheets(names, { signal, progress: (done, total) => progress(done, 2 * total) });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const report = read.value[0];
  const targets = sheets.target ? read.value[1] : undefined;
  // A configuration that cannot be read is the ranking's business (it says where); the check goes on.
  // Its year, else the sheets' own, picks the checked columns where years stand side by side.
  const config = sheets.config ? configFrom(read.value[read.value.length - 1], sheetsYear([targets, report])) : null;
  const own = checkReport(report, { ...(targets ? { targets } : {}), ...(config?.ok ? { year: config.value.year, period: config.value.period } : {}) });
  // A rule's direction and target hold for the status, the highlights and the findings (SPEC §4).
  const plain = config?.ok ? applyRules(own, config.value.indicators) : own;
  const points = config?.ok && methodOf(config.value) === "points" ? scoreVillage(plain, config.value) : null;
  // The points' own findings join the report's, and its summary counts them (as validate's does).
  const checked: CheckResult = points === null ? plain : { ...withFindings(plain, points.notes ?? []), points };
  progress(3, 4);
  const highlights = planHighlights(checked);
  if (signal?.aborted) return cancelled(lang);
  const applied = await excel.applyHighlights(checked.sheet, highlights);
  // Cancelled while painting: the check's highlights come off again, nothing of it is left.
  if (signal?.aborted) {
    const cleared = await excel.clearHighlights(checked.sheet);
    return cleared.ok ? cancelled(lang) : { ok: false, notice: failureNotice(excel, cleared.failures, lang) };
  }
  progress(4, 4);
  // The findings are the check's result; highlights Excel refused leave them whole and say why.
  if (!applied.ok) {
    return { ok: true, value: { checked, highlighted: 0, notHighlighted: highlights.length, firstNotHighlighted: null, highlightFailure: failureNotice(excel, applied.failures, lang) } };
  }
  const painted = applied.value ?? { painted: highlights.length, notPainted: 0, firstNotPainted: null };
  return {
    ok: true,
    value: { checked, highlighted: painted.painted, notHighlighted: painted.notPainted, firstNotHighlighted: painted.firstNotPainted, highlightFailure: null },
  };
}

/**
 * What the pane says once a check is done: always something, so a screen reader hears that it is done
 * even when nothing was marked; problems with no cell to mark (a sheet without a table) are not
 * "nothing"; highlights left out or refused are said with the findings still listed.
 */
export function checkedNotice(strings: Strings, done: CheckDone): Notice {
  const sheet = done.checked.sheet;
  if (done.highlightFailure) return { ...done.highlightFailure, intent: "warning", text: `${done.highlightFailure.text} ${strings.check.findingsStillListed}` };
  if (done.notHighlighted > 0) {
    return { intent: "warning", text: strings.check.partlyHighlighted(done.highlighted, done.notHighlighted, done.firstNotHighlighted, sheet), todo: strings.check.partlyHighlightedTodo };
  }
  if (done.highlighted > 0) return { intent: "info", text: strings.check.highlighted(done.highlighted, sheet) };
  const problems = done.checked.findings.some((f) => f.severity === "error" || f.severity === "shortfall");
  return problems ? { intent: "warning", text: strings.check.seeFindings(sheet) } : { intent: "success", text: strings.check.nothingHighlighted(sheet) };
}
