import { HIGHLIGHT_COLOURS, type HighlightStyle } from "../core/model/highlight";
import { NO_PATTERN_TO_KEEP, lookFromProperties } from "./cellPropertiesLook";
import type { CellLook } from "./highlightState";
import { apiAtLeast } from "./isSupported";
import { parseCell, rangeAddress, type CellRef } from "./a1";
import { forOneRequest } from "./oneRequest";
import { RequestBudget, commandBytes } from "./requestBudget";
import { inHalves } from "./splitOnRefusal";
import { verticalRuns, type Run } from "./verticalRuns";

/** Separate runs put in one `getRanges` command (ExcelApi 1.9): its address stays a few kilobytes. */
const RUNS_PER_COMMAND = 400;
/**
 * Longest `getRanges` address sent: Excel refuses some of about 8 200 characters (office-js #5198), and
 * 400 runs of six-digit rows reach 6 400.
 */
export const ADDRESS_LIMIT_CHARS = 6_000;

/** Whether one more run still fits a command: its count and its address's length. */
function fits<K>(chunk: Run<K>[], run: Run<K>): boolean {
  return chunk.length < RUNS_PER_COMMAND && chunk.reduce((n, r) => n + r.address.length + 1, 0) + run.address.length <= ADDRESS_LIMIT_CHARS;
}
/** From this many separate runs on, runs sharing a look are painted and probed together. */
const MANY_RUNS = 1_000;

/** Runs of one key, a command's worth at a time. */
function chunksByKey<K>(runs: Run<K>[]): Run<K>[][] {
  const byKey = new Map<string, Run<K>[]>();
  for (const run of runs) {
    const key = JSON.stringify(run.key);
    const list = byKey.get(key) ?? [];
    list.push(run);
    byKey.set(key, list);
  }
  const out: Run<K>[][] = [];
  for (const list of byKey.values()) {
    let chunk: Run<K>[] = [];
    for (const run of list) {
      if (chunk.length > 0 && !fits(chunk, run)) {
        out.push(chunk);
        chunk = [];
      }
      chunk.push(run);
    }
    if (chunk.length > 0) out.push(chunk);
  }
  return out;
}

function joined<K>(chunk: Run<K>[]): string {
  return chunk.map((r) => r.address).join(",");
}

/** Many separate runs, on a host that takes several areas in one range. */
function together<K>(runs: Run<K>[]): boolean {
  return runs.length >= MANY_RUNS && apiAtLeast("1.9");
}

/**
 * Queues reads of how cells look now; the returned function gives the looks after the next sync (null
 * for a cell whose look Excel did not say).
 * From ExcelApi 1.9 `getCellProperties` reads the fill pattern, which tells "no fill" from white.
 * Like painting and restoring, it sends what is queued first when the request would grow too large.
 */
export async function probeLooks(ws: Excel.Worksheet, cells: string[], exact: boolean, budget: RequestBudget, grouped = true): Promise<() => Promise<Map<string, CellLook | null>>> {
  const all = verticalRuns(cells, () => 0);
  if (exact && grouped && together(all)) return probeTogether(ws, all, budget);
  if (exact) {
    const runs: { run: Run<number>; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    for (const run of all) {
      await budget.take(commandBytes(run.address));
      runs.push({ run, props: forOneRequest(ws.getRange(run.address)).getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } }) });
    }
    return async () => {
      const out = new Map<string, CellLook | null>();
      for (const { run, props } of runs) {
        run.cells.forEach((cell, i) => out.set(cell, lookFromProperties(props.value, i, 0)));
      }
      return out;
    };
  }
  const probes: { cell: string; fill: Excel.RangeFill; font: Excel.RangeFont }[] = [];
  for (const cell of cells) {
    await budget.take(commandBytes(cell));
    const format = forOneRequest(ws.getRange(cell)).format;
    probes.push({ cell, fill: format.fill.load("color"), font: format.font.load("color") });
  }
  // A cell of rich text in several colours has no one font colour (null): it comes back black.
  return async () => new Map(probes.map((p) => [p.cell, { fill: p.fill.color === "#FFFFFF" ? null : p.fill.color, font: p.font.color ?? "#000000" }]));
}

/**
 * Reads how cells look now, in requests of its own: all at once, and when Excel refuses that for its size
 * (too many cells, too long an address), the runs of cells in halves, each half run by run, down to single
 * runs (`inHalves`).
 *
 * @example const looks = await readLooks(ctx, ws, ["E5", "E6"], true); looks.get("E5")
 */
export async function readLooks(ctx: Excel.RequestContext, ws: Excel.Worksheet, cells: string[], exact: boolean): Promise<Map<string, CellLook | null>> {
  const out = new Map<string, CellLook | null>();
  const runs = verticalRuns(cells, () => 0);
  await inHalves(runs, async (part) => {
    const read = await probeLooks(ws, part.flatMap((run) => run.cells), exact, new RequestBudget(ctx), part.length === runs.length);
    await ctx.sync();
    for (const [cell, look] of await read()) out.set(cell, look);
  });
  return out;
}

/**
 * Many separate runs (a 200 000-row report's shortfalls): each command asks one look of up to
 * `RUNS_PER_COMMAND` runs at once, which Excel answers when they all agree (most cells of a report look
 * alike); only the commands whose runs differ are asked again run by run, in one more request.
 */
async function probeTogether(ws: Excel.Worksheet, runs: Run<number>[], budget: RequestBudget): Promise<() => Promise<Map<string, CellLook | null>>> {
  const columnChunks = chunksByColumn(runs);
  // Spans small enough for one answer are read cell by cell at once: no second request.
  if (columnChunks.reduce((n, chunk) => n + span(chunk).cells, 0) * PROPERTY_BYTES <= RESPONSE_BUDGET) {
    const queued = await queueSpans(ws, columnChunks, budget);
    return async () => {
      const out = new Map<string, CellLook | null>();
      readSpans(queued, out);
      return out;
    };
  }
  const chunks: { chunk: Run<number>[]; fill: Excel.RangeFill; font: Excel.RangeFont }[] = [];
  for (const chunk of columnChunks) {
    const address = joined(chunk);
    await budget.take(commandBytes(address));
    const format = forOneRequest(ws.getRanges(address)).format;
    chunks.push({ chunk, fill: format.fill.load("color,pattern"), font: format.font.load("color") });
  }
  return async () => {
    const out = new Map<string, CellLook | null>();
    const mixed: Run<number>[][] = [];
    for (const { chunk, fill, font } of chunks) {
      if (fill.pattern === null || font.color === null || (fill.pattern !== "None" && fill.color === null)) {
        mixed.push(chunk);
        continue;
      }
      const look: CellLook = { fill: fill.pattern === "None" ? null : fill.color, font: font.color };
      if (!NO_PATTERN_TO_KEEP.has(fill.pattern)) look.pattern = fill.pattern;
      for (const run of chunk) for (const cell of run.cells) out.set(cell, look);
    }
    await probeSpans(ws, mixed, budget, out);
    return out;
  };
}

/** Bytes Excel answers per cell of `getCellProperties` (fill colour and pattern, font colour). */
const PROPERTY_BYTES = 80;
const RESPONSE_BUDGET = 3_000_000;

/**
 * Runs whose looks differ: the cell properties of the column span they lie in, one command per span
 * (a few hundred runs), as many spans per request as the answer keeps under 3 MB.
 */
type QueuedSpan = { chunk: Run<number>[]; first: number; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> };

function span(chunk: Run<number>[]): { first: CellRef; last: CellRef; cells: number } {
  const first = parseCell(chunk[0].cells[0]) as CellRef;
  const lastRun = chunk[chunk.length - 1];
  const last = parseCell(lastRun.cells[lastRun.cells.length - 1]) as CellRef;
  return { first, last, cells: last.row - first.row + 1 };
}

async function queueSpans(ws: Excel.Worksheet, chunks: Run<number>[][], budget: RequestBudget): Promise<QueuedSpan[]> {
  const out: QueuedSpan[] = [];
  for (const chunk of chunks) {
    const { first, last } = span(chunk);
    await budget.take(commandBytes(null));
    const props = forOneRequest(ws.getRange(rangeAddress(first.row, first.col, last.row, first.col))).getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } });
    out.push({ chunk, first: first.row, props });
  }
  return out;
}

function readSpans(queued: QueuedSpan[], out: Map<string, CellLook | null>): void {
  for (const { chunk, first, props } of queued) {
    for (const run of chunk) for (const cell of run.cells) out.set(cell, lookFromProperties(props.value, (parseCell(cell) as CellRef).row - first, 0));
  }
}

/**
 * Runs whose looks differ: the cell properties of the column span they lie in, one command per span
 * (a few hundred runs), as many spans per request as the answer keeps under 3 MB.
 */
async function probeSpans(ws: Excel.Worksheet, chunks: Run<number>[][], budget: RequestBudget, out: Map<string, CellLook | null>): Promise<void> {
  let batch: Run<number>[][] = [];
  let answer = 0;
  const settle = async () => {
    if (batch.length === 0) return;
    const queued = await queueSpans(ws, batch, budget);
    await budget.send();
    readSpans(queued, out);
    batch = [];
    answer = 0;
  };
  for (const chunk of chunks) {
    const cells = span(chunk).cells;
    if (answer > 0 && answer + cells * PROPERTY_BYTES > RESPONSE_BUDGET) await settle();
    answer += cells * PROPERTY_BYTES;
    batch.push(chunk);
  }
  await settle();
}

/** Runs a command's worth at a time, never across columns (so a command's runs share one column span). */
function chunksByColumn<K>(runs: Run<K>[]): Run<K>[][] {
  const out: Run<K>[][] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const column = (parseCell(run.cells[0]) as CellRef).col;
    if (last && fits(last, run) && (parseCell(last[0].cells[0]) as CellRef).col === column) last.push(run);
    else out.push([run]);
  }
  return out;
}

/**
 * Paints cells in Excel's Bad / Neutral / Good colours, one command per run of cells (or per many runs;
 * `grouped` false: one per run always, after Excel refused a `getRanges` address).
 */
export async function paintHighlights(ws: Excel.Worksheet, styles: Map<string, HighlightStyle>, budget: RequestBudget, grouped = true): Promise<void> {
  const runs = verticalRuns([...styles.keys()], (cell) => styles.get(cell) as HighlightStyle);
  if (grouped && together(runs)) {
    for (const chunk of chunksByKey(runs)) {
      const address = joined(chunk);
      await budget.take(commandBytes(address));
      const format = forOneRequest(ws.getRanges(address)).format;
      format.fill.color = HIGHLIGHT_COLOURS[chunk[0].key].fill;
      format.font.color = HIGHLIGHT_COLOURS[chunk[0].key].font;
    }
    return;
  }
  for (const run of runs) {
    await budget.take(commandBytes(run.address));
    const format = forOneRequest(ws.getRange(run.address)).format;
    format.fill.color = HIGHLIGHT_COLOURS[run.key].fill;
    format.font.color = HIGHLIGHT_COLOURS[run.key].font;
  }
}

/** Puts cells back as they were: "no fill" is cleared, never painted white. */
export async function restoreLooks(ws: Excel.Worksheet, looks: Map<string, CellLook | null>, exact: boolean, budget: RequestBudget, grouped = true): Promise<void> {
  const runs = verticalRuns([...looks.keys()], (cell) => looks.get(cell) as CellLook);
  const commands = grouped && together(runs) ? chunksByKey(runs).map((chunk) => ({ address: joined(chunk), key: chunk[0].key, many: true })) : runs.map((r) => ({ address: r.address, key: r.key, many: false }));
  for (const run of commands) {
    await budget.take(commandBytes(run.address));
    const format = run.many ? forOneRequest(ws.getRanges(run.address)).format : forOneRequest(ws.getRange(run.address)).format;
    const look = run.key;
    if (look.fill === null) format.fill.clear();
    else {
      format.fill.color = look.fill;
      if (exact && look.pattern && !NO_PATTERN_TO_KEEP.has(look.pattern)) format.fill.pattern = look.pattern as Excel.FillPattern;
    }
    format.font.color = look.font ?? "#000000";
  }
}
