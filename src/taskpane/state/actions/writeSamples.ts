import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { isBlank } from "./isBlank";
import { sampleSheets, type SampleProgramme } from "./sampleSheets";

/**
 * Writes the sample sheets of a programme into the workbook and opens the first village report; gives the sheet names.
 * A blank sheet of the same name (a new workbook's "Sheet1") is replaced; one with data is never
 * overwritten: the pane refuses with a notice instead.
 *
 * @example await writeSamples(excel, "vi", progress) → { ok: true, value: ["Chỉ tiêu 2024", "Nà Lầu", …] }
 */
export async function writeSamples(excel: ExcelPort, lang: Lang, progress: Progress, programme: SampleProgramme = "commune"): Promise<Outcome<string[]>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const sheets = sampleSheets(programme);
  const wanted = new Set(sheets.map((s) => s.name.toLowerCase()));
  const clashes = listed.value.map((s) => s.name).filter((name) => wanted.has(name.toLowerCase()));
  if (clashes.length > 0) {
    const read = await excel.readWorksheets(clashes);
    if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
    if (!read.value.every(isBlank)) return { ok: false, notice: { intent: "warning", text: stringsFor(lang).samples.notEmpty } };
  }
  for (const [index, sheet] of sheets.entries()) {
    // The first village report ends up active: the check view picks it, so "Kiểm tra" works at once.
    const written = await excel.writeSheet(sheet, { activate: index === 1 });
    if (!written.ok) return { ok: false, notice: failureNotice(excel, written.failures, lang) };
    progress(index + 1, sheets.length);
  }
  return { ok: true, value: sheets.map((s) => s.name) };
}
