import type { SheetCells } from "../core/model/cells";
import { rangeAddress } from "./a1";
import { failure, type ExcelResult } from "./failure";
import { apiAtLeast } from "./isSupported";
import { forOneRequest } from "./oneRequest";
import { runExcel } from "./runExcel";

/** Cells per request when a read must be split; halved again whenever Excel still finds it too large. */
const FIRST_CHUNK_CELLS = 200_000;

function isTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

interface UsedArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Pads a used range's cells so that row 0, column 0 is cell A1, as `SheetCells` wants. */
export function toSheetCells(name: string, area: UsedArea, values: unknown[][], formats: string[][]): SheetCells {
  const width = area.columnIndex + area.columnCount;
  const pad = <T>(rows: T[][], blank: T): T[][] => [
    ...Array.from({ length: area.rowIndex }, () => Array<T>(width).fill(blank)),
    ...rows.map((row) => [...Array<T>(area.columnIndex).fill(blank), ...row]),
  ];
  return { name, values: pad(values, ""), formats: pad(formats, "General") };
}

/**
 * Reads the used range (values and number formats) of each named sheet. Everything is asked for in one
 * request; only when Excel answers that it is too large are the sheets read again in row blocks.
 *
 * @example await readWorksheets(["Thôn Nà Lầu", "Chỉ tiêu"]) → { ok: true, value: [SheetCells, SheetCells] }
 */
export async function readWorksheets(names: string[]): Promise<ExcelResult<SheetCells[]>> {
  if (names.length === 0) return { ok: true, value: [] };
  return runExcel(names.length === 1 ? names[0] : null, async (ctx) => {
    const all = ctx.workbook.worksheets.load("items/name");
    const valuesOnly = apiAtLeast("1.2");
    const used = names.map((name) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      return forOneRequest(valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange()).load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (isTooLarge(e)) return readInBlocks(ctx, names);
      throw missingSheetOr(e, names, all);
    }
    return used.map((r, i) => toSheetCells(names[i], r, r.values, r.numberFormat));
  });
}

/** Names the sheet that is missing: the list of sheets was loaded before the lookup failed. */
function missingSheetOr(e: unknown, names: string[], all: Excel.WorksheetCollection): unknown {
  if ((e as { code?: unknown })?.code !== "ItemNotFound") return e;
  try {
    const present = new Set(all.items.map((ws) => ws.name.toLowerCase()));
    const missing = names.find((n) => !present.has(n.toLowerCase()));
    return failure("sheet-missing", missing ?? null, `ItemNotFound: ${(e as Error).message}`);
  } catch {
    return e;
  }
}

async function readInBlocks(ctx: Excel.RequestContext, names: string[]): Promise<SheetCells[]> {
  const valuesOnly = apiAtLeast("1.2");
  const areas = names.map((name) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    return forOneRequest(valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange()).load("rowIndex,columnIndex,rowCount,columnCount");
  });
  await ctx.sync();
  const out: SheetCells[] = [];
  for (let i = 0; i < names.length; i++) {
    const area: UsedArea = { rowIndex: areas[i].rowIndex, columnIndex: areas[i].columnIndex, rowCount: areas[i].rowCount, columnCount: areas[i].columnCount };
    const { values, formats } = await readRows(ctx, names[i], area);
    out.push(toSheetCells(names[i], area, values, formats));
  }
  return out;
}

async function readRows(ctx: Excel.RequestContext, name: string, area: UsedArea): Promise<{ values: unknown[][]; formats: string[][] }> {
  const values: unknown[][] = [];
  const formats: string[][] = [];
  let rowsPerBlock = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / area.columnCount));
  let next = 0;
  while (next < area.rowCount) {
    const count = Math.min(rowsPerBlock, area.rowCount - next);
    const r1 = area.rowIndex + next + 1;
    const address = rangeAddress(r1, area.columnIndex + 1, r1 + count - 1, area.columnIndex + area.columnCount);
    const block = forOneRequest(ctx.workbook.worksheets.getItem(name).getRange(address)).load("values,numberFormat");
    try {
      await ctx.sync();
    } catch (e) {
      if (!isTooLarge(e) || count === 1) throw failure("too-large", name, `${(e as { code?: string }).code}: ${(e as Error).message}`);
      rowsPerBlock = Math.max(1, Math.floor(count / 2));
      continue;
    }
    values.push(...block.values);
    formats.push(...block.numberFormat);
    next += count;
  }
  return { values, formats };
}
