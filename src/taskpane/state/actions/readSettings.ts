import { CONFIG_SHEET_NAME, readConfigSettings, type ConfigSettings } from "../../../core/config/configSheet";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * The year, period and method as the configuration sheet says them now, in one request beyond the list;
 * null when the workbook has no configuration sheet (docs/pane.md#the-period-and-the-configuration-sheet).
 *
 * @example await readSettings(excel, "vi", 2024) → { ok: true, value: { year: 2024, period: "half", method: "ratio", cells: { period: "B6", … } } }
 */
export async function readSettings(excel: ExcelPort, lang: Lang, year: number | null): Promise<Outcome<ConfigSettings | null>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  if (!listed.value.some((s) => s.name === CONFIG_SHEET_NAME)) return { ok: true, value: null };
  const read = await excel.readWorksheets([CONFIG_SHEET_NAME]);
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  return { ok: true, value: readConfigSettings(read.value[0], { year: year ?? new Date().getFullYear() }) };
}
