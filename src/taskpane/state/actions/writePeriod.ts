import { CONFIG_SHEET_NAME, PERIOD_WORDS, readConfigSettings, type ConfigSettings } from "../../../core/config/configSheet";
import type { Period } from "../../../core/model";
import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * The period chosen in the pane, written where it is kept: the "Kỳ đánh giá" cell of the configuration
 * sheet (docs/pane.md#the-period-and-the-configuration-sheet), in the sheet's own words, and the settings
 * as the sheet now says them. Without a configuration sheet nothing is written (`settings: null`): the
 * pane's choice is used, and the pane says so.
 *
 * @example await writePeriod(excel, "vi", "half", 2024)
 *   → { ok: true, value: { settings: { period: "half", cells: { period: "B6", … }, … } } }
 */
export async function writePeriod(excel: ExcelPort, lang: Lang, period: Period, year: number | null): Promise<Outcome<{ settings: ConfigSettings | null }>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  if (!listed.value.some((s) => s.name === CONFIG_SHEET_NAME)) return { ok: true, value: { settings: null } };
  const read = await excel.readWorksheets([CONFIG_SHEET_NAME]);
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const today = { year: year ?? new Date().getFullYear() };
  const cell = readConfigSettings(read.value[0], today).cells.period;
  if (cell === null) {
    const strings = stringsFor(lang).period;
    return { ok: false, notice: { intent: "error", text: strings.noRow(CONFIG_SHEET_NAME), todo: strings.noRowTodo } };
  }
  const written = await excel.writeCellValue(CONFIG_SHEET_NAME, cell, PERIOD_WORDS[period]);
  if (!written.ok) return { ok: false, notice: failureNotice(excel, written.failures, lang) };
  // What the sheet says now, read back: the pane shows the sheet, not what it meant to write.
  const again = await excel.readWorksheets([CONFIG_SHEET_NAME]);
  if (!again.ok) return { ok: false, notice: failureNotice(excel, again.failures, lang) };
  return { ok: true, value: { settings: readConfigSettings(again.value[0], today) } };
}
