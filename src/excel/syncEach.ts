import { failure, toFailure, type ExcelFailure } from "./failure";

/** A sheet's part of a request: queues its commands and gives what reads their results after the sync. */
export type Queue = () => () => void;

// Failures that concern Excel as a whole, not one sheet: asking sheet by sheet would only repeat them.
const WHOLE_HOST = new Set<ExcelFailure["code"]>(["cell-edit", "busy", "unsupported", "cancelled", "inactive-workbook", "read-only"]);

/** Stops between requests when the operation was cancelled; nothing is left half-sent. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw failure("cancelled", null, "Cancelled");
}

/**
 * Sends the parts of several sheets in one request. When Excel refuses it, each sheet's part is sent
 * alone, so one sheet that cannot be read (too large, GeneralException, deleted) is told apart and the
 * others are still read. Gives each part's failure, or null.
 *
 * @example const failures = await syncEach(ctx, parts.map((p) => ({ sheet: p.name, queue: p.queue })), signal)
 */
export async function syncEach(ctx: Excel.RequestContext, parts: { sheet: string; queue: Queue }[], signal?: AbortSignal): Promise<(ExcelFailure | null)[]> {
  if (parts.length === 0) return [];
  throwIfCancelled(signal);
  const readers = parts.map((p) => p.queue());
  try {
    await ctx.sync();
    readers.forEach((read) => read());
    return parts.map(() => null);
  } catch (e) {
    const first = toFailure(e, parts.length === 1 ? parts[0].sheet : null);
    if (parts.length === 1) return [first];
    if (WHOLE_HOST.has(first.code)) throw e;
  }
  const out: (ExcelFailure | null)[] = [];
  for (const part of parts) {
    throwIfCancelled(signal);
    const read = part.queue();
    try {
      await ctx.sync();
      read();
      out.push(null);
    } catch (e) {
      const f = toFailure(e, part.sheet);
      if (WHOLE_HOST.has(f.code)) throw e;
      out.push(f);
    }
  }
  return out;
}
