import type { Workbook, Worksheet } from "exceljs";
import type { SheetModel } from "../../core/model";
import { renderGuards } from "./renderGuards";
import { renderStyle } from "./renderStyle";

const A4 = 9;

/**
 * A part of a sheet besides its data: "layout" (styles, merges, widths, heights, frozen panes), "print",
 * or "guards" (data validation and protection).
 */
export type Decoration = "layout" | "print" | "guards";

/**
 * Adds a worksheet rendering a sheet model as is: first its data (values, text always as text, never a
 * formula, and number formats), then, each on its own, its layout (styles, merges, column widths, row
 * heights, frozen panes), its print setup (A4, fit to width, margins, repeated title rows) and its guards
 * (data validation and protection of report templates). When the library refuses a decoration (two merges
 * that overlap, say), the data stays whole and the decoration's name is added to `refused`. ExcelJS cannot
 * write charts, so a model's chart is left to the add-in.
 *
 * @example renderSheet(new ExcelJS.Workbook(), buildRankingSheet(ranking, place))
 */
export function renderSheet(workbook: Workbook, model: SheetModel, refused: Decoration[] = []): Worksheet {
  const sheet = workbook.addWorksheet(model.name);
  for (const cellModel of model.cells) {
    const cell = sheet.getCell(cellModel.address);
    // A string assigned to an ExcelJS cell is written as a string cell, even "=1+1"; formulas need an object.
    // The engine's own formulas carry their result where the engine knows it (a scoring form's subtotals).
    cell.value =
      cellModel.formula === undefined ? cellModel.value : cellModel.value === null ? { formula: cellModel.formula } : { formula: cellModel.formula, result: cellModel.value };
    if (cellModel.style?.numberFormat) cell.numFmt = cellModel.style.numberFormat;
  }
  const guard = (decoration: Decoration, apply: () => void): void => {
    try {
      apply();
    } catch {
      refused.push(decoration);
    }
  };
  guard("layout", () => renderLayout(sheet, model));
  if (model.print || model.printTitleRows) guard("print", () => renderPrint(sheet, model));
  if ((model.validations?.length ?? 0) > 0 || model.protection) guard("guards", () => renderGuards(sheet, model));
  return sheet;
}

function renderLayout(sheet: Worksheet, model: SheetModel): void {
  model.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const [row, height] of Object.entries(model.rowHeights)) sheet.getRow(Number(row)).height = height;
  for (const cellModel of model.cells) if (cellModel.style) renderStyle(sheet.getCell(cellModel.address), cellModel.style);
  for (const range of model.merges) sheet.mergeCells(range);
  if (model.freezeAt) {
    const frozen = sheet.getCell(model.freezeAt);
    sheet.views = [{ state: "frozen", xSplit: Number(frozen.col) - 1, ySplit: Number(frozen.row) - 1 }];
  }
}

function renderPrint(sheet: Worksheet, model: SheetModel): void {
  if (model.print) {
    const { orientation, fitToWidth, margins, centerHorizontally } = model.print;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: A4,
      orientation,
      // A scale that fits the width prints the same everywhere; else OOXML's fitToHeight="0": as many
      // pages tall as needed (ECMA-376 Part 1, §18.3.1.64), which LibreOffice 7.4 reads as one page.
      ...(model.print.scale ? { fitToPage: false, scale: model.print.scale } : { fitToPage: true, fitToWidth, fitToHeight: 0 }),
      horizontalCentered: centerHorizontally,
      margins: { ...margins, header: Math.min(0.3, margins.top / 2), footer: Math.min(0.3, margins.bottom / 2) },
    };
  }
  if (model.printTitleRows) sheet.pageSetup.printTitlesRow = model.printTitleRows;
  // ExcelJS breaks after a row: the row before the one that starts the page.
  for (const row of model.print?.breaksBefore ?? []) if (row > 1) sheet.getRow(row - 1).addPageBreak();
}
