import { apiAtLeast } from "./isSupported";

/** A sheet's protection as Excel tells it (ExcelApi 1.2): whether it is on, and what it allows. */
export interface SheetLock {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions | null;
}

/**
 * Queues reading a sheet's protection; the function gives it after the sync (null below ExcelApi 1.2,
 * where Office.js cannot read or change protection).
 *
 * @example const lock = loadSheetLock(ws); await ctx.sync(); lock() → { protected: true, options: { allowFormatCells: false, … } }
 */
export function loadSheetLock(ws: Excel.Worksheet): () => SheetLock | null {
  if (!apiAtLeast("1.2")) return () => null;
  const protection = ws.protection.load("protected,options");
  return () => ({ protected: protection.protected, options: protection.protected ? { ...protection.options } : null });
}

/** Whether painting cells needs the protection lifted: it is on and does not allow formatting cells. */
export function blocksFormatting(lock: SheetLock | null): boolean {
  return !!lock?.protected && lock.options?.allowFormatCells !== true;
}

/**
 * Wraps the commands that format cells of a protected sheet (docs/outputs.md#report-templates: a filled template that comes back
 * is painted like any report): the protection is lifted before them and put back with the same options
 * after them, in the same request, so the sheet is never left unprotected by a request that succeeds. A
 * protection with a password cannot be lifted by Office.js without it: Excel refuses the request and
 * the failure says the sheet is protected.
 *
 * @example const { open, close } = formattingWindow(ws, lock); open(); paint(); close(); await ctx.sync();
 */
export function formattingWindow(ws: Excel.Worksheet, lock: SheetLock | null): { open(): void; close(): void; lifted: boolean } {
  if (!blocksFormatting(lock)) return { open: () => undefined, close: () => undefined, lifted: false };
  const options = keptOptions(lock?.options ?? null);
  return {
    open: () => ws.protection.unprotect(),
    close: () => ws.protection.protect(options),
    lifted: true,
  };
}

/** The options a protection was made with, as `protect` takes them back (the allow… flags and the selection mode). */
function keptOptions(options: Excel.WorksheetProtectionOptions | null): Excel.WorksheetProtectionOptions {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if ((key.startsWith("allow") && typeof value === "boolean") || (key === "selectionMode" && typeof value === "string")) out[key] = value;
  }
  return out;
}

/**
 * After a request that lifted a protection failed half-way (Excel runs the commands before the refused one,
 * the lift among them), puts the protection back in a request of its own, so the sheet is not left open.
 */
export async function restoreLock(ctx: Excel.RequestContext, ws: Excel.Worksheet, lock: SheetLock | null): Promise<void> {
  if (!blocksFormatting(lock)) return;
  try {
    const now = ws.protection.load("protected");
    await ctx.sync();
    if (!now.protected) {
      ws.protection.protect(keptOptions(lock?.options ?? null));
      await ctx.sync();
    }
  } catch {
    // Excel refuses this too (cell-edit mode, the sheet gone): the failure already told is the one to tell.
  }
}
