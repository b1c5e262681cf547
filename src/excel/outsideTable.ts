import { rangeAddress } from "./a1";
import { apiAtLeast } from "./isSupported";
import { type Rect, rectOf } from "./sheetGrid";
import { syncEach } from "./syncEach";
import { forOneRequest } from "./oneRequest";

/** Values outside a sheet's table: one cell that holds one when it can be told, else the range they lie in. */
export interface Outside {
  address: string;
  /** `address` is one cell holding a value (else a range holding some). */
  single: boolean;
}

interface Region {
  sheet: string;
  rect: Rect;
  used: Rect | null;
  lastRow: unknown[] | null;
}

/**
 * Names, for each sheet read only within its table, a value that lies outside it — the farthest one
 * Excel can point to — without reading what lies between: the used range of the columns right of the
 * table and of the rows below it (a few bytes each), then, when such a range spans rows and columns,
 * its last row, which holds a value by definition. At most two requests for all sheets.
 *
 * @example await findOutside(ctx, [{ name: "Nặm Đin", used: A1:XFD1048576, table: A1:G72 }], signal) → Map { "Nặm Đin" → { address: "XFD1048576", single: true } }
 */
export async function findOutside(
  ctx: Excel.RequestContext,
  sheets: { name: string; used: Rect; table: Rect }[],
  signal?: AbortSignal,
): Promise<Map<string, Outside>> {
  const out = new Map<string, Outside>();
  const beyond = sheets.filter((s) => s.used.r2 > s.table.r2 || s.used.c2 > s.table.c2);
  if (!apiAtLeast("1.4")) {
    for (const s of beyond) out.set(s.name, { address: address(s.used), single: false });
    return out;
  }
  const regions: Region[] = beyond.flatMap((s) => {
    const right = s.used.c2 > s.table.c2 ? [{ r1: s.used.r1, c1: s.table.c2 + 1, r2: s.used.r2, c2: s.used.c2 }] : [];
    const below = s.used.r2 > s.table.r2 ? [{ r1: s.table.r2 + 1, c1: s.used.c1, r2: s.used.r2, c2: Math.min(s.used.c2, s.table.c2) }] : [];
    return [...right, ...below].map((rect) => ({ sheet: s.name, rect, used: null, lastRow: null }));
  });
  await syncEach(
    ctx,
    regions.map((region) => ({
      sheet: region.sheet,
      queue: () => {
        const ws = ctx.workbook.worksheets.getItem(region.sheet);
        const used = forOneRequest(forOneRequest(ws.getRange(address(region.rect))).getUsedRangeOrNullObject(true)).load("rowIndex,columnIndex,rowCount,columnCount");
        return () => (region.used = used.isNullObject ? null : rectOf(used));
      },
    })),
    signal,
  );
  const spread = regions.filter((r) => r.used && r.used.r1 < r.used.r2 && r.used.c1 < r.used.c2);
  await syncEach(
    ctx,
    spread.map((region) => ({
      sheet: region.sheet,
      queue: () => {
        const u = region.used as Rect;
        const row = forOneRequest(ctx.workbook.worksheets.getItem(region.sheet).getRange(rangeAddress(u.r2, u.c1, u.r2, u.c2))).load("values");
        return () => (region.lastRow = row.values[0]);
      },
    })),
    signal,
  );
  for (const s of beyond) {
    const named = regions.filter((r) => r.sheet === s.name && r.used).map(nameOf);
    // The farthest down, then right: the cell staff would never find by scrolling.
    named.sort((a, b) => b.row - a.row || b.col - a.col);
    out.set(s.name, named[0]?.outside ?? { address: address(s.used), single: false });
  }
  return out;
}

function nameOf(region: Region): { row: number; col: number; outside: Outside } {
  const u = region.used as Rect;
  if (u.r1 === u.r2 || u.c1 === u.c2) return { row: u.r2, col: u.c2, outside: { address: rangeAddress(u.r2, u.c2, u.r2, u.c2), single: true } };
  const last = region.lastRow ?? [];
  for (let i = last.length - 1; i >= 0; i--) {
    if (last[i] !== "" && last[i] !== null && last[i] !== undefined) {
      return { row: u.r2, col: u.c1 + i, outside: { address: rangeAddress(u.r2, u.c1 + i, u.r2, u.c1 + i), single: true } };
    }
  }
  return { row: u.r2, col: u.c2, outside: { address: address(u), single: false } };
}

function address(r: Rect): string {
  return rangeAddress(r.r1, r.c1, r.r2, r.c2);
}
