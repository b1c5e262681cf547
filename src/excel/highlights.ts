import type { Highlight, HighlightStyle } from "../core/model/highlight";
import { parseCell, cellAddress, type CellRef } from "./a1";
import { wearsHighlight } from "./addinColours";
import { clearByColour, usedRangeForColours } from "./clearByColour";
import { probeLooks, paintHighlights, readLooks, restoreLooks } from "./cellLooks";
import type { ExcelResult } from "./failure";
import { failure } from "./failure";
import { fittingCount } from "./fittingHighlights";
import { STATE_LIMIT_CHARS, TOTAL_LIMIT_CHARS, encodeState, openStateStore, stateKey, type CellLook, type HighlightState, type StateStore } from "./highlightState";
import { apiAtLeast } from "./isSupported";
import { RequestBudget, commandBytes } from "./requestBudget";
import { forOneRequest } from "./oneRequest";
import { runExcel } from "./runExcel";
import { formattingWindow, loadSheetLock, restoreLock, type SheetLock } from "./sheetLock";
import { inHalves, refusedForSize } from "./splitOnRefusal";
import { settleStates, type LiveSheet } from "./stateMatch";
import { verticalRuns } from "./verticalRuns";
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
 * Highlights cells of a checked sheet (docs/outputs.md#what-the-add-in-and-the-command-line-write), replacing the sheet's previous highlights. What each
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
export async function applyHighlights(sheet: string, highlights: Highlight[], options: { select?: string } = {}): Promise<ExcelResult<HighlightsApplied>> {
  const styles = strongestPerCell(highlights);
  if (typeof styles === "string") return { ok: false, failures: { code: "unknown", sheet, detail: `Not a cell address: "${styles}"` } };
  if (options.select !== undefined && !parseCell(options.select)) return { ok: false, failures: { code: "unknown", sheet, detail: `Not a cell address: "${options.select}"` } };
  return runExcel(sheet, async (ctx) => {
    const exact = apiAtLeast("1.9");
    const order = paintOrder(styles);
    // The sheet, its lock, the saved states and the cells' looks, in one request.
    const first = async (probe: boolean) => {
      const sheets = ctx.workbook.worksheets.load("items/id,items/name");
      const ws = ctx.workbook.worksheets.getItem(sheet).load("id,name");
      const lockOf = loadSheetLock(ws);
      const store = openStateStore(ctx);
      const looks = probe ? await probeLooks(ws, order, exact, new RequestBudget(ctx)) : null;
      await ctx.sync();
      return { sheets, ws, lockOf, store, looks };
    };
    let opened: Awaited<ReturnType<typeof first>>;
    try {
      opened = await first(true);
    } catch (e) {
      // Excel refused the looks for their size: the rest again, and the looks in halves (`readLooks`).
      if (!refusedForSize(e)) throw e;
      opened = await first(false);
    }
    const { sheets, ws, lockOf, store } = opened;
    const probed = opened.looks;
    const looksNow = probed ?? (() => readLooks(ctx, ws, order, exact));
    const lock = lockOf();
    const window = formattingWindow(ws, lock);
    const key = stateKey(ws.id);
    const owned = settleStates(store, liveSheets(sheets)).get(ws.id);
    const now = await looksNow();
    let old = owned ? (owned.sure ? owned.state : await verified(ctx, ws, owned.state, exact, now)) : null;
    // A cell still wearing an earlier highlight keeps the look it had before that one.
    const wanted: [string, CellLook][] = [];
    for (const cell of order) {
      const before = old?.cells[cell] ?? now.get(cell) ?? null;
      if (before) wanted.push([cell, before]);
    }
    let count = wanted.length;
    const all = new Set(order);
    const kept = Object.entries(old?.cells ?? {}).filter(([cell]) => !all.has(cell));
    const limit = Math.max(0, Math.min(STATE_LIMIT_CHARS, TOTAL_LIMIT_CHARS - othersChars(store, key)));
    if (encodeState({ sheet, cells: Object.fromEntries([...kept, ...wanted]) }).length > limit) {
      if (old) {
        // Off first, so the limit holds only the looks of the cells painted now.
        await takeOff(ctx, ws, store, key, old, exact, lock);
        old = null;
      }
      count = fittingCount(sheet, wanted, limit);
    }
    const next: HighlightState = { sheet, cells: Object.fromEntries(wanted.slice(0, count)) };
    const paint = new Map([...Object.keys(next.cells)].map((cell) => [cell, styles.get(cell) as HighlightStyle]));
    const dropped = new Map(Object.entries(old?.cells ?? {}).filter(([cell]) => !paint.has(cell)));
    // Every cell this request touches, on record before any of them is.
    const touched: HighlightState = { sheet, cells: { ...Object.fromEntries(dropped), ...next.cells } };
    const saved = encodeState(touched);
    const writes = new RequestBudget(ctx);
    writes.eachRequest(window);
    await writes.take(commandBytes(saved));
    if (dropped.size > 0 || paint.size > 0) store.put(key, touched);
    await store.save();
    // A protected sheet that does not allow formatting is unprotected for the paint and protected again
    // with the same options after it, in the same request.
    const queueWrites = async (budget: RequestBudget, grouped: boolean) => {
      window.open();
      await restoreLooks(ws, dropped, exact, budget, grouped);
      await paintHighlights(ws, paint, budget, grouped);
      window.close();
      await budget.take(commandBytes(paint.size > 0 ? encodeState(next) : null));
      store.put(key, paint.size > 0 ? next : null);
      // The sheet shown with the cell asked for selected rides in the same request: no round trip of its own.
      if (options.select !== undefined) {
        ws.activate();
        forOneRequest(ws.getRange(options.select)).select();
      }
    };
    await queueWrites(writes, true);
    try {
      await ctx.sync();
    } catch (e) {
      // Excel refused the request for its size (a long `getRanges` address, too many cells): the same
      // writes again, one range per run, and when that is refused too, in halves down to single runs
      // (`inHalves`), the new state saved after them. The state saved first still covers every cell, and
      // painting or restoring a cell twice changes nothing.
      if (!refusedForSize(e)) {
        if (window.lifted) await restoreLock(ctx, ws, lock);
        throw stateRefusedOr(e, sheet);
      }
      try {
        const runs = verticalRuns([...new Set([...dropped.keys(), ...paint.keys()])], () => 0);
        // Whether the writes went in one request, the new state and the selection with them.
        let whole = false;
        await inHalves(runs, async (part) => {
          const again = new RequestBudget(ctx);
          again.eachRequest(window);
          if (part.length === runs.length) await queueWrites(again, false);
          else {
            const these = new Set(part.flatMap((run) => run.cells));
            window.open();
            await restoreLooks(ws, new Map([...dropped].filter(([cell]) => these.has(cell))), exact, again, false);
            await paintHighlights(ws, new Map([...paint].filter(([cell]) => these.has(cell))), again, false);
            window.close();
          }
          await ctx.sync();
          whole = part.length === runs.length;
        });
        if (!whole) {
          store.put(key, paint.size > 0 ? next : null);
          if (options.select !== undefined) {
            ws.activate();
            forOneRequest(ws.getRange(options.select)).select();
          }
          await ctx.sync();
        }
      } catch (retry) {
        if (window.lifted) await restoreLock(ctx, ws, lock);
        throw stateRefusedOr(retry, sheet);
      }
    }
    await store.save();
    const left = order.filter((cell) => !paint.has(cell));
    return { painted: paint.size, notPainted: left.length, firstNotPainted: left[0] ?? null };
  });
}

function liveSheets(sheets: Excel.WorksheetCollection): LiveSheet[] {
  return sheets.items.map((s) => ({ id: s.id, name: s.name }));
}

/** Characters the other sheets' saved states take, which the total limit leaves less room beside. */
function othersChars(store: StateStore, key: string): number {
  return store.keys().filter((k) => k !== key).reduce((n, k) => n + store.chars(k), 0);
}

/**
 * A state that may not be this sheet's (found by name after ids changed, or by id after a rename) is
 * trusted only for the cells that still wear one of the add-in's highlight pairs; the others are left as
 * they are and forgotten. The looks of cells already read are reused; the rest take one request.
 */
async function verified(ctx: Excel.RequestContext, ws: Excel.Worksheet, state: HighlightState, exact: boolean, known: Map<string, CellLook | null>): Promise<HighlightState> {
  const unknown = Object.keys(state.cells).filter((cell) => !known.has(cell));
  const looks = new Map([...known, ...(unknown.length > 0 ? await readLooks(ctx, ws, unknown, exact) : [])]);
  return { sheet: state.sheet, cells: Object.fromEntries(Object.entries(state.cells).filter(([cell]) => wearsHighlight(looks.get(cell)))) };
}

/**
 * Restores every cell of a sheet's saved highlights and forgets them, in a request of its own. When Excel
 * refuses it for its size, the runs of cells go in halves, each in a request of its own, down to single
 * runs (`inHalves`), and the record is forgotten only once all are restored.
 */
async function takeOff(ctx: Excel.RequestContext, ws: Excel.Worksheet, store: StateStore, key: string, old: HighlightState, exact: boolean, lock: SheetLock | null): Promise<void> {
  const window = formattingWindow(ws, lock);
  const looks = new Map(Object.entries(old.cells));
  const restore = async (cells: Map<string, CellLook | null>, grouped: boolean, forget: boolean) => {
    const budget = new RequestBudget(ctx);
    budget.eachRequest(window);
    window.open();
    await restoreLooks(ws, cells, exact, budget, grouped);
    window.close();
    if (forget) store.put(key, null);
    await ctx.sync();
  };
  try {
    try {
      await restore(looks, true, true);
    } catch (e) {
      if (!refusedForSize(e)) throw e;
      if (window.lifted) await restoreLock(ctx, ws, lock);
      const runs = verticalRuns([...looks.keys()], (cell) => looks.get(cell) ?? null);
      await inHalves(runs, (part) => restore(new Map(part.flatMap((run) => run.cells.map((cell) => [cell, looks.get(cell) ?? null] as const))), false, false));
      store.put(key, null);
      await ctx.sync();
    }
  } catch (e) {
    if (window.lifted) await restoreLock(ctx, ws, lock);
    throw e;
  }
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

/** What clearing a sheet's highlights did. */
export interface HighlightsCleared {
  /** Cells put back as they were, from the saved record. */
  restored: number;
  /** Cells found by their colours alone (the record was lost) and given no fill and a black font. */
  byColour: number;
}

/**
 * Removes this add-in's highlights from a sheet, restoring every touched cell's fill and font colour;
 * does nothing when there are none. Two syncs, more only past 4 MB of commands. When the saved record
 * is not surely this sheet's (ids renumbered, sheet renamed) only the cells still wearing the add-in's
 * colours are restored (one more request to read them). When the record is lost (settings gone on
 * reopen), the cells wearing exactly the add-in's colour pairs are cleared (ExcelApi 1.9, one request
 * per 25 000 cells of the used range read and one to clear); below that level the failure
 * `highlights-lost` says how to clear them by hand.
 *
 * @example await clearHighlights("Thôn Nà Lầu") → { ok: true, value: { restored: 14, byColour: 0 } }
 */
export async function clearHighlights(sheet: string): Promise<ExcelResult<HighlightsCleared>> {
  return runExcel(sheet, async (ctx) => {
    const exact = apiAtLeast("1.9");
    const sheets = ctx.workbook.worksheets.load("items/id,items/name");
    const ws = ctx.workbook.worksheets.getItem(sheet).load("id,name");
    const lockOf = loadSheetLock(ws);
    const store = openStateStore(ctx);
    // Where to look for the add-in's colours should the record be lost: read at once, no request of its own.
    const used = exact ? usedRangeForColours(ws) : null;
    await ctx.sync();
    const lock = lockOf();
    const key = stateKey(ws.id);
    const owned = settleStates(store, liveSheets(sheets)).get(ws.id);
    if (!owned) {
      await ctx.sync();
      await store.save();
      if (!used) throw failure("highlights-lost", sheet, "no saved highlight state");
      const window = formattingWindow(ws, lock);
      try {
        return { restored: 0, byColour: await clearByColour(ctx, ws, used, window) };
      } catch (e) {
        if (window.lifted) await restoreLock(ctx, ws, lock);
        throw e;
      }
    }
    const old = owned.sure ? owned.state : await verified(ctx, ws, owned.state, exact, new Map());
    await takeOff(ctx, ws, store, key, old, exact, lock);
    return { restored: Object.keys(old.cells).length, byColour: 0 };
  });
}
