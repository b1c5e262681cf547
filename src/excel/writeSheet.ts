import type { SheetModel } from "../core/model/sheetModel";
import { parseCell, parseRange } from "./a1";
import type { ExcelResult } from "./failure";
import { RequestBudget } from "./requestBudget";
import { runExcel } from "./runExcel";
import { DECORATIONS, hasDecoration, queueDecoration, type Decoration } from "./sheetDecorations";
import { settlePrintFit, type PrintReadBack } from "./printFit";
import { isValidSheetName } from "./sheetName";
import { placeCells, writeCells, type PlacedCell } from "./writeCells";
import { WRITING_PREFIX, isWritingSheet } from "./writingSheet";

export { widthInPoints, type Decoration } from "./sheetDecorations";

export { WRITING_PREFIX, isWritingSheet } from "./writingSheet";

/** A sheet whose data is all written, and the decorations Excel would not apply to it. */
export interface SheetWritten {
  sheet: string;
  missing: Decoration[];
  /**
   * True when the model asks to print one page wide and Excel did not keep it (or has no page layout
   * below ExcelApi 1.9): staff are told how to set it by hand. Absent otherwise.
   */
  printByHand?: true;
}

/**
 * Creates a sheet from a model, or replaces the sheet of that name in place (same tab position), so that
 * Excel refusing any part never loses data:
 * 1. the data alone (values, text always as text, number formats) on a new sheet beside the old one; if
 *    Excel refuses it, the new sheet is removed and the old one was never touched;
 * 2. then the old sheet is replaced by the new one (deleted, the new one renamed and moved into its tab
 *    position) and the decorations follow in the same request, in order: layout, print setup, chart, guards (a
 *    template's data validation and protection, last so protecting cannot block the others);
 * 3. only when that request fails is each step sent again on its own, so the one Excel refuses is known
 *    and named in `missing` while the others are applied. If even the replacing is refused, the new sheet
 *    is removed and the old one stays as it was (or, were the old one already gone, the new one stays
 *    under the name Excel gave it, returned in `sheet`).
 * Two round trips for any size that fits a request, and no release request (its ranges are untracked).
 *
 * @example await writeSheet(buildRankingSheet(ranking, config), { activate: true }) → { ok: true, value: { sheet: "Xếp hạng thi đua 2024", missing: [] } }
 */
export async function writeSheet(model: SheetModel, options: { activate: boolean }): Promise<ExcelResult<SheetWritten>> {
  const written = await writeSheets([model], options);
  return written.ok ? { ok: true, value: written.value[0] } : written;
}

/**
 * Several sheets written as `writeSheet` writes one, in the same two round trips: the data of all in the
 * first request, the replacing and decorations of all in the second (the ranking sheet and the results
 * across villages beside it, say). Only the first sheet is activated when `activate` is set. When the
 * second request is refused, each sheet's steps are sent again on their own, as for one sheet.
 *
 * @example await writeSheets([ranking, results], { activate: true }) → { ok: true, value: [{ sheet: "Xếp hạng thi đua 2024", missing: [] }, { sheet: "Tổng hợp kết quả 2024", missing: [] }] }
 */
export async function writeSheets(models: SheetModel[], options: { activate: boolean }): Promise<ExcelResult<SheetWritten[]>> {
  const prepared: { model: SheetModel; placed: PlacedCell[]; activate: boolean }[] = [];
  for (const [index, model] of models.entries()) {
    if (!isValidSheetName(model.name)) return { ok: false, failures: { code: "invalid-name", sheet: model.name, detail: "invalid sheet name" } };
    const placed = placeCells(model.cells);
    const bad = placed ? model.merges.find((m) => !parseRange(m)) : model.cells.find((c) => !parseCell(c.address));
    if (!placed || bad) return { ok: false, failures: { code: "unknown", sheet: model.name, detail: `Not a cell address: ${JSON.stringify(bad)}` } };
    prepared.push({ model, placed, activate: options.activate && index === 0 });
  }
  if (prepared.length === 0) return { ok: true, value: [] };
  return runExcel(prepared[0].model.name, async (ctx) => {
    // 1. The data alone, on sheets under a temporary name no staff would give, beside the old ones.
    const sheets = ctx.workbook.worksheets.load("items/name,items/position");
    const added: Excel.Worksheet[] = [];
    const stamp = Date.now() % 100_000;
    try {
      const budget = new RequestBudget(ctx);
      for (const [index, { placed }] of prepared.entries()) {
        const ws = ctx.workbook.worksheets.add(`${WRITING_PREFIX}${stamp}-${index + 1}`);
        added.push(ws);
        await writeCells(ws, placed, budget);
      }
      await ctx.sync();
    } catch (e) {
      for (const ws of added) await removeQuietly(ctx, ws);
      throw e;
    }
    const steps = prepared.map(({ model, placed, activate }, index) => ({
      model,
      placed,
      activate,
      ws: added[index],
      old: sheets.items.find((s) => s.name.toLowerCase() === model.name.toLowerCase()) ?? null,
      wanted: DECORATIONS.filter((d) => hasDecoration(model, d)),
    }));
    // 2. Remove what an earlier refused write left, replace the old sheets, then every decoration, in one request.
    const ours = new Set(added.map((_, index) => `${WRITING_PREFIX}${stamp}-${index + 1}`));
    const stale = sheets.items.filter((s) => isWritingSheet(s.name) && !ours.has(s.name));
    const readBacks: (PrintReadBack | null)[] = [];
    let refused = false;
    try {
      const budget = new RequestBudget(ctx);
      for (const sheet of stale) sheet.delete();
      for (const { ws, old, model, activate } of steps) queuePlace(ws, old, model.name, activate);
      for (const { ws, model, placed, wanted } of steps) {
        let readBack: PrintReadBack | null = null;
        for (const decoration of wanted) readBack = (await queueDecoration(ws, model, placed, decoration, budget)) ?? readBack;
        readBacks.push(readBack);
      }
      await ctx.sync();
    } catch {
      refused = true;
    }
    const written: SheetWritten[] = [];
    if (!refused) {
      // The print fit was read back in the same request; only a fit Excel did not keep costs one more.
      for (const [index, { model, ws }] of steps.entries()) written.push(withPrintFit({ sheet: model.name, missing: [] }, model, await printFitted(ctx, ws, readBacks[index])));
      return written;
    }
    // 3. Something was refused: each step again, on its own.
    for (const [index, { ws, old, model, placed, activate, wanted }] of steps.entries()) {
      let sheet: string;
      try {
        sheet = await placeAlone(ctx, ws, old, model.name, activate);
      } catch (e) {
        // The sheets not yet placed go too, so no sheet named by Excel is left behind.
        for (const later of steps.slice(index + 1)) await removeQuietly(ctx, later.ws);
        throw e;
      }
      const missing: Decoration[] = [];
      let fitted: boolean | null = null;
      for (const decoration of wanted) {
        const done = await decorateAlone(ctx, ws, model, placed, decoration);
        if (!done.ok) missing.push(decoration);
        else if (decoration === "print") fitted = await printFitted(ctx, ws, done.readBack);
      }
      written.push(withPrintFit({ sheet, missing }, model, fitted));
    }
    return written;
  });
}

/** Deletes the old sheet, then gives the new one its name and tab position. */
function queuePlace(ws: Excel.Worksheet, old: Excel.Worksheet | null, name: string, activate: boolean): void {
  if (old) old.delete();
  ws.name = name;
  if (old) ws.position = old.position;
  if (activate) ws.activate();
}

/**
 * Replaces the old sheet on its own and gives the name the new sheet ends with. If Excel refuses while
 * the old sheet is still there, the new one is removed so the workbook is as it was. Once the old sheet
 * is gone the new one is never removed: it keeps the name Excel gave it, and that name is returned.
 */
async function placeAlone(ctx: Excel.RequestContext, ws: Excel.Worksheet, old: Excel.Worksheet | null, name: string, activate: boolean): Promise<string> {
  const now = ctx.workbook.worksheets.load("items/name");
  ws.load("name");
  await ctx.sync();
  const given = ws.name;
  const placed = given.toLowerCase() === name.toLowerCase();
  const oldLeft = !placed && now.items.some((s) => s.name.toLowerCase() === name.toLowerCase());
  try {
    if (placed) {
      if (activate) ws.activate();
    } else queuePlace(ws, oldLeft ? old : null, name, activate);
    await ctx.sync();
    return name;
  } catch (e) {
    if (placed) return name;
    if (oldLeft || old === null) {
      await removeQuietly(ctx, ws);
      throw e;
    }
    return given;
  }
}

/** One decoration in requests of its own; not ok when Excel refuses it. */
async function decorateAlone(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  model: SheetModel,
  placed: PlacedCell[],
  decoration: Decoration,
): Promise<{ ok: true; readBack: PrintReadBack | null } | { ok: false }> {
  try {
    // A chart added before the refusal would otherwise be there twice.
    if (decoration === "chart") await removeCharts(ctx, ws);
    const readBack = await queueDecoration(ws, model, placed, decoration, new RequestBudget(ctx), true);
    await ctx.sync();
    return { ok: true, readBack };
  } catch {
    // Nor is half a chart (added, then refused its title or place) left behind.
    if (decoration === "chart") await removeCharts(ctx, ws).catch(() => undefined);
    return { ok: false };
  }
}

/** Whether the print fit asked was kept (one more request to try the other way when not); null when none was asked. */
async function printFitted(ctx: Excel.RequestContext, ws: Excel.Worksheet, readBack: PrintReadBack | null): Promise<boolean | null> {
  return readBack ? settlePrintFit(ctx, ws, readBack) : null;
}

/**
 * A written sheet told to set its print fit by hand when the model asks for one and Excel did not keep
 * it, or has no page layout (below ExcelApi 1.9). Print setup refused outright is named in `missing`.
 */
function withPrintFit(written: SheetWritten, model: SheetModel, fitted: boolean | null): SheetWritten {
  if (!model.print || written.missing.includes("print")) return written;
  return fitted === true ? written : { ...written, printByHand: true };
}

async function removeCharts(ctx: Excel.RequestContext, ws: Excel.Worksheet): Promise<void> {
  const charts = ws.charts.load("items/name");
  await ctx.sync();
  for (const chart of charts.items) chart.delete();
}

async function removeQuietly(ctx: Excel.RequestContext, ws: Excel.Worksheet): Promise<void> {
  try {
    ws.delete();
    await ctx.sync();
  } catch {
    // The sheet was never added, or Excel refuses this too: nothing more can be done here.
  }
}
