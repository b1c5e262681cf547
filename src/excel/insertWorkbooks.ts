import type { ExcelResult } from "./failure";
import { isSupported } from "./isSupported";
import { REQUEST_BUDGET_BYTES, RequestBudget } from "./requestBudget";
import { runExcel } from "./runExcel";

/**
 * Copies the sheets of village workbooks chosen by the user into this workbook (ExcelApi 1.13), and
 * returns the names Excel gave them (it renames clashes, "Thôn A (2)").
 *
 * @example await insertWorkbooks([{ fileName: "Na Lau.xlsx", base64 }]) → { ok: true, value: ["Thôn Nà Lầu"] }
 */
export async function insertWorkbooks(files: { fileName: string; base64: string }[]): Promise<ExcelResult<string[]>> {
  if (!isSupported("insertWorksheets")) {
    return { ok: false, failures: { code: "unsupported", sheet: null, detail: "insertWorksheetsFromBase64 needs ExcelApi 1.13" } };
  }
  const big = files.find((f) => f.base64.length > REQUEST_BUDGET_BYTES);
  if (big) return { ok: false, failures: { code: "too-large", sheet: null, detail: `${big.fileName}: ${big.base64.length} bytes in base64` } };
  return runExcel(null, async (ctx) => {
    const budget = new RequestBudget(ctx);
    const inserted: OfficeExtension.ClientResult<string[]>[] = [];
    for (const file of files) {
      await budget.take(file.base64.length + 200);
      inserted.push(ctx.workbook.insertWorksheetsFromBase64(file.base64, { positionType: "End" as Excel.WorksheetPositionType }));
    }
    await ctx.sync();
    const sheets = ctx.workbook.worksheets.load("items/name,items/id");
    await ctx.sync();
    const nameOf = new Map(sheets.items.map((ws) => [ws.id, ws.name]));
    return inserted.flatMap((r) => r.value).map((id) => nameOf.get(id)).filter((n): n is string => typeof n === "string");
  });
}
