import type { ExcelResult } from "./failure";
import { runExcel } from "./runExcel";
import { isValidSheetName } from "./sheetName";

/**
 * Renames sheets, e.g. an imported "Báo cáo" to its village's name, in one sync. Names are checked
 * against Excel's rules first, so nothing is renamed when one of them cannot be used.
 *
 * @example await renameSheets([{ from: "Báo cáo", to: "Tát Mạ" }])
 */
export async function renameSheets(renames: { from: string; to: string }[]): Promise<ExcelResult<void>> {
  const bad = renames.find((r) => !isValidSheetName(r.to));
  if (bad) return { ok: false, failures: { code: "invalid-name", sheet: bad.to, detail: "invalid sheet name" } };
  if (renames.length === 0) return { ok: true, value: undefined };
  return runExcel(renames[0].from, async (ctx) => {
    for (const { from, to } of renames) ctx.workbook.worksheets.getItem(from).name = to;
    await ctx.sync();
  });
}
