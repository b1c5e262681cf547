import type { SheetCells } from "../core/model/cells";
import { findTableArea, followTable, TABLE_PREFIX_ROWS, type TableArea, type TableTrace } from "../core/table/tableArea";
import { rangeAddress } from "./a1";
import type { ExcelFailure, ExcelResult } from "./failure";
import { apiAtLeast } from "./isSupported";
import { findOutside, type Outside } from "./outsideTable";
import { runExcel } from "./runExcel";
import { cellCount, GridFromA1, intersect, rectOf, type Placed, type Rect } from "./sheetGrid";
import { syncEach, type Queue } from "./syncEach";
import { forOneRequest } from "./oneRequest";

/** Columns of the first rows read at once: wide enough for a consolidated sheet's villages. */
const BAND_COLUMNS = 128;
/** Columns of the rows below read in the first request: a village report's table is narrower. */
const NARROW_COLUMNS = 16;
/** Cells the first request may ask for at most, all sheets together (some 3 MB if all were asked). */
const FIRST_REQUEST_CELLS = 200_000;
const MIN_NARROW_ROWS = 100;
/** Cells per request for the rows of a table past the first request. */
const BLOCK_CELLS = 100_000;
/** Rows a first-rows scan reads at most of a sheet: an ordinary report's or consolidated sheet's whole table. */
const FIRST_ROWS = 1_000;

/** What a scan learned of one sheet. */
export interface SheetScan {
  name: string;
  /** The sheet's cells from A1: all of it when it is small, else its table's area. Null when it could not be read. */
  cells: SheetCells | null;
  failure: ExcelFailure | null;
  /** Values outside the table's area, which were not read. */
  outside: Outside | null;
  /** The sheet runs beyond what was read and its first rows hold no indicator table: it was not read whole. */
  noTable: boolean;
  /** A first-rows scan only: the table goes on past the rows read (its body is read when it is checked or ranked). */
  partial: boolean;
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Sheets finished of all sheets, after each request. */
  progress?: (done: number, total: number) => void;
  /**
   * Read each sheet's size and first rows only (at most `FIRST_ROWS`): enough to list and classify the
   * sheets; a longer table is marked `partial` and its body left for when it is checked or ranked.
   */
  firstRows?: boolean;
}

interface SheetRead {
  name: string;
  grid: GridFromA1;
  used: Rect | null;
  failure: ExcelFailure | null;
  /** Rows (1-based, inclusive) read in the table's columns so far. */
  rowsRead: number;
  columnsRead: number;
  area: TableArea | null;
  trace: TableTrace | null;
  done: boolean;
  noTable: boolean;
  partial: boolean;
  /** The last row this scan may read (a first-rows scan stops there). */
  lastRow: number;
  /** Cells per block for this sheet: halved whenever Excel still finds a block too large. */
  blockCells: number;
  lastBlockRows: number;
}

/**
 * Reads sheets within bounds, whatever their used ranges: first each sheet's size and its first rows
 * (one request for all sheets); a sheet that is larger is then read only within its table — the header
 * band's columns, down to where the table ends — in blocks under Excel on the web's 5 MB, and values far
 * outside it are named, not read. Sheets are read independently: one that Excel refuses is marked with
 * its failure and the others are still read. A small workbook takes one request.
 *
 * @example await scanWorksheets(["Nà Lầu", "Nặm Đin"]) → { ok: true, value: [{ name: "Nà Lầu", cells, … }, { name: "Nặm Đin", outside: { address: "XFD1048576", single: true }, … }] }
 */
export async function scanWorksheets(names: string[], options: ScanOptions = {}): Promise<ExcelResult<SheetScan[]>> {
  if (names.length === 0) return { ok: true, value: [] };
  return runExcel(names.length === 1 ? names[0] : null, async (ctx) => {
    const lastRow = options.firstRows ? FIRST_ROWS : Number.POSITIVE_INFINITY;
    const sheets: SheetRead[] = names.map((name) => ({ name, grid: new GridFromA1(), used: null, failure: null, rowsRead: 0, columnsRead: 0, area: null, trace: null, done: false, noTable: false, partial: false, lastRow, blockCells: BLOCK_CELLS, lastBlockRows: 0 }));
    const report = () => options.progress?.(sheets.filter((s) => s.done).length, sheets.length);
    await readFirstRows(ctx, sheets, lastRow, options.signal);
    sheets.forEach(decide);
    report();
    while (sheets.some((s) => !s.done)) {
      const open = sheets.filter((s) => !s.done);
      const cellsEach = Math.max(1_000, Math.floor(BLOCK_CELLS / open.length));
      const failures = await syncEach(ctx, open.map((s) => ({ sheet: s.name, queue: blockOf(ctx, s, Math.min(s.blockCells, cellsEach)) })), options.signal);
      failures.forEach((f, i) => {
        const sheet = open[i];
        if (!f) follow(sheet);
        else if (f.code === "too-large" && sheet.lastBlockRows > 1) sheet.blockCells = Math.floor(Math.min(sheet.blockCells, cellsEach) / 2);
        else Object.assign(sheet, { failure: f, done: true });
      });
      report();
    }
    // Where a table's end was not reached, what lies outside it is not known yet either.
    const outside = await findOutside(ctx, sheets.filter((s) => hasUnreadParts(s) && !s.partial).map((s) => ({ name: s.name, used: s.used as Rect, table: tableRect(s) })), options.signal);
    return sheets.map((s): SheetScan => ({
      name: s.name,
      cells: s.failure ? null : cellsOf(s),
      failure: s.failure,
      outside: outside.get(s.name) ?? null,
      noTable: s.noTable,
      partial: s.partial,
    }));
  });
}

/**
 * The first request: each sheet's used range, its first rows and, narrower, the rows below them. A sheet
 * whose part Excel finds too large is asked again for its first rows only (the rest follows in blocks).
 */
async function readFirstRows(ctx: Excel.RequestContext, sheets: SheetRead[], lastRow: number, signal?: AbortSignal): Promise<void> {
  const fitting = Math.max(MIN_NARROW_ROWS, Math.floor((FIRST_REQUEST_CELLS / sheets.length - TABLE_PREFIX_ROWS * BAND_COLUMNS) / NARROW_COLUMNS));
  const narrowRows = Math.min(fitting, lastRow - TABLE_PREFIX_ROWS);
  const tooLarge = await readWindows(ctx, sheets, narrowRows, signal);
  if (tooLarge.length > 0) await readWindows(ctx, tooLarge, 0, signal);
}

/**
 * Reads the windows of sheets; gives the sheets Excel found too large. From ExcelApi 1.4, the first
 * sheets' sizes and windows go in one request (as many sheets as the windows' cells allow) with the other
 * sheets' sizes; their windows follow cut to what each sheet uses, as many sheets a request as those
 * cells allow — so a workbook of hundreds of ordinary reports takes two requests, not one per few dozen.
 * Below 1.4 (no intersection that may be empty) every sheet's size comes first.
 */
async function readWindows(ctx: Excel.RequestContext, sheets: SheetRead[], narrowRows: number, signal?: AbortSignal): Promise<SheetRead[]> {
  const band: Rect = { r1: 1, c1: 1, r2: TABLE_PREFIX_ROWS, c2: BAND_COLUMNS };
  const windows: Rect[] = narrowRows > 0 ? [band, { r1: TABLE_PREFIX_ROWS + 1, c1: 1, r2: TABLE_PREFIX_ROWS + narrowRows, c2: NARROW_COLUMNS }] : [band];
  const perRequest = Math.max(1, Math.floor(FIRST_REQUEST_CELLS / windows.reduce((n, w) => n + cellCount(w), 0)));
  const tooLarge: SheetRead[] = [];
  const settle = (group: SheetRead[], failures: (ExcelFailure | null)[]) =>
    failures.forEach((f, j) => {
      const sheet = group[j];
      if (f && f.code === "too-large" && narrowRows > 0) tooLarge.push(sheet);
      else if (f) Object.assign(sheet, { failure: f, done: true });
      else Object.assign(sheet, { rowsRead: windows[windows.length - 1].r2, columnsRead: windows[windows.length - 1].c2 });
    });
  const first = apiAtLeast("1.4") ? sheets.slice(0, perRequest) : [];
  const rest = sheets.slice(first.length);
  const failures = await syncEach(ctx, [...first.map((s) => ({ sheet: s.name, queue: windowsAtOnce(ctx, s, windows) })), ...rest.map((s) => ({ sheet: s.name, queue: sizeOf(ctx, s) }))], signal);
  settle(first, failures.slice(0, first.length));
  rest.forEach((s, j) => failures[first.length + j] && Object.assign(s, { failure: failures[first.length + j], done: true }));
  for (const group of byCells(rest.filter((s) => !s.done), windows)) {
    settle(group, await syncEach(ctx, group.map((s) => ({ sheet: s.name, queue: cutWindows(ctx, s, windows) })), signal));
  }
  return tooLarge;
}

function usedRange(ws: Excel.Worksheet): Excel.Range {
  return forOneRequest(apiAtLeast("1.2") ? ws.getUsedRange(true) : ws.getUsedRange());
}

const PLACE = "rowIndex,columnIndex,rowCount,columnCount";

/** Size and windows in one request: each window is cut to the used range by Excel itself. */
function windowsAtOnce(ctx: Excel.RequestContext, sheet: SheetRead, windows: Rect[]): Queue {
  return () => {
    const ws = ctx.workbook.worksheets.getItem(sheet.name);
    const used = usedRange(ws).load(PLACE);
    const parts = windows.map((w) => forOneRequest(forOneRequest(ws.getRange(address(w))).getIntersectionOrNullObject(used)).load(`${PLACE},values,numberFormat`));
    return () => {
      sheet.used = rectOf(used);
      for (const part of parts) if (!part.isNullObject) sheet.grid.put(part, part.values, part.numberFormat);
    };
  };
}

/** The sheet's size alone. */
function sizeOf(ctx: Excel.RequestContext, sheet: SheetRead): Queue {
  return () => {
    const used = usedRange(ctx.workbook.worksheets.getItem(sheet.name)).load(PLACE);
    return () => (sheet.used = rectOf(used));
  };
}

/** The windows of a sheet whose size is known, cut to it. */
function cutWindows(ctx: Excel.RequestContext, sheet: SheetRead, windows: Rect[]): Queue {
  return () => {
    const ws = ctx.workbook.worksheets.getItem(sheet.name);
    const parts = windows.flatMap((w) => {
      const cut = intersect(w, sheet.used as Rect);
      return cut ? [forOneRequest(ws.getRange(address(cut))).load(`${PLACE},values,numberFormat`)] : [];
    });
    return () => parts.forEach((p) => sheet.grid.put(p, p.values, p.numberFormat));
  };
}

/** Sheets of known size in groups whose windows, cut to each sheet, hold at most the first request's cells. */
function byCells(sheets: SheetRead[], windows: Rect[]): SheetRead[][] {
  const groups: SheetRead[][] = [];
  let cells = 0;
  for (const sheet of sheets) {
    const own = windows.reduce((n, w) => {
      const cut = intersect(w, sheet.used as Rect);
      return n + (cut ? cellCount(cut) : 0);
    }, 0);
    if (groups.length === 0 || cells + own > FIRST_REQUEST_CELLS) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1].push(sheet);
    cells += own;
  }
  return groups;
}

/** After the first request: is the sheet read whole, or where is its table and how far is it read? */
function decide(sheet: SheetRead): void {
  if (sheet.done || !sheet.used) return;
  const used = sheet.used;
  const fits = (used.r2 <= TABLE_PREFIX_ROWS && used.c2 <= BAND_COLUMNS) || (used.c2 <= NARROW_COLUMNS && used.r2 <= sheet.rowsRead);
  if (fits) {
    sheet.done = true;
    return;
  }
  const prefix = sheet.grid.cut(Math.min(used.r2, TABLE_PREFIX_ROWS), Math.min(used.c2, BAND_COLUMNS));
  sheet.area = findTableArea({ name: sheet.name, ...prefix });
  if (!sheet.area) {
    Object.assign(sheet, { noTable: true, done: true });
    return;
  }
  // Rows below the first ones were read only in the narrow columns: a wider table reads them again.
  if (sheet.area.columns > sheet.columnsRead) sheet.rowsRead = TABLE_PREFIX_ROWS;
  sheet.columnsRead = sheet.area.columns;
  follow(sheet);
}

function follow(sheet: SheetRead): void {
  const area = sheet.area as TableArea;
  const rows = sheet.grid.values.slice(0, Math.min(sheet.rowsRead, (sheet.used as Rect).r2));
  sheet.trace = followTable(rows, area, sheet.trace ?? undefined);
  if (sheet.trace.ended || sheet.rowsRead >= (sheet.used as Rect).r2) sheet.done = true;
  else if (sheet.rowsRead >= sheet.lastRow) Object.assign(sheet, { partial: true, done: true });
}

/** The next block of a table's rows, in its columns only. */
function blockOf(ctx: Excel.RequestContext, sheet: SheetRead, cells: number): Queue {
  return () => {
    const columns = sheet.columnsRead;
    const r1 = sheet.rowsRead + 1;
    const r2 = Math.min((sheet.used as Rect).r2, sheet.lastRow, r1 + Math.max(1, Math.floor(cells / columns)) - 1);
    sheet.lastBlockRows = r2 - r1 + 1;
    const block = forOneRequest(ctx.workbook.worksheets.getItem(sheet.name).getRange(rangeAddress(r1, 1, r2, columns))).load(`${PLACE},values,numberFormat`);
    return () => {
      sheet.grid.put(block, block.values, block.numberFormat);
      sheet.rowsRead = r2;
    };
  };
}

/** A sheet read within its table (or not at all past its first rows) has values that were left unread. */
function hasUnreadParts(sheet: SheetRead): boolean {
  return !sheet.failure && sheet.used !== null && (sheet.area !== null || sheet.noTable);
}

/** The part of the sheet that was read: the table's columns down to its last row (or the first rows). */
function tableRect(sheet: SheetRead): Rect {
  if (!sheet.area || !sheet.trace) return { r1: 1, c1: 1, r2: Math.min((sheet.used as Rect).r2, TABLE_PREFIX_ROWS), c2: Math.min((sheet.used as Rect).c2, BAND_COLUMNS) };
  return { r1: 1, c1: 1, r2: sheet.trace.last + 1, c2: sheet.area.columns };
}

function cellsOf(sheet: SheetRead): SheetCells {
  const used = sheet.used;
  if (!used) return { name: sheet.name, values: [], formats: [] };
  const r = sheet.area || sheet.noTable ? tableRect(sheet) : used;
  return { name: sheet.name, ...sheet.grid.cut(r.r2, r.c2) };
}

function address(r: Rect): string {
  return rangeAddress(r.r1, r.c1, r.r2, r.c2);
}

export type { Placed };
