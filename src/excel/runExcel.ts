import { toFailure, type ExcelResult } from "./failure";
import { apiAtLeast } from "./isSupported";

/**
 * Runs a batch in `Excel.run` and returns a result: every rejection, Office's or ours, becomes a typed
 * failure, so no caller ever sees an unhandled rejection. From ExcelApi 1.11 each request waits while
 * the user is editing a cell (`delayForCellEdit`; clicking the pane does not end cell editing) instead
 * of failing; below it, cell-edit mode fails the request and the failure says to press Enter or Esc.
 *
 * @example const r = await runExcel("Thôn A", async (ctx) => { …; await ctx.sync(); return 1; });
 */
export async function runExcel<T>(sheet: string | null, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<ExcelResult<T>> {
  if (typeof Excel === "undefined" || typeof Excel?.run !== "function") {
    return { ok: false, failures: { code: "unsupported", sheet, detail: "Excel JavaScript API not available" } };
  }
  try {
    const value = apiAtLeast("1.11") ? await Excel.run({ delayForCellEdit: true }, batch) : await Excel.run(batch);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, failures: toFailure(error, sheet) };
  }
}
