import { cellAddress } from "../cells/cellAddress";
import type { CellModel, CellStyle } from "../model/sheetModel";

/** Collects the cells, merges and row heights of a sheet model, addressed by 0-based row and column. */
export interface SheetCanvas {
  cells: CellModel[];
  merges: string[];
  rowHeights: Record<number, number>;
  /** Writes a value; text stays text (renderers never turn it into a formula). */
  put(row: number, column: number, value: CellModel["value"], style?: CellStyle): void;
  /** Writes a value across columns `from`–`to` of one row, merged, styling every cell (for borders). */
  putMerged(row: number, from: number, to: number, value: CellModel["value"], style?: CellStyle): void;
  /** Keeps the tallest height asked for a row (points). */
  atLeast(row: number, height: number): void;
}

/**
 * An empty canvas.
 *
 * @example const canvas = sheetCanvas(); canvas.putMerged(0, 0, 3, "ỦY BAN NHÂN DÂN"); canvas.merges // ["A1:D1"]
 */
export function sheetCanvas(): SheetCanvas {
  const canvas: SheetCanvas = {
    cells: [],
    merges: [],
    rowHeights: {},
    put(row, column, value, style) {
      canvas.cells.push(style ? { address: cellAddress(row, column), value, style } : { address: cellAddress(row, column), value });
    },
    putMerged(row, from, to, value, style) {
      canvas.put(row, from, value, style);
      for (let column = from + 1; column <= to; column += 1) canvas.put(row, column, null, style);
      if (to > from) canvas.merges.push(`${cellAddress(row, from)}:${cellAddress(row, to)}`);
    },
    atLeast(row, height) {
      const key = row + 1;
      canvas.rowHeights[key] = Math.max(canvas.rowHeights[key] ?? 0, height);
    },
  };
  return canvas;
}

const LINE_HEIGHT = 15.75;

/**
 * The height (points) wrapped text needs in a cell `width` characters wide, since renderers do not
 * measure text; Times New Roman 12 fits about one character per width unit.
 *
 * @example wrappedHeight("Tổng sản lượng lương thực có hạt", 20) === 31.5
 */
export function wrappedHeight(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05));
  const lines = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * LINE_HEIGHT;
}
