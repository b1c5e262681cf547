import { parseCell } from "./a1";
import type { ExcelResult } from "./failure";
import { forOneRequest } from "./oneRequest";
import { runExcel } from "./runExcel";

/**
 * Writes one word into one cell of a sheet staff keep (the configuration sheet's period), in one sync.
 * The cell keeps its look and its dropdown; only its value changes. One round trip (the range is untracked).
 *
 * @example await writeCellValue("Cấu hình xếp hạng", "B6", "Sơ kết (6 tháng)")
 */
export async function writeCellValue(sheet: string, cell: string, value: string): Promise<ExcelResult<void>> {
  if (!parseCell(cell)) return { ok: false, failures: { code: "unknown", sheet, detail: `Not a cell address: "${cell}"` } };
  return runExcel(sheet, async (ctx) => {
    forOneRequest(ctx.workbook.worksheets.getItem(sheet).getRange(cell)).values = [[value]];
    await ctx.sync();
  });
}
