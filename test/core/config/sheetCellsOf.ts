import { parseCellAddress } from "../../../src/core/cells/cellAddress";
import type { SheetCells } from "../../../src/core/model/cells";
import type { SheetModel } from "../../../src/core/model/sheetModel";

/** The cells Excel would give back after rendering a sheet model: values row-major from A1, "" for blank. */
export function sheetCellsOf(model: SheetModel): SheetCells {
  const values: unknown[][] = [];
  for (const cell of model.cells) {
    const { row, column } = parseCellAddress(cell.address)!;
    while (values.length <= row) values.push([]);
    while (values[row].length <= column) values[row].push("");
    values[row][column] = cell.value ?? "";
  }
  return { name: model.name, values, formats: [] };
}
