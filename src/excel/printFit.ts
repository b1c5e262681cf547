import type { SheetModel } from "../core/model/sheetModel";
import { parseCell } from "./a1";
import { printZoom } from "./printZoom";

/**
 * What a sheet's print fit asked of Excel, and the page layout and page breaks loaded back after it in the
 * same request: Excel may take a print zoom without an error and not keep it
 * ([real Excel](docs/excel-adapter.md#real-excel)).
 */
export interface PrintReadBack {
  layout: Excel.PageLayout;
  breaks: OfficeExtension.ClientResult<number>;
  asked: Excel.PageLayoutZoomOptions;
  /** The other way to fit one page wide, tried when the first did not stick; null when there is none. */
  fallback: Excel.PageLayoutZoomOptions | null;
  breaksBefore: number[];
}

/**
 * Queues the print fit of a sheet model (ExcelApi 1.9): its scale where the model gives one, as the
 * command line's file keeps it (a scale sticks where fit-to-pages may not), else one page wide; the
 * manual page breaks before the rows the model names (the signature block on a page of its own); then
 * loads both back, in the same request.
 *
 * @example const readBack = queuePrintFit(ws, model); await ctx.sync(); await settlePrintFit(ctx, ws, readBack) === true
 */
export function queuePrintFit(ws: Excel.Worksheet, model: SheetModel): PrintReadBack | null {
  const p = model.print;
  if (!p) return null;
  const wide = printZoom(p.fitToWidth, lastRow(model));
  const asked = p.scale ? { scale: p.scale } : wide;
  const breaksBefore = (p.breaksBefore ?? []).filter((row) => row > 1);
  ws.pageLayout.zoom = asked;
  for (const row of breaksBefore) ws.horizontalPageBreaks.add(`A${row}`);
  return { layout: ws.pageLayout.load("zoom"), breaks: ws.horizontalPageBreaks.getCount(), asked, fallback: p.scale ? wide : null, breaksBefore };
}

/**
 * Whether the print fit stuck; where it did not, one more request asks the other way to fit one page wide
 * (fit-to-pages after a scale) and the missing page breaks, and reads them back. False when Excel still did
 * not keep them: the pane then says how to set them by hand.
 */
export async function settlePrintFit(ctx: Excel.RequestContext, ws: Excel.Worksheet, readBack: PrintReadBack): Promise<boolean> {
  const zoomKept = kept(readBack.layout.zoom, readBack.asked);
  const breaksKept = readBack.breaks.value >= readBack.breaksBefore.length;
  if (zoomKept && breaksKept) return true;
  const zoom = zoomKept ? readBack.asked : readBack.fallback;
  if (zoom === null) return false;
  if (!zoomKept) ws.pageLayout.zoom = zoom;
  if (!breaksKept) {
    ws.horizontalPageBreaks.removePageBreaks();
    for (const row of readBack.breaksBefore) ws.horizontalPageBreaks.add(`A${row}`);
  }
  const layout = ws.pageLayout.load("zoom");
  const breaks = ws.horizontalPageBreaks.getCount();
  try {
    await ctx.sync();
  } catch {
    return false;
  }
  return kept(layout.zoom, zoom) && breaks.value >= readBack.breaksBefore.length;
}

/** Whether the zoom Excel kept is the one asked: the same scale, or the same pages wide. */
function kept(now: Excel.PageLayoutZoomOptions | undefined, asked: Excel.PageLayoutZoomOptions): boolean {
  if (!now) return false;
  if (asked.scale !== undefined) return now.scale === asked.scale;
  return now.horizontalFitToPages === asked.horizontalFitToPages;
}

function lastRow(model: SheetModel): number {
  let last = 1;
  for (const cell of model.cells) last = Math.max(last, parseCell(cell.address)?.row ?? 1);
  return last;
}
