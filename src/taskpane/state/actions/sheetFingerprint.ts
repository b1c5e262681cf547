import { cellAddress } from "../../../core/cells/cellAddress";
import type { SheetCells, SheetModel } from "../../../core/model";

function entry(address: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value.trim() : String(value);
  return text === "" ? null : `${address}=${text}`;
}

function fingerprint(entries: (string | null)[]): string {
  return entries
    .filter((e): e is string => e !== null)
    .sort()
    .join("\n");
}

/**
 * What a sheet the pane writes holds, as one string: every non-blank value by its cell. The same sheet
 * read back from Excel gives the same string until someone changes a cell.
 *
 * @example modelFingerprint({ cells: [{ address: "A1", value: "Hạng" }], … }) === "A1=Hạng"
 */
export function modelFingerprint(model: SheetModel): string {
  return fingerprint(model.cells.map((cell) => entry(cell.address, cell.value)));
}

/** The fingerprint of a sheet as read from Excel (see `modelFingerprint`). @example cellsFingerprint(read) */
export function cellsFingerprint(cells: SheetCells): string {
  return fingerprint(cells.values.flatMap((row, r) => row.map((value, c) => entry(cellAddress(r, c), value))));
}
