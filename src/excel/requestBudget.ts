/** Bytes per request kept under Excel on the web's 5 MB limit, with room for the envelope. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * What Office.js sends for one command on a range besides its data: the range's object path, the paths
 * of its format, fill, font or border, their instantiation and the call itself. Measured on Excel on the
 * web's runtime (`@microsoft/office-js` 1.1.110): about 300 bytes for `merge`, 360 for
 * `getCellProperties`, 570 for one format property, 850 for a fill and a font colour, 1,100 for two
 * borders of one range.
 */
export const COMMAND_BYTES = 1_200;

/**
 * Sends what is queued before a command would take the request over the budget, so big writes go in
 * several requests and small ones in one.
 *
 * @example const budget = new RequestBudget(ctx); await budget.take(commandBytes(rows)); range.values = rows;
 */
export class RequestBudget {
  private used = 0;
  private window: { open(): void; close(): void } | null = null;

  constructor(private readonly ctx: Excel.RequestContext, private readonly limit = REQUEST_BUDGET_BYTES) {}

  /**
   * Commands that must close every request this budget sends early and open the next one (a sheet's
   * protection lifted for painting is put back before each sync, and lifted again after it).
   */
  eachRequest(window: { open(): void; close(): void }): void {
    this.window = window;
  }

  /** Sends what is queued now (a read whose answer is needed before going on). */
  async send(): Promise<void> {
    await this.ctx.sync();
    this.used = 0;
  }

  async take(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      this.window?.close();
      await this.ctx.sync();
      this.window?.open();
      this.used = 0;
    }
    this.used += bytes;
    await giveTurn();
  }
}

/** Milliseconds of queuing commands after which the browser gets its turn. */
const SLICE_MS = 40;
let sliceStarted = 0;

// Queuing a big write (a ranking of hundreds of villages, thousands of highlights) is work on the pane's
// thread: now and then the browser gets its turn, so the pane answers meanwhile (docs/pane.md#the-engine-off-the-main-thread).
// Nothing queued is sent by it: the request still goes at the next sync.
async function giveTurn(): Promise<void> {
  if (Date.now() - sliceStarted < SLICE_MS) return;
  await new Promise((resolve) => setTimeout(resolve, 0));
  sliceStarted = Date.now();
}

/**
 * A command's size on the wire: `overhead` for the command itself plus its data as JSON in UTF-8
 * (Vietnamese letters take two or three bytes each).
 *
 * @example commandBytes("Lầu", 0) === 7 // two quotes, "L" and "u", three bytes for "ầ"
 */
export function commandBytes(data: unknown, overhead = COMMAND_BYTES): number {
  return overhead + (data === undefined ? 0 : utf8Bytes(JSON.stringify(data)));
}

function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Each half of a surrogate pair is one UTF-16 unit and two of the pair's four UTF-8 bytes.
    if (c >= 0xd800 && c <= 0xdfff) n += 1;
    else if (c >= 0x800) n += 2;
    else if (c >= 0x80) n += 1;
  }
  return n;
}
