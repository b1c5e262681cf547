/** Bytes per request kept under Excel on the web's 5 MB limit, with room for the envelope. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * Sends what is queued before a command would take the request over the budget, so big writes go in
 * several requests and small ones in one.
 *
 * @example const budget = new RequestBudget(ctx); await budget.take(json.length); range.values = rows;
 */
export class RequestBudget {
  private used = 0;

  constructor(private readonly ctx: Excel.RequestContext, private readonly limit = REQUEST_BUDGET_BYTES) {}

  async take(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.ctx.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

/** A command's rough size on the wire: its data as JSON plus the command itself. */
export function commandBytes(data: unknown): number {
  return 120 + (data === undefined ? 0 : JSON.stringify(data).length);
}
