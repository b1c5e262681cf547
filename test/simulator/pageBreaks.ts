import type * as ExcelJS from "exceljs";
import { parseAddress } from "./address";
import type { SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimClientResult, SimObject, type PropSpec } from "./proxy";
import type { SimRange } from "./range";

/** The manual breaks of a sheet as ExcelJS keeps them (a break below row `id`). */
export function rowBreaks(ws: ExcelJS.Worksheet): { id: number }[] {
  return (ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks;
}

/**
 * `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): manual breaks above rows, kept as the file keeps them
 * (ExcelJS `rowBreaks`, a break after row N stored with id N), so a saved workbook prints the same.
 */
export class SimPageBreakCollection extends SimObject<ExcelJS.Worksheet> {
  constructor(ctx: SimContextCore, sheet: SimObject<ExcelJS.Worksheet>) {
    super(ctx, "PageBreakCollection", () => sheet._get());
  }
  override _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    return {};
  }
  /** Adds a break before the top-left cell of the range (a break above row 1 is refused); gives the break. */
  add(pageBreakRange: SimRange | string): SimPageBreak {
    let added: { id: number } | null = null;
    this._queue("PageBreakCollection.add", typeof pageBreakRange === "string" ? pageBreakRange : null, () => {
      const b = typeof pageBreakRange === "string" ? parseAddress(pageBreakRange) : pageBreakRange._get().b;
      if (!b || b.r1 < 2) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "PageBreakCollection.add");
      const ws = this._get();
      if (!rowBreaks(ws).some((pb) => pb.id === b.r1 - 1)) ws.getRow(b.r1 - 1).addPageBreak();
      added = rowBreaks(ws).find((pb) => pb.id === b.r1 - 1) ?? null;
    });
    return new SimPageBreak(this.context, () => added);
  }
  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._queue("PageBreakCollection.getCount", null, () => result._deliver(rowBreaks(this._get()).length));
    return result;
  }
  removePageBreaks(): void {
    this._queue("PageBreakCollection.removePageBreaks", null, () => void rowBreaks(this._get()).splice(0));
  }
}

/** One manual page break (`Excel.PageBreak`), as `add` gives it; it has no property the pane reads. */
export class SimPageBreak extends SimObject<{ id: number }> {
  constructor(ctx: SimContextCore, resolve: () => { id: number } | null) {
    super(ctx, "PageBreak", resolve);
  }
  override _props(): Record<string, PropSpec<{ id: number }>> {
    return {};
  }
}
