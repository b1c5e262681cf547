import type { Highlight, HighlightStyle } from "../core/model/highlight";
import { parseCell, cellAddress, type CellRef } from "./a1";
import { probeLooks, paintHighlights, restoreLooks } from "./cellLooks";
import type { ExcelResult } from "./failure";
import { failure } from "./failure";
import { fittingCount } from "./fittingHighlights";
import { STATE_LIMIT_CHARS, encodeState, openStateStore, stateKey, type CellLook, type HighlightState, type StateStore } from "./highlightState";
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

/** What a check's highlights came to: cells painted, cells left unpainted and the first of them. */
export interface HighlightsApplied {
  painted: number;
  notPainted: number;
  /** The first cell left unpainted, in the order cells are painted (null when all were). */
  firstNotPainted: string | null;
}

/** Errors and shortfalls before met targets, each in sheet order (row by row). */
function paintOrder(styles: Map<string, HighlightStyle>): string[] {
  const rank = (style: HighlightStyle) => (style === "good" ? 1 : 0);
  return [...styles]
    .map(([cell, style]) => ({ cell, ref: parseCell(cell) as CellRef, rank: rank(style) }))
    .sort((a, b) => a.rank - b.rank || a.ref.row - b.ref.row || a.ref.col - b.ref.col)
    .map((c) => c.cell);
}

/**
 * Highlights cells of a checked sheet (SPEC §7), replacing the sheet's previous highlights. What each
 * cell looked like before is kept in the workbook, so `clearHighlights` restores it exactly, even after
 * the pane was closed. Two round trips (looks and saved state; then the writes), more only when the
 * commands would take a request past 4 MB (some thousands of separate runs of cells).
 *
 * Nothing is painted that is not on record first: the paint request saves, before any colour, a state
 * covering every cell it will touch (the new highlights and the old ones it takes off), and the exact new
 * state only after them. Whatever Excel refuses in between, every touched cell can still be cleared.
 *
 * The saved state is bounded (`STATE_LIMIT_CHARS`). When the looks of every cell would not fit, the
 * sheet's earlier highlights are taken off first (one more round trip) and as many cells are painted as
 * fit, errors and shortfalls first, in sheet order; the result says how many were left unpainted and
 * the first of them. A cell whose look Excel does not tell is left unpainted too, having nothing to
 * come back to.
 *
 * @example await applyHighlights("Thôn Nà Lầu", [{ cell: "E12", style: "bad" }]) → { ok: true, value: { painted: 1, notPainted: 0, firstNotPainted: null } }
 */
export async function applyHighlights(sheet: string, highlights: Highlight[]): Promise<ExcelResult<HighlightsApplied>> {
  const styles = strongestPerCell(highlights);
  if (typeof styles === "string") return { ok: false, failures: { code: "unknown", sheet, detail: `Not a cell address: "${styles}"` } };
  return runExcel(sheet, async (ctx) => {
    const exact = apiAtLeast("1.9");
    const sheets = ctx.workbook.worksheets.load("items/id");
    const ws = ctx.workbook.worksheets.getItem(sheet).load("id");
    const store = openStateStore(ctx);
    const budget = new RequestBudget(ctx);
    const order = paintOrder(styles);
    const looksNow = await probeLooks(ws, order, exact, budget);
    await ctx.sync();
    forgetDeletedSheets(store, sheets.items.map((s) => s.id));
    const key = stateKey(ws.id);
    let old = store.get(key);
    const now = await looksNow();
    // A cell still wearing an earlier highlight keeps the look it had before that one.
    const wanted: [string, CellLook][] = [];
    for (const cell of order) {
      const before = old?.cells[cell] ?? now.get(cell) ?? null;
      if (before) wanted.push([cell, before]);
    }
    let count = wanted.length;
    const all = new Set(order);
    const kept = Object.entries(old?.cells ?? {}).filter(([cell]) => !all.has(cell));
    if (encodeState({ sheet, cells: Object.fromEntries([...kept, ...wanted]) }).length > STATE_LIMIT_CHARS) {
      if (old) {
        // Off first, so the limit holds only the looks of the cells painted now.
        await takeOff(ctx, ws, store, key, old, exact);
        old = null;
      }
      count = fittingCount(sheet, wanted, STATE_LIMIT_CHARS);
    }
    const next: HighlightState = { sheet, cells: Object.fromEntries(wanted.slice(0, count)) };
    const paint = new Map([...Object.keys(next.cells)].map((cell) => [cell, styles.get(cell) as HighlightStyle]));
    const dropped = new Map(Object.entries(old?.cells ?? {}).filter(([cell]) => !paint.has(cell)));
    // Every cell this request touches, on record before any of them is.
    const touched: HighlightState = { sheet, cells: { ...Object.fromEntries(dropped), ...next.cells } };
    const saved = encodeState(touched);
    const writes = new RequestBudget(ctx);
    await writes.take(commandBytes(saved));
    if (dropped.size > 0 || paint.size > 0) store.put(key, touched);
    await store.save();
    await restoreLooks(ws, dropped, exact, writes);
    await paintHighlights(ws, paint, writes);
    await writes.take(commandBytes(paint.size > 0 ? encodeState(next) : null));
    store.put(key, paint.size > 0 ? next : null);
    try {
      await ctx.sync();
    } catch (e) {
      throw stateRefusedOr(e, sheet);
    }
    await store.save();
    const left = order.filter((cell) => !paint.has(cell));
    return { painted: paint.size, notPainted: left.length, firstNotPainted: left[0] ?? null };
  });
}

/** Restores every cell of a sheet's saved highlights and forgets them, in a request of its own. */
async function takeOff(ctx: Excel.RequestContext, ws: Excel.Worksheet, store: StateStore, key: string, old: HighlightState, exact: boolean): Promise<void> {
  await restoreLooks(ws, new Map(Object.entries(old.cells)), exact, new RequestBudget(ctx));
  store.put(key, null);
  await ctx.sync();
  await store.save();
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
    if (old) await takeOff(ctx, ws, store, key, old, apiAtLeast("1.9"));
  });
}

