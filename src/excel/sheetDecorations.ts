import type { SheetModel } from "../core/model/sheetModel";
import { columnLetters, parseCell, parseRange, rangeAddress } from "./a1";
import { failure } from "./failure";
import { apiAtLeast } from "./isSupported";
import { forOneRequest } from "./oneRequest";
import { queuePrintFit, type PrintReadBack } from "./printFit";
import { COMMAND_BYTES, RequestBudget, commandBytes } from "./requestBudget";
import { STYLE_ATTRIBUTES, blocksFor } from "./styleRanges";
import type { PlacedCell } from "./writeCells";
import { hasGuards, writeGuards } from "./writeGuards";

/**
 * What a sheet has besides its data, each applied on its own so that Excel refusing one loses nothing
 * else: "layout" (fonts, fills, alignment, borders, merges, widths, heights, frozen panes), "chart" and
 * "print" (page setup) and "guards" (a report template's data validation and protection, last: a
 * protected sheet refuses the others).
 */
export type Decoration = "layout" | "chart" | "print" | "guards";

export const DECORATIONS: Decoration[] = ["layout", "print", "chart", "guards"];

/** Excel column width in characters (as the model and ExcelJS give it) to points, for Calibri 11. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const INCH = 72;

/** Whether the model has this decoration at all, at the host's ExcelApi level. */
export function hasDecoration(model: SheetModel, decoration: Decoration): boolean {
  if (decoration === "chart") return model.chart !== null;
  if (decoration === "print") return model.print !== null && apiAtLeast("1.9");
  if (decoration === "guards") return hasGuards(model);
  return true;
}

/**
 * Queues one decoration's commands on `ws`. `again` says the decoration may already be partly there
 * (a request carrying it failed further on): merges are undone before merging, charts removed first.
 * The print setup gives back what to check once the request has run (`settlePrintFit`).
 */
export async function queueDecoration(ws: Excel.Worksheet, model: SheetModel, placed: PlacedCell[], decoration: Decoration, budget: RequestBudget, again = false): Promise<PrintReadBack | null> {
  if (decoration === "layout") await queueLayout(ws, model, placed, budget, again);
  else if (decoration === "print") {
    await budget.take(COMMAND_BYTES * (12 + (model.print?.breaksBefore?.length ?? 0)));
    return queuePrint(ws, model, again);
  } else if (decoration === "guards") await writeGuards(ws, model, budget, again);
  else if (model.chart) {
    await budget.take(COMMAND_BYTES * 4);
    queueChart(ws, model.chart, model.name);
  }
  return null;
}

async function queueLayout(ws: Excel.Worksheet, model: SheetModel, placed: PlacedCell[], budget: RequestBudget, again: boolean): Promise<void> {
  for (const attribute of STYLE_ATTRIBUTES) {
    for (const block of blocksFor(placed, attribute)) {
      await budget.take(commandBytes(block.value));
      attribute.apply(forOneRequest(ws.getRange(block.address)), block.value, block.rows, block.cols);
    }
  }
  // Merges, widths, heights and freezing: one command each, or about.
  const commands = (again ? 2 : 1) * model.merges.length + model.columnWidths.length + Object.keys(model.rowHeights).length + 4;
  await budget.take(commandBytes(model.merges, commands * COMMAND_BYTES));
  const range = (address: string) => forOneRequest(ws.getRange(address));
  if (apiAtLeast("1.2")) {
    for (const m of model.merges) {
      if (again) range(m).unmerge();
      range(m).merge(false);
    }
    sameRuns(model.columnWidths).forEach(({ from, to, value }) => {
      if (value > 0) range(`${columnLetters(from + 1)}:${columnLetters(to + 1)}`).format.columnWidth = widthInPoints(value);
    });
    for (const [row, height] of Object.entries(model.rowHeights)) range(`${row}:${row}`).format.rowHeight = height;
  }
  if (model.freezeAt && apiAtLeast("1.7")) {
    const at = parseCell(model.freezeAt);
    if (at && at.row > 1 && at.col > 1) ws.freezePanes.freezeAt(range(rangeAddress(1, 1, at.row - 1, at.col - 1)));
    else if (at && at.row > 1) ws.freezePanes.freezeRows(at.row - 1);
    else if (at && at.col > 1) ws.freezePanes.freezeColumns(at.col - 1);
  }
}

function queuePrint(ws: Excel.Worksheet, model: SheetModel, again: boolean): PrintReadBack | null {
  const p = model.print;
  if (!p || !apiAtLeast("1.9")) return null;
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.leftMargin = p.margins.left * INCH;
  layout.rightMargin = p.margins.right * INCH;
  layout.topMargin = p.margins.top * INCH;
  layout.bottomMargin = p.margins.bottom * INCH;
  layout.centerHorizontally = p.centerHorizontally;
  if (model.printTitleRows) {
    const [a, b = a] = model.printTitleRows.split(":");
    layout.setPrintTitleRows(`$${a}:$${b}`);
  }
  // Sent again after a refusal further on, the breaks may be there already.
  if (again) ws.horizontalPageBreaks.removePageBreaks();
  // One page wide (by the model's scale, or fit to one page wide, as many pages tall as the rows need, so
  // a long ranking is not shrunk onto one page), breaks before the blocks kept whole, read back at once.
  return queuePrintFit(ws, model);
}

/** A clustered bar chart beside the table; names and scores side by side make one source range. */
function queueChart(ws: Excel.Worksheet, chart: NonNullable<SheetModel["chart"]>, sheet: string): void {
  const cats = parseRange(chart.categories);
  const vals = parseRange(chart.values);
  if (!cats || !vals) throw failure("unknown", sheet, `Not a chart range: ${chart.categories} / ${chart.values}`);
  const adjacent = cats.from.col === cats.to.col && vals.from.col === cats.to.col + 1 && cats.from.row === vals.from.row && cats.to.row === vals.to.row;
  const source = adjacent ? rangeAddress(cats.from.row, cats.from.col, vals.to.row, vals.to.col) : chart.values;
  const added = ws.charts.add("BarClustered" as Excel.ChartType, forOneRequest(ws.getRange(source)), "Columns" as Excel.ChartSeriesBy);
  added.title.text = chart.title;
  added.legend.visible = false;
  added.setPosition(chart.from, chart.to);
}

function sameRuns(values: number[]): { from: number; to: number; value: number }[] {
  const runs: { from: number; to: number; value: number }[] = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, value });
  });
  return runs;
}
