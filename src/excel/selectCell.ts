import { parseCell } from "./a1";
import type { ExcelResult } from "./failure";
import { runExcel } from "./runExcel";

/**
 * Shows a finding's cell: activates its sheet and selects the cell, in one sync.
 *
 * @example await selectCell("Thôn Nà Lầu", "E12")
 */
export async function selectCell(sheet: string, cell: string): Promise<ExcelResult<void>> {
  if (!parseCell(cell)) return { ok: false, failures: { code: "unknown", sheet, detail: `Not a cell address: "${cell}"` } };
  return runExcel(sheet, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await ctx.sync();
  });
}
