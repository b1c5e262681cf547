import type { SheetCells } from "../../../core/model";

/**
 * Whether a sheet holds no value at all (a new workbook's "Sheet1").
 *
 * @example isBlank({ name: "Sheet1", values: [[""]], formats: [["General"]] }) === true
 */
export function isBlank(cells: SheetCells): boolean {
  return cells.values.every((row) => row.every((v) => v === "" || v === null || v === undefined));
}
