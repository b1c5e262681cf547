import { classifySheet } from "../../../core/checks/classifySheet";
import { readVillageReports } from "../../../core/checks/readVillageReports";
import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import type { Period, Ranking, SheetCells } from "../../../core/model";
import { rankVillages } from "../../../core/ranking/rankVillages";
import { buildRankingSheet } from "../../../core/rankingSheet/buildRankingSheet";
import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ConfigStatus } from "../../views/ConfigView";
import type { Strings } from "../../strings";
import type { Decoration, ExcelPort } from "../excelPort";
import type { Notice } from "../notice";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { configFrom } from "./readConfig";
import { describeFinding } from "./describeFinding";

/**
 * Scores and ranks the villages of the chosen sheets with the workbook's configuration, writes the ranking
 * sheet (replacing an earlier one) and opens it.
 *
 * @example await rankSheets(excel, "vi", { sheets: ["Nà Lầu", "Khuôn Lùng"], target: "Chỉ tiêu 2024", period: "year" }, progress)
 *   → { ok: true, value: { ranking: { villages: [{ village: "Thôn Nà Lầu", rank: 1, … }, …] }, sheet: "Xếp hạng thi đua 2024" } }
 */
export async function rankSheets(
  excel: ExcelPort,
  lang: Lang,
  choice: { sheets: string[]; target: string | null; period: Period },
  progress: Progress,
  signal?: AbortSignal,
): Promise<Outcome<{ ranking: Ranking; sheet: string; missing: Decoration[]; config: ConfigStatus | null }>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const hasConfig = listed.value.some((s) => s.name === CONFIG_SHEET_NAME);
  const extra = [choice.target, hasConfig ? CONFIG_SHEET_NAME : null].filter((n): n is string => n !== null);
  const read = await excel.readWorksheets([...choice.sheets, ...extra], { signal, progress: (done, total) => progress(done, 2 * total) });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const reportsCells = read.value.slice(0, choice.sheets.length);
  const targets = choice.target ? read.value[choice.sheets.length] : undefined;
  const titles = [targets, ...reportsCells].filter((c): c is SheetCells => c !== undefined).map(classifySheet);
  const year = titles.find((t) => t.year !== null)?.year ?? new Date().getFullYear();
  const config = configFrom(hasConfig ? read.value[read.value.length - 1] : undefined, year);
  if (!config.ok) {
    const strings = stringsFor(lang);
    return {
      ok: false,
      notice: {
        intent: "error",
        text: strings.config.errorsTitle(config.findings.length),
        items: config.findings.map((f) => `${f.cell ?? f.sheet}: ${describeFinding(f, lang)}`),
        todo: strings.config.intro,
      },
    };
  }
  const villages = readVillageReports(reportsCells, targets ? { targets } : {});
  const ranked = rankVillages(villages.reports, { ...config.value, period: choice.period });
  // A configuration the ranking cannot use (points without any Điểm chuẩn) writes no ranking sheet.
  const unusable = ranked.findings.filter((f) => f.code === "config/invalid");
  if (unusable.length > 0) {
    const strings = stringsFor(lang);
    return {
      ok: false,
      notice: {
        intent: "error",
        text: strings.config.errorsTitle(unusable.length),
        items: unusable.map((f) => `${f.cell ?? f.sheet}: ${describeFinding(f, lang)}`),
        todo: strings.config.intro,
      },
    };
  }
  // Sheets that could not be read as reports are said too, so no village silently drops out.
  const ranking = { ...ranked, findings: [...villages.findings, ...ranked.findings] };
  // The ranking sheet is replaced in one step at the end: cancelled before it, the previous one stays.
  if (signal?.aborted) return { ok: false, notice: { intent: "info", text: stringsFor(lang).sheets.cancelled } };
  progress(3, 4, true);
  const commune = config.value.commune ?? titles.find((t) => t.commune !== null)?.commune ?? null;
  const model = buildRankingSheet(ranking, { commune, place: config.value.place ?? commune, date: today() });
  const written = await excel.writeSheet(model, { activate: true });
  if (!written.ok) return { ok: false, notice: failureNotice(excel, written.failures, lang) };
  progress(4, 4, true);
  const status = hasConfig ? { sheet: CONFIG_SHEET_NAME, exists: true, findings: [] } : null;
  const sheet = written.value?.sheet ?? model.name;
  return { ok: true, value: { ranking, sheet, missing: written.value?.missing ?? [], config: status } };
}

/**
 * What the pane says once the ranking is written: in one line, which decorations Excel would not apply,
 * and that the ranking itself is complete.
 *
 * @example rankedNotice(stringsFor("vi"), { sheet: "Xếp hạng thi đua 2024", missing: ["chart"] })
 *   → { intent: "warning", text: "Bảng xếp hạng đã ghi đầy đủ vào trang “Xếp hạng thi đua 2024”, nhưng Excel không cho áp dụng biểu đồ." }
 */
export function rankedNotice(strings: Strings, written: { sheet: string; missing: Decoration[] }): Notice {
  return written.missing.length > 0
    ? { intent: "warning", text: strings.rank.writtenWithout(written.sheet, written.missing) }
    : { intent: "success", text: strings.rank.written(written.sheet) };
}

function today(): { day: number; month: number; year: number } {
  const now = new Date();
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}
