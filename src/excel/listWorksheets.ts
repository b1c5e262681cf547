import type { ExcelResult } from "./failure";
import { runExcel } from "./runExcel";
import { isWritingSheet } from "./writingSheet";

export interface WorksheetInfo {
  name: string;
  active: boolean;
  /** Zero-based position among all sheets of the workbook. */
  position: number;
}

/**
 * The workbook's visible sheets in tab order, in one sync.
 *
 * @example await listWorksheets() → { ok: true, value: [{ name: "Thôn Nà Lầu", active: true, position: 0 }] }
 */
export async function listWorksheets(): Promise<ExcelResult<WorksheetInfo[]>> {
  return runExcel(null, async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/position,items/visibility");
    const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
    await ctx.sync();
    return sheets.items
      // A sheet left half-written by a refused write is no sheet to offer; the next write removes it.
      .filter((ws) => ws.visibility === "Visible" && !isWritingSheet(ws.name))
      .map((ws) => ({ name: ws.name, active: ws.name === active.name, position: ws.position }));
  });
}

/** The name of the sheet the user is looking at, in one sync. */
export async function readActiveWorksheetName(): Promise<ExcelResult<string>> {
  return runExcel(null, async (ctx) => {
    const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
    await ctx.sync();
    return active.name;
  });
}
