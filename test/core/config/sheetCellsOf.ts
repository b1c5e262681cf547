import type { SheetCells } from "../../../src/core/model/cells";
import type { SheetModel } from "../../../src/core/model/sheetModel";

/** The cells Excel would give back after rendering a sheet model: values row-major from A1, "" for blank. */
export function sheetCellsOf(model: SheetModel): SheetCells {
  const values: unknown[][] = [];
  for (const cell of model.cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address)!;
    const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    const row = Number(match[2]) - 1;
    while (values.length <= row) values.push([]);
    while (values[row].length <= column) values[row].push("");
    values[row][column] = cell.value ?? "";
  }
  return { name: model.name, values, formats: [] };
}
