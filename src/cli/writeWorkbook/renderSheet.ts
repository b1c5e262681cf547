import type { Workbook, Worksheet } from "exceljs";
import type { SheetModel } from "../../core/model";
import { renderGuards } from "./renderGuards";
import { renderStyle } from "./renderStyle";

const A4 = 9;

/**
 * Adds a worksheet rendering a sheet model as is: values (text always as text, never a formula), styles,
 * merges, column widths, row heights, print setup, repeated title rows, frozen panes, data validation and
 * protection.
 * ExcelJS cannot write charts, so a model's chart is left to the add-in.
 *
 * @example renderSheet(new ExcelJS.Workbook(), buildRankingSheet(ranking, place))
 */
export function renderSheet(workbook: Workbook, model: SheetModel): Worksheet {
  const sheet = workbook.addWorksheet(model.name);
  model.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const [row, height] of Object.entries(model.rowHeights)) sheet.getRow(Number(row)).height = height;
  for (const cellModel of model.cells) {
    const cell = sheet.getCell(cellModel.address);
    // A string assigned to an ExcelJS cell is written as a string cell, even "=1+1"; formulas need an object.
    cell.value = cellModel.value;
    if (cellModel.style) renderStyle(cell, cellModel.style);
  }
  for (const range of model.merges) sheet.mergeCells(range);
  if (model.print) {
    const { orientation, fitToWidth, margins, centerHorizontally } = model.print;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: A4,
      orientation,
      fitToPage: true,
      fitToWidth,
      fitToHeight: 0,
      horizontalCentered: centerHorizontally,
      margins: { ...margins, header: Math.min(0.3, margins.top / 2), footer: Math.min(0.3, margins.bottom / 2) },
    };
  }
  if (model.printTitleRows) sheet.pageSetup.printTitlesRow = model.printTitleRows;
  if (model.freezeAt) {
    const frozen = sheet.getCell(model.freezeAt);
    sheet.views = [{ state: "frozen", xSplit: Number(frozen.col) - 1, ySplit: Number(frozen.row) - 1 }];
  }
  renderGuards(sheet, model);
  return sheet;
}
