import { CONFIG_SHEET_NAME, configSheetModel, readConfigSheet } from "../../../core/config/configSheet";
import { defaultConfig } from "../../../core/config/rankingConfig";
import type { Period } from "../../../core/model";
import type { Lang } from "../../shell/lang";
import type { ConfigStatus } from "../../views/ConfigView";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * Opens the "Cấu hình xếp hạng" sheet and reads it, or creates it with the defaults (and the period chosen
 * in the pane) when the workbook has none. Errors in it come back pointing at their cells.
 *
 * @example await openConfig(excel, "vi", { year: 2024, period: "year" })
 *   → { ok: true, value: { created: true, status: { sheet: "Cấu hình xếp hạng", exists: true, findings: [] }, period: "year" } }
 */
export async function openConfig(
  excel: ExcelPort,
  lang: Lang,
  options: { year: number | null; period: Period },
): Promise<Outcome<{ created: boolean; status: ConfigStatus; period: Period | null }>> {
  const year = options.year ?? new Date().getFullYear();
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  if (!listed.value.some((s) => s.name === CONFIG_SHEET_NAME)) {
    const model = configSheetModel({ ...defaultConfig(year), period: options.period });
    const written = await excel.writeSheet(model, { activate: true });
    if (!written.ok) return { ok: false, notice: failureNotice(excel, written.failures, lang) };
    return { ok: true, value: { created: true, status: { sheet: CONFIG_SHEET_NAME, exists: true, findings: [] }, period: null } };
  }
  const read = await excel.readWorksheets([CONFIG_SHEET_NAME]);
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const config = readConfigSheet(read.value[0], { year });
  const shown = await excel.selectCell(CONFIG_SHEET_NAME, config.ok ? "A1" : (config.failures.find((f) => f.cell)?.cell ?? "A1"));
  if (!shown.ok) return { ok: false, notice: failureNotice(excel, shown.failures, lang) };
  return {
    ok: true,
    value: {
      created: false,
      status: { sheet: CONFIG_SHEET_NAME, exists: true, findings: config.ok ? [] : config.failures },
      period: config.ok ? config.value.period : null,
    },
  };
}
