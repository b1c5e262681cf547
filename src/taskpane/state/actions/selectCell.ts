import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";

/**
 * Activates a sheet and selects one cell, so staff land on the figure a finding is about.
 *
 * @example await selectCell(excel, "vi", "Nà Lầu", "E12") → { ok: true, value: undefined }
 */
export async function selectCell(excel: ExcelPort, lang: Lang, sheet: string, cell: string): Promise<Outcome<void>> {
  const selected = await excel.selectCell(sheet, cell);
  return selected.ok ? { ok: true, value: undefined } : { ok: false, notice: failureNotice(excel, selected.failures, lang) };
}
