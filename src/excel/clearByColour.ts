import { columnLetters, rangeAddress, type CellRef } from "./a1";
import { wearsHighlight } from "./addinColours";
import { lookFromProperties } from "./cellPropertiesLook";
import { forOneRequest } from "./oneRequest";
import { RequestBudget, commandBytes } from "./requestBudget";
import { inHalves } from "./splitOnRefusal";
import { verticalRuns, type Run } from "./verticalRuns";

/** Cells whose properties one request asks for: an answer of about 80 bytes a cell stays near 2 MB. */
export const PROPERTY_CELLS_PER_REQUEST = 25_000;

/**
 * Clears the add-in's highlights from a sheet whose record of them is lost (settings gone on reopen):
 * every cell of the used range whose fill and font are exactly one of the add-in's pairs gets no fill and
 * a black font; no other cell is touched. Needs `getCellProperties` (ExcelApi 1.9); `used` is the sheet's
 * used range, loaded (`usedRangeForColours`) in an earlier request. Reads in blocks of
 * whole rows of at most `PROPERTY_CELLS_PER_REQUEST` cells, one request each, then one request paints.
 * When Excel refuses a block or the painting for its size, it goes again in halves, down to single rows
 * and single runs (`inHalves`). Gives the number of cells cleared.
 *
 * @example await clearByColour(ctx, ws) === 14
 */
export async function clearByColour(ctx: Excel.RequestContext, ws: Excel.Worksheet, used: Excel.Range, around: { open(): void; close(): void }): Promise<number> {
  const rowsPerBlock = Math.max(1, Math.floor(PROPERTY_CELLS_PER_REQUEST / used.columnCount));
  const found: string[] = [];
  // Rows of the sheet (1-based) whose cells are read together.
  const readRows = async (sheetRows: number[]) => {
    const first: CellRef = { row: sheetRows[0], col: used.columnIndex + 1 };
    const rows = sheetRows.length;
    const props = forOneRequest(ws.getRange(rangeAddress(first.row, first.col, first.row + rows - 1, first.col + used.columnCount - 1))).getCellProperties({
      format: { fill: { color: true, pattern: true }, font: { color: true } },
    });
    await ctx.sync();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < used.columnCount; c++) {
        if (wearsHighlight(lookFromProperties(props.value, r, c))) found.push(`${columnLetters(first.col + c)}${first.row + r}`);
      }
    }
  };
  for (let top = 0; top < used.rowCount; top += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, used.rowCount - top);
    await inHalves(
      Array.from({ length: rows }, (_, r) => used.rowIndex + top + r + 1),
      readRows,
    );
  }
  if (found.length === 0) return 0;
  const clear = async (runs: Run<number>[]) => {
    const budget = new RequestBudget(ctx);
    budget.eachRequest(around);
    around.open();
    for (const run of runs) {
      await budget.take(commandBytes(run.address));
      const format = forOneRequest(ws.getRange(run.address)).format;
      format.fill.clear();
      format.font.color = "#000000";
    }
    around.close();
    await ctx.sync();
  };
  await inHalves(verticalRuns(found, () => 0), clear);
  return found.length;
}

/** Queues loading the used range's place and size, which `clearByColour` reads by blocks. */
export function usedRangeForColours(ws: Excel.Worksheet): Excel.Range {
  return forOneRequest(ws.getUsedRange(false)).load("rowIndex,columnIndex,rowCount,columnCount");
}
