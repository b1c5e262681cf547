/** Office error codes of a request refused for how many cells it reaches, not for what it asks. */
const TOO_MANY_CELLS = new Set(["OperationCellsExceedLimit", "RangeExceedsLimit"]);

/**
 * Whether Excel refused a request for its size rather than its content: too many cells at once
 * (`OperationCellsExceedLimit`, `RangeExceedsLimit`), or a `getRanges` address too long or of too many
 * areas (`InvalidArgument` there; office-js #5198).
 *
 * @example refusedForSize({ code: "OperationCellsExceedLimit" }) === true
 */
export function refusedForSize(e: unknown): boolean {
  const x = e as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  if (typeof x?.code !== "string") return false;
  if (TOO_MANY_CELLS.has(x.code)) return true;
  const where = typeof x.debugInfo?.errorLocation === "string" ? x.debugInfo.errorLocation : "";
  return x.code === "InvalidArgument" && (/getRanges|RangeAreas/.test(where) || /too many areas/i.test(String(x.message ?? "")));
}

/**
 * Sends `items` in one go (`send` queues them and syncs); when Excel refuses that for its size, each half
 * on its own, and so on down to single items, which are then refused for good. Other refusals are thrown
 * at once. Costs one request when nothing is refused, and about two more per halving otherwise.
 *
 * @example await inHalves(runs, async (part) => { queueClear(part); await ctx.sync(); })
 */
export async function inHalves<T>(items: T[], send: (part: T[]) => Promise<void>): Promise<void> {
  try {
    await send(items);
  } catch (e) {
    if (items.length < 2 || !refusedForSize(e)) throw e;
    const middle = Math.ceil(items.length / 2);
    await inHalves(items.slice(0, middle), send);
    await inHalves(items.slice(middle), send);
  }
}
