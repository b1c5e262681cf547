import type { SheetModel } from "../core/model/sheetModel";
import { columnLetters, parseCell, parseRange, rangeAddress } from "./a1";
import { failure, type ExcelResult } from "./failure";
import { apiAtLeast } from "./isSupported";
import { COMMAND_BYTES, RequestBudget, commandBytes } from "./requestBudget";
import { runExcel } from "./runExcel";
import { isValidSheetName } from "./sheetName";
import { STYLE_ATTRIBUTES, blocksFor } from "./styleRanges";
import { writeGuards } from "./writeGuards";
import { placeCells, writeCells } from "./writeCells";

/** Excel column width in characters (as the model and ExcelJS give it) to points, for Calibri 11. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const INCH = 72;

/**
 * Creates a sheet from a model, or replaces the sheet of that name in place (same tab position): values
 * (text always as text), formats, merges, widths, print setup and chart, as far as the host's ExcelApi
 * level allows. Two syncs for any size that fits one request.
 *
 * @example await writeSheet(buildRankingSheet(ranking, config), { activate: true })
 */
export async function writeSheet(model: SheetModel, options: { activate: boolean }): Promise<ExcelResult<void>> {
  if (!isValidSheetName(model.name)) return { ok: false, failures: { code: "invalid-name", sheet: model.name, detail: "invalid sheet name" } };
  const placed = placeCells(model.cells);
  const bad = placed ? model.merges.find((m) => !parseRange(m)) : model.cells.find((c) => !parseCell(c.address));
  if (!placed || bad) return { ok: false, failures: { code: "unknown", sheet: model.name, detail: `Not a cell address: ${JSON.stringify(bad)}` } };
  return runExcel(model.name, async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/position");
    await ctx.sync();
    const ws = replaceOrAdd(ctx, sheets.items, model.name);
    const budget = new RequestBudget(ctx);
    await writeCells(ws, placed, budget);
    for (const attribute of STYLE_ATTRIBUTES) {
      for (const block of blocksFor(placed, attribute)) {
        await budget.take(commandBytes(block.value));
        attribute.apply(ws.getRange(block.address), block.value, block.rows, block.cols);
      }
    }
    // Merges, widths, heights, freezing, print setup and the chart: one command each, or about.
    const layoutCommands = model.merges.length + model.columnWidths.length + Object.keys(model.rowHeights).length + 20;
    await budget.take(commandBytes(model.merges, layoutCommands * COMMAND_BYTES));
    writeLayout(ws, model);
    if (model.chart) addChart(ws, model.chart, model.name);
    await writeGuards(ws, model, budget);
    if (options.activate) ws.activate();
    await ctx.sync();
  });
}

/** Adds the new sheet before deleting the old one, so replacing the only visible sheet works too. */
function replaceOrAdd(ctx: Excel.RequestContext, existing: Excel.Worksheet[], name: string): Excel.Worksheet {
  const old = existing.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (!old) return ctx.workbook.worksheets.add(name);
  const taken = new Set(existing.map((ws) => ws.name.toLowerCase()));
  let temp = "~thidua";
  for (let i = 2; taken.has(temp); i++) temp = `~thidua${i}`;
  const ws = ctx.workbook.worksheets.add(temp);
  old.delete();
  ws.name = name;
  ws.position = old.position;
  return ws;
}

function writeLayout(ws: Excel.Worksheet, model: SheetModel): void {
  if (apiAtLeast("1.2")) {
    for (const m of model.merges) ws.getRange(m).merge(false);
    sameRuns(model.columnWidths).forEach(({ from, to, value }) => {
      if (value > 0) ws.getRange(`${columnLetters(from + 1)}:${columnLetters(to + 1)}`).format.columnWidth = widthInPoints(value);
    });
    for (const [row, height] of Object.entries(model.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  if (model.freezeAt && apiAtLeast("1.7")) {
    const at = parseCell(model.freezeAt);
    if (at && at.row > 1 && at.col > 1) ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, at.row - 1, at.col - 1)));
    else if (at && at.row > 1) ws.freezePanes.freezeRows(at.row - 1);
    else if (at && at.col > 1) ws.freezePanes.freezeColumns(at.col - 1);
  }
  if (model.print && apiAtLeast("1.9")) {
    const p = model.print;
    const layout = ws.pageLayout;
    layout.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.paperSize = "A4" as Excel.PaperType;
    // As many pages tall as the rows need (Excel's "Automatic"), so a long ranking is not shrunk onto one page.
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: 0 };
    layout.leftMargin = p.margins.left * INCH;
    layout.rightMargin = p.margins.right * INCH;
    layout.topMargin = p.margins.top * INCH;
    layout.bottomMargin = p.margins.bottom * INCH;
    layout.centerHorizontally = p.centerHorizontally;
    if (model.printTitleRows) {
      const [a, b = a] = model.printTitleRows.split(":");
      layout.setPrintTitleRows(`$${a}:$${b}`);
    }
  }
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

/** A clustered bar chart beside the table; names and scores side by side make one source range. */
function addChart(ws: Excel.Worksheet, chart: NonNullable<SheetModel["chart"]>, sheet: string): void {
  const cats = parseRange(chart.categories);
  const vals = parseRange(chart.values);
  if (!cats || !vals) throw failure("unknown", sheet, `Not a chart range: ${chart.categories} / ${chart.values}`);
  const adjacent = cats.from.col === cats.to.col && vals.from.col === cats.to.col + 1 && cats.from.row === vals.from.row && cats.to.row === vals.to.row;
  const source = adjacent ? rangeAddress(cats.from.row, cats.from.col, vals.to.row, vals.to.col) : chart.values;
  const added = ws.charts.add("BarClustered" as Excel.ChartType, ws.getRange(source), "Columns" as Excel.ChartSeriesBy);
  added.title.text = chart.title;
  added.legend.visible = false;
  added.setPosition(chart.from, chart.to);
}
