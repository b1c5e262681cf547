import type { Highlight, HighlightStyle } from "../core/model/highlight";
import { parseCell, cellAddress } from "./a1";
import { probeLooks, paintHighlights, restoreLooks } from "./cellLooks";
import type { ExcelResult } from "./failure";
import { failure } from "./failure";
import { STATE_LIMIT_CHARS, encodeState, openStateStore, stateKey, type HighlightState, type StateStore } from "./highlightState";
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
 * the pane was closed. Two round trips (looks and saved state; then the writes), more only when the
 * commands would take a request past 4 MB (some thousands of separate runs of cells).
 *
 * Nothing is painted that is not on record first: the paint request saves, before any colour, a state
 * covering every cell it will touch (the new highlights and the old ones it takes off), and the exact new
 * state only after them. Whatever Excel refuses in between, every touched cell can still be cleared. A
 * state too large to keep (`STATE_LIMIT_CHARS`) paints nothing and says so; earlier highlights stay
 * clearable. A cell whose look Excel does not tell is left unpainted, having nothing to come back to.
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
    for (const [cell] of styles) {
      // A cell still wearing an earlier highlight keeps the look it had before that one.
      const before = old?.cells[cell] ?? now.get(cell) ?? null;
      if (before) next.cells[cell] = before;
      else styles.delete(cell);
    }
    const dropped = new Map(Object.entries(old?.cells ?? {}).filter(([cell]) => !styles.has(cell)));
    // Every cell this request touches, on record before any of them is.
    const touched: HighlightState = { sheet, cells: { ...Object.fromEntries(dropped), ...next.cells } };
    const saved = encodeState(touched);
    if (saved.length > STATE_LIMIT_CHARS) {
      throw failure("too-many-highlights", sheet, `${styles.size} cells to highlight: their saved looks take ${saved.length} characters, over ${STATE_LIMIT_CHARS}`);
    }
    const writes = new RequestBudget(ctx);
    await writes.take(commandBytes(saved));
    if (dropped.size > 0 || styles.size > 0) store.put(key, touched);
    await store.save();
    await restoreLooks(ws, dropped, exact, writes);
    await paintHighlights(ws, styles, writes);
    await writes.take(commandBytes(styles.size > 0 ? encodeState(next) : null));
    store.put(key, styles.size > 0 ? next : null);
    try {
      await ctx.sync();
    } catch (e) {
      throw stateRefusedOr(e, sheet);
    }
    await store.save();
  });
}

/** Excel refusing to keep the saved looks (its own limit on settings) is said as such. */
function stateRefusedOr(e: unknown, sheet: string): unknown {
  const where = (e as { debugInfo?: { errorLocation?: unknown } })?.debugInfo?.errorLocation;
  if (typeof where === "string" && /^Setting/.test(where)) {
    return failure("too-many-highlights", sheet, `${(e as { code?: string }).code ?? "Error"} at ${where}: ${(e as Error).message}`);
  }
  return e;
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

