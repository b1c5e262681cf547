import type { Highlight, HighlightStyle } from "../core/model/highlight";
import { parseCell, cellAddress } from "./a1";
import { probeLooks, paintHighlights, restoreLooks } from "./cellLooks";
import type { ExcelResult } from "./failure";
import { openStateStore, stateKey, type CellLook, type HighlightState, type StateStore } from "./highlightState";
import { apiAtLeast } from "./isSupported";
import { RequestBudget, commandBytes } from "./requestBudget";
import { runExcel } from "./runExcel";

// An error says more than a shortfall, and a shortfall more than a met target.
const WEIGHT: Record<HighlightStyle, number> = { neutral: 3, bad: 2, good: 1 };

function strongestPerCell(highlights: Highlight[]): Map<string, HighlightStyle> | string {
  const out = new Map<string, HighlightStyle>();
  for (const h of highlights) {
    const ref = parseCell(h.cell);
    if (!ref) return h.cell;
    const cell = cellAddress(ref);
    const had = out.get(cell);
    if (!had || WEIGHT[h.style] > WEIGHT[had]) out.set(cell, h.style);
  }
  return out;
}

/**
 * Highlights cells of a checked sheet (SPEC §7), replacing the sheet's previous highlights. What each
 * cell looked like before is kept in the workbook, so `clearHighlights` restores it exactly, even after
 * the pane was closed. Two syncs, more only when the commands would take a request past 4 MB (some
 * thousands of separate runs of cells).
 *
 * @example await applyHighlights("Thôn Nà Lầu", [{ cell: "E12", style: "bad" }])
 */
export async function applyHighlights(sheet: string, highlights: Highlight[]): Promise<ExcelResult<void>> {
  const styles = strongestPerCell(highlights);
  if (typeof styles === "string") return { ok: false, failures: { code: "unknown", sheet, detail: `Not a cell address: "${styles}"` } };
  return runExcel(sheet, async (ctx) => {
    const exact = apiAtLeast("1.9");
    const sheets = ctx.workbook.worksheets.load("items/id");
    const ws = ctx.workbook.worksheets.getItem(sheet).load("id");
    const store = openStateStore(ctx);
    const budget = new RequestBudget(ctx);
    const looksNow = await probeLooks(ws, [...styles.keys()], exact, budget);
    await ctx.sync();
    forgetDeletedSheets(store, sheets.items.map((s) => s.id));
    const key = stateKey(ws.id);
    const old = store.get(key);
    const now = await looksNow();
    const next: HighlightState = { sheet, cells: {} };
    for (const [cell, style] of styles) {
      // A cell still wearing an earlier highlight keeps the look it had before that one.
      const before = old?.cells[cell] ?? (now.get(cell) as CellLook);
      next.cells[cell] = { fill: before.fill, font: before.font, ...(before.pattern ? { pattern: before.pattern } : {}), style };
    }
    const dropped = new Map(Object.entries(old?.cells ?? {}).filter(([cell]) => !styles.has(cell)));
    const writes = new RequestBudget(ctx);
    await restoreLooks(ws, dropped, exact, writes);
    await paintHighlights(ws, styles, writes);
    await writes.take(commandBytes(next));
    store.put(key, styles.size > 0 ? next : null);
    await ctx.sync();
    await store.save();
  });
}

/** Highlights of sheets deleted since have nothing left to restore. */
function forgetDeletedSheets(store: StateStore, sheetIds: string[]): void {
  const alive = new Set(sheetIds.map(stateKey));
  for (const key of store.keys()) if (!alive.has(key)) store.put(key, null);
}

/**
 * Removes this add-in's highlights from a sheet, restoring every touched cell's fill and font colour;
 * does nothing when there are none. Two syncs, more only past 4 MB of commands.
 *
 * @example await clearHighlights("Thôn Nà Lầu")
 */
export async function clearHighlights(sheet: string): Promise<ExcelResult<void>> {
  return runExcel(sheet, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet).load("id");
    const store = openStateStore(ctx);
    await ctx.sync();
    const key = stateKey(ws.id);
    const old = store.get(key);
    if (!old) return;
    await restoreLooks(ws, new Map(Object.entries(old.cells)), apiAtLeast("1.9"), new RequestBudget(ctx));
    store.put(key, null);
    await ctx.sync();
    await store.save();
  });
}

