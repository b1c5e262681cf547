import type * as ExcelJS from "exceljs";
import { type Bounds } from "./address";
import { ERROR_TEXT, simError } from "./errors";

/** Direct access to ExcelJS cells without creating empty ones (ExcelJS's `getCell` creates). */

interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}
interface SheetInternals {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, { top: number; left: number; bottom: number; right: number; range: string }>;
  sheetProtection?: { sheet?: boolean; formatCells?: boolean };
}

export function internals(ws: ExcelJS.Worksheet): SheetInternals {
  return ws as unknown as SheetInternals;
}

export function findCell(ws: ExcelJS.Worksheet, r: number, c: number): ExcelJS.Cell | undefined {
  return ws.findCell(r, c);
}

export function grid<V>(b: Bounds, read: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const row: V[] = [];
    for (let c = b.c1; c <= b.c2; c++) row.push(read(r, c));
    out.push(row);
  }
  return out;
}

/** The one value shared by every cell, or null when they differ (how Office reports mixed formats). */
export function uniform<V>(b: Bounds, read: (r: number, c: number) => V): V | null {
  let first: V | undefined;
  let seen = false;
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      const v = read(r, c);
      if (!seen) {
        first = v;
        seen = true;
      } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first as V;
}

/** Replaces a cell's style with a patched copy: ExcelJS shares style objects between cells. */
export function restyle(cell: ExcelJS.Cell, patch: (style: Partial<ExcelJS.Style>) => void): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  patch(style);
  cell.style = style as ExcelJS.Style;
}

export function eachCell(ws: ExcelJS.Worksheet, b: Bounds, write: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
  if ((b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) > 2_000_000) {
    throw simError("InvalidArgument", "The simulator does not format whole sheets cell by cell.");
  }
  for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) write(ws.getCell(r, c), r, c);
}

export function assertEditable(ws: ExcelJS.Worksheet, location: string): void {
  if (internals(ws).sheetProtection?.sheet) throw simError("AccessDenied", ERROR_TEXT.AccessDenied, location, 403);
}

/** Formatting cells (fill, font, borders, alignment) is refused on a protected sheet unless its protection allows formatting cells. */
export function assertFormattable(ws: ExcelJS.Worksheet, location: string): void {
  const kept = internals(ws).sheetProtection;
  if (kept?.sheet && kept.formatCells !== true) throw simError("AccessDenied", ERROR_TEXT.AccessDenied, location, 403);
}

/** The rectangle of cells holding a value (or, unless `valuesOnly`, any formatting); null for a blank sheet. */
export function usedBounds(ws: ExcelJS.Worksheet, valuesOnly: boolean, within?: Bounds): Bounds | null {
  let b: Bounds | null = null;
  const isUsed = (cell: ExcelJS.Cell | undefined): boolean =>
    !!cell && ((cell.value !== null && cell.value !== undefined) || (!valuesOnly && Object.keys(cell.style ?? {}).length > 0));
  const rows = internals(ws)._rows;
  // Plain loops, first and last used cell of each row only: ExcelJS keeps a row's cells in a dense array
  // as long as its last column, and a value in XFD makes it 16 384 long.
  const lowest = within ? within.c1 - 1 : 0;
  for (let ri = within ? within.r1 - 1 : 0; ri < Math.min(rows.length, within ? within.r2 : rows.length); ri++) {
    const row = rows[ri];
    if (!row) continue;
    const cells = (row as unknown as RowInternals)._cells;
    let last = Math.min(cells.length, within ? within.c2 : cells.length) - 1;
    while (last >= lowest && !isUsed(cells[last])) last--;
    if (last < lowest) continue;
    // for…in visits only the cells ExcelJS created, in column order: the gap before XFD is skipped.
    let first = last;
    for (const key in cells) {
      const i = Number(key);
      if (i >= lowest && isUsed(cells[i])) {
        first = Math.min(first, i);
        break;
      }
    }
    const r = ri + 1;
    const found: Bounds = b ?? { r1: r, c1: first + 1, r2: r, c2: last + 1 };
    b = { r1: Math.min(found.r1, r), c1: Math.min(found.c1, first + 1), r2: Math.max(found.r2, r), c2: Math.max(found.c2, last + 1) };
  }
  return b;
}

export function intersect(a: Bounds, b: Bounds): Bounds | null {
  const r1 = Math.max(a.r1, b.r1);
  const c1 = Math.max(a.c1, b.c1);
  const r2 = Math.min(a.r2, b.r2);
  const c2 = Math.min(a.c2, b.c2);
  return r1 <= r2 && c1 <= c2 ? { r1, c1, r2, c2 } : null;
}

export function sheetAlive(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): boolean {
  return wb.getWorksheet(ws.id) === ws;
}
