import { HIGHLIGHT_COLOURS, type HighlightStyle } from "../core/model/highlight";
import { NO_PATTERN_TO_KEEP, lookFromProperties } from "./cellPropertiesLook";
import type { CellLook } from "./highlightState";
import { forOneRequest } from "./oneRequest";
import { commandBytes, type RequestBudget } from "./requestBudget";
import { verticalRuns, type Run } from "./verticalRuns";

/**
 * Queues reads of how cells look now; the returned function gives the looks after the next sync (null
 * for a cell whose look Excel did not say). From ExcelApi 1.9 `getCellProperties` reads the fill
 * pattern, which tells "no fill" from white.
 * Like painting and restoring, it sends what is queued first when the request would grow too large.
 */
export async function probeLooks(ws: Excel.Worksheet, cells: string[], exact: boolean, budget: RequestBudget): Promise<() => Map<string, CellLook | null>> {
  if (exact) {
    const runs: { run: Run<number>; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    for (const run of verticalRuns(cells, () => 0)) {
      await budget.take(commandBytes(run.address));
      runs.push({ run, props: forOneRequest(ws.getRange(run.address)).getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true } } }) });
    }
    return () => {
      const out = new Map<string, CellLook | null>();
      for (const { run, props } of runs) run.cells.forEach((cell, i) => out.set(cell, lookFromProperties(props.value, i, 0)));
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
  return () => new Map(probes.map((p) => [p.cell, { fill: p.fill.color === "#FFFFFF" ? null : p.fill.color, font: p.font.color ?? "#000000" }]));
}

/** Paints cells in Excel's Bad / Neutral / Good colours, one command per run of cells. */
export async function paintHighlights(ws: Excel.Worksheet, styles: Map<string, HighlightStyle>, budget: RequestBudget): Promise<void> {
  for (const run of verticalRuns([...styles.keys()], (cell) => styles.get(cell) as HighlightStyle)) {
    await budget.take(commandBytes(run.address));
    const format = forOneRequest(ws.getRange(run.address)).format;
    format.fill.color = HIGHLIGHT_COLOURS[run.key].fill;
    format.font.color = HIGHLIGHT_COLOURS[run.key].font;
  }
}

/** Puts cells back as they were: "no fill" is cleared, never painted white. */
export async function restoreLooks(ws: Excel.Worksheet, looks: Map<string, CellLook>, exact: boolean, budget: RequestBudget): Promise<void> {
  for (const run of verticalRuns([...looks.keys()], (cell) => looks.get(cell) as CellLook)) {
    await budget.take(commandBytes(run.address));
    const format = forOneRequest(ws.getRange(run.address)).format;
    const look = run.key;
    if (look.fill === null) format.fill.clear();
    else {
      format.fill.color = look.fill;
      if (exact && look.pattern && !NO_PATTERN_TO_KEEP.has(look.pattern)) format.fill.pattern = look.pattern as Excel.FillPattern;
    }
    format.font.color = look.font ?? "#000000";
  }
}
