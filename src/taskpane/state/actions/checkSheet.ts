import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import type { Finding, Period } from "../../../core/model";
import { tallyOfCriteria } from "../../../core/scoring/formTally";
import { SEVERITY_ORDER } from "../../components/groupBySeverity";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Notice } from "../notice";
import type { Outcome, Progress } from "../outcome";
import { stringsFor, type Strings } from "../../strings";
import { runEngine } from "../../engine/runEngine";
import type { CheckResult } from "../../../core/usecases/checkVillages";
import { describeFinding } from "./describeFinding";

export type { CheckResult } from "../../../core/usecases/checkVillages";

/** A finished check: every village checked, always, and what became of its highlights. */
export interface CheckDone {
  /** Every village checked, sheet by sheet, a consolidated sheet's villages in its column order. */
  villages: CheckResult[];
  /** The village shown first: the one chosen, else the first with something to see. */
  checked: CheckResult;
  /** More than one village was checked (a consolidated sheet, or every report). */
  many: boolean;
  /** Cells painted. */
  highlighted: number;
  /** Cells that needed a highlight and were not painted (the saved looks are bounded), the first of them. */
  notHighlighted: number;
  firstNotHighlighted: string | null;
  /** Excel refused the highlights: why (the findings stand all the same). */
  highlightFailure: Notice | null;
  /** The cell selected when the check ended, so the report is in view: the first finding's, if any. */
  selected: { sheet: string; cell: string } | null;
}

function cancelled(lang: Lang): { ok: false; notice: { intent: "info"; text: string } } {
  return { ok: false, notice: { intent: "info", text: stringsFor(lang).check.cancelled } };
}

/** What the check asks for: the reports (one, or every report), the targets, the configuration, a village. */
export interface CheckChoice {
  reports: string[];
  target: string | null;
  /** The workbook has a configuration sheet: it is read with the reports, at every check. */
  config?: boolean;
  /** The one village of a consolidated sheet to check; null: every village in it. */
  village?: string | null;
  /** The period chosen in the pane, used when the workbook has no configuration sheet. */
  period?: Period;
}

/**
 * Checks the chosen reports against the target sheet (or their own targets) — a consolidated sheet village
 * by village — highlights what needs attention, and shows the (first) report with its first finding's cell
 * selected; re-checking replaces the highlights, it never stacks them. The configuration sheet is read at
 * every check, so the same check gives the same answer whatever was done before: with one that scores in
 * points (docs/scoring.md#points-method), each village's points come too.
 *
 * @example await checkSheet(excel, "vi", { reports: ["Nà Lầu"], target: "Chỉ tiêu 2024", config: true }, progress)
 *   → { ok: true, value: { checked: { village: "Thôn Nà Lầu", summary: { … } }, villages: [ … ], highlighted: 7 } }
 */
export async function checkSheet(excel: ExcelPort, lang: Lang, choice: CheckChoice, progress: Progress, signal?: AbortSignal): Promise<Outcome<CheckDone>> {
  const names = [...choice.reports, ...(choice.target ? [choice.target] : []), ...(choice.config ? [CONFIG_SHEET_NAME] : [])];
  // Reading is most of the work on a large report: its requests make the first half of the bar.
  const read = await excel.readWorksheets(names, { signal, progress: (done, total) => progress(done, 2 * total) });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const reports = read.value.slice(0, choice.reports.length);
  const targets = choice.target ? read.value[choice.reports.length] : null;
  const config = choice.config ? read.value[read.value.length - 1] : null;
  const checking = await runEngine("check", { reports, targets, config, village: choice.village ?? null, ...(choice.period ? { period: choice.period } : {}) }, signal);
  if (!checking.ok) return cancelled(lang);
  const { wrong, villages, highlights } = checking.value;
  if (wrong) return { ok: false, notice: { intent: "error", text: describeFinding(wrong, lang) } };
  progress(3, 4);
  if (signal?.aborted) return cancelled(lang);
  const checked = villages.find((v) => firstCell(v) !== null) ?? villages[0];
  // The report is shown with its first finding's cell selected, in the request that paints it.
  const selected = { sheet: checked.sheet, cell: firstCell(checked) ?? "A1" };
  let highlighted = 0;
  let notHighlighted = 0;
  let firstNotHighlighted: string | null = null;
  const painted: string[] = [];
  for (const [sheet, sheetHighlights] of highlights) {
    const applied = await excel.applyHighlights(sheet, sheetHighlights, sheet === selected.sheet ? { select: selected.cell } : {});
    if (!applied.ok) {
      const shown = villages[0];
      return { ok: true, value: { villages, checked: shown, many: villages.length > 1, highlighted: 0, notHighlighted: sheetHighlights.length, firstNotHighlighted: null, highlightFailure: failureNotice(excel, applied.failures, lang), selected: null } };
    }
    painted.push(sheet);
    const done = applied.value ?? { painted: sheetHighlights.length, notPainted: 0, firstNotPainted: null };
    highlighted += done.painted;
    notHighlighted += done.notPainted;
    firstNotHighlighted ??= done.firstNotPainted;
    // Cancelled while painting: the check's highlights come off again, nothing of it is left.
    if (signal?.aborted) {
      for (const sheet of painted) {
        const cleared = await excel.clearHighlights(sheet);
        if (!cleared.ok) return { ok: false, notice: failureNotice(excel, cleared.failures, lang) };
      }
      return cancelled(lang);
    }
  }
  progress(4, 4);
  return {
    ok: true,
    value: { villages, checked, many: villages.length > 1, highlighted, notHighlighted, firstNotHighlighted, highlightFailure: null, selected },
  };
}

export { notAReport } from "../../engine/checkJob";

/** The cell of a village's first finding as the list shows it (most urgent first), on its own sheet. */
export function firstCell(village: CheckResult): string | null {
  for (const severity of SEVERITY_ORDER) {
    const found = village.findings.find((f: Finding) => f.severity === severity && f.sheet === village.sheet && f.cell);
    if (found?.cell) return found.cell;
  }
  return null;
}

/** One village's outcome: a scoring form in points and criteria, a report in indicators not met. */
function outcomeOf(strings: Strings, village: CheckResult): string {
  if (village.scoring === undefined || village.points == null) return strings.check.outcome(village.village, village.summary.shortfall, village.summary.errors);
  const criteria = village.scoring.standards.flatMap((standard) => standard.criteria);
  return strings.check.formOutcome(village.village, tallyOfCriteria(village.points.score, criteria), village.summary.errors);
}

/**
 * What the pane says once a check is done: always something, so a screen reader hears that it is done;
 * the outcome in the clerk's terms ("Nặm Đin: 14 chỉ tiêu chưa đạt, 0 lỗi"), or how many villages were
 * checked (their lines are the list of villages); highlights left out or refused are said with the findings still listed.
 */
export function checkedNotice(strings: Strings, done: CheckDone): Notice {
  const first = done.villages[0];
  const text = done.many ? strings.check.outcomeMany(done.villages.length) : outcomeOf(strings, first);
  const problems = done.villages.some((v) => v.summary.errors > 0 || v.summary.shortfall > 0 || v.findings.some((f) => f.severity === "error"));
  if (done.highlightFailure) return { ...done.highlightFailure, intent: "warning", text: `${text}. ${done.highlightFailure.text} ${strings.check.findingsStillListed}` };
  const sheet = done.checked.sheet;
  if (done.notHighlighted > 0) {
    return { intent: "warning", text: `${text}. ${strings.check.partlyHighlighted(done.highlighted, done.notHighlighted, done.firstNotHighlighted, sheet)}`, todo: strings.check.partlyHighlightedTodo };
  }
  const painted = done.highlighted > 0 ? ` ${strings.check.highlightedCount(done.highlighted)}` : "";
  return { intent: problems ? "warning" : "success", text: done.many ? `${text}${painted}` : `${text}.${painted}` };
}
