import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import type { Finding, Period, Ranking, Result, SheetModel } from "../../../core/model";
import { calendarDay } from "../../../core/usecases/assessedYear";
import { runEngine } from "../../engine/runEngine";
import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ConfigStatus } from "../../views/ConfigView";
import type { Strings } from "../../strings";
import type { Decoration, ExcelPort, SheetWritten } from "../excelPort";
import type { Notice } from "../notice";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { describeFinding } from "./describeFinding";
import { isRankingSheet } from "./ownSheets";
import { cellsFingerprint, modelFingerprint } from "./sheetFingerprint";

/**
 * Scores and ranks the villages of the chosen sheets with the workbook's configuration, writes the ranking
 * sheet (replacing an earlier one) and opens it, and writes the results across the villages beside it.
 *
 * @example await rankSheets(excel, "vi", { sheets: ["Nà Lầu", "Khuôn Lùng"], target: "Chỉ tiêu 2024", period: "year" }, progress)
 *   → { ok: true, value: { ranking: { villages: [{ village: "Thôn Nà Lầu", rank: 1, … }, …] }, sheet: "Xếp hạng thi đua 2024" } }
 */
export async function rankSheets(
  excel: ExcelPort,
  lang: Lang,
  choice: { sheets: string[]; target: string | null; period: Period; guard?: HandEditGuard },
  progress: Progress,
  signal?: AbortSignal,
): Promise<Outcome<{ ranking: Ranking; findings: Finding[]; sheet: string; resultsSheet: string; missing: Decoration[]; printByHand?: string[]; config: ConfigStatus | null; fingerprint: string }>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const hasConfig = listed.value.some((s) => s.name === CONFIG_SHEET_NAME);
  const extra = [choice.target, hasConfig ? CONFIG_SHEET_NAME : null].filter((n): n is string => n !== null);
  // The ranking sheets there are, read in the same request, to see whether staff edited one since it was written.
  const rankings = choice.guard ? listed.value.map((s) => s.name).filter(isRankingSheet) : [];
  const read = await excel.readWorksheets([...choice.sheets, ...extra, ...rankings], { signal, progress: (done, total) => progress(done, 2 * total) });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const reportsCells = read.value.slice(0, choice.sheets.length);
  const targets = choice.target ? read.value[choice.sheets.length] : null;
  const configCells = hasConfig ? read.value[choice.sheets.length + extra.length - 1] : null;
  const existing = read.value.slice(choice.sheets.length + extra.length);
  // the configuration sheet's period when there is one; the pane's choice only without it (docs/pane.md#the-period-and-the-configuration-sheet)
  const period = configCells === null && choice.period ? { period: choice.period } : {};
  const ranked = await runEngine("rank", { reports: reportsCells, targets, config: configCells, ...period, date: calendarDay(new Date()) }, signal);
  if (!ranked.ok) return { ok: false, notice: { intent: "info", text: stringsFor(lang).sheets.cancelled } };
  // A configuration with errors, or one the ranking cannot use (points without any Điểm chuẩn), writes no ranking sheet.
  if (ranked.value.kind !== "ranked") return { ok: false, notice: configNotice(ranked.value.findings, lang) };
  const { ranking, sheet: built, results } = ranked.value;
  // The ranking sheet is replaced in one step at the end: cancelled before it, the previous one stays.
  if (signal?.aborted) return { ok: false, notice: { intent: "info", text: stringsFor(lang).sheets.cancelled } };
  progress(3, 4, true);
  const before = existing.find((s) => s.name === built.name);
  // A ranking sheet edited by hand since the pane wrote it (or written before this session) is not replaced without asking.
  if (choice.guard && before && choice.guard.replace === undefined && choice.guard.written[built.name] !== cellsFingerprint(before)) {
    const strings = stringsFor(lang);
    return {
      ok: false,
      notice: {
        intent: "warning",
        text: strings.rank.edited(built.name),
        choices: [
          { label: strings.rank.overwrite, run: choice.guard.ask.overwrite },
          { label: strings.rank.newSheet, run: choice.guard.ask.newSheet },
        ],
      },
    };
  }
  const model = before && choice.guard?.replace === "new" ? { ...built, name: freeName(built.name, listed.value.map((s) => s.name)) } : built;
  const both = await writeBoth(excel, model, results);
  if (!both.ok) return { ok: false, notice: failureNotice(excel, both.failures, lang) };
  const [written, resultsWritten] = both.value;
  progress(4, 4, true);
  const status = hasConfig ? { sheet: CONFIG_SHEET_NAME, exists: true, findings: [] } : null;
  const sheet = written?.sheet ?? model.name;
  const missing = [...new Set([...(written?.missing ?? []), ...(resultsWritten?.missing ?? [])])];
  // Sheets whose "one page wide" Excel did not keep (docs/excel-adapter.md#print-fit): staff are told how to set it.
  const printByHand = [written, resultsWritten].flatMap((w) => (w?.printByHand ? [w.sheet] : []));
  const byHand = printByHand.length > 0 ? { printByHand } : {};
  return { ok: true, value: { ranking, findings: ranked.value.findings, sheet, resultsSheet: resultsWritten?.sheet ?? results.name, missing, ...byHand, config: status, fingerprint: modelFingerprint(model) } };
}

/**
 * What keeps a ranking sheet edited by hand: the fingerprints of the ranking sheets this pane wrote, what
 * staff answered (`replace`), and how to ask them.
 */
export interface HandEditGuard {
  written: Record<string, string>;
  replace?: "overwrite" | "new";
  ask: { overwrite: () => void; newSheet: () => void };
}

/** "Xếp hạng thi đua 2024 (2)": the first name of that kind not yet in the workbook. */
function freeName(name: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLocaleLowerCase("vi")));
  for (let n = 2; ; n += 1) {
    const candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!lower.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** The ranking sheet (activated) and the results sheet, together when the adapter can, else one by one. */
async function writeBoth<F>(excel: ExcelPort<F>, ranking: SheetModel, results: SheetModel): Promise<Result<(SheetWritten | void)[], F>> {
  if (excel.writeSheets) return excel.writeSheets([ranking, results], { activate: true });
  const first = await excel.writeSheet(ranking, { activate: true });
  if (!first.ok) return first;
  const second = await excel.writeSheet(results, { activate: false });
  return second.ok ? { ok: true, value: [first.value, second.value] } : second;
}

/**
 * What the pane says once the ranking is written: in one line, which decorations Excel would not apply,
 * and that the ranking itself is complete; then where the results across villages are.
 *
 * @example rankedNotice(stringsFor("vi"), { sheet: "Xếp hạng thi đua 2024", missing: ["chart"] })
 *   → { intent: "warning", text: "Bảng xếp hạng đã ghi đầy đủ vào trang “Xếp hạng thi đua 2024”, nhưng Excel không cho áp dụng biểu đồ." }
 */
export function rankedNotice(strings: Strings, written: { sheet: string; resultsSheet?: string; missing: Decoration[]; printByHand?: string[] }): Notice {
  const results = written.resultsSheet ? ` ${strings.rank.resultsWritten(written.resultsSheet)}` : "";
  const byHand = written.printByHand?.length ? ` ${strings.rank.printByHand(written.printByHand)}` : "";
  return written.missing.length > 0
    ? { intent: "warning", text: `${strings.rank.writtenWithout(written.sheet, written.missing)}${results}${byHand}` }
    : { intent: byHand ? "warning" : "success", text: `${strings.rank.written(written.sheet)}${results}${byHand}` };
}

/** The configuration's problems, each at its cell, and what to do about them. */
function configNotice(findings: readonly Finding[], lang: Lang): Notice {
  const strings = stringsFor(lang);
  return {
    intent: "error",
    text: strings.config.errorsTitle(findings.length),
    items: findings.map((f) => `${f.cell ?? f.sheet}: ${describeFinding(f, lang)}`),
    todo: strings.config.intro,
  };
}
