import { columnLetters, parseCellAddress } from "../cells/cellAddress";
import type { CellModel, CellStyle, SheetModel } from "../model";

/** 1 → "A", 27 → "AA": the builder counts columns from 1, as a clerk does. */
export function columnLetter(column: number): string {
  return columnLetters(column - 1);
}

const LINE_HEIGHT = 15.75;

/** The font the commune's documents use (Nghị định 30/2020). */
export const FONT = "Times New Roman";

export const STYLES = {
  body: { font: { name: FONT, size: 12 }, vertical: "middle", wrap: true },
  cell: { font: { name: FONT, size: 12 }, vertical: "middle", wrap: true, border: { top: true, bottom: true, left: true, right: true } },
  header: {
    font: { name: FONT, size: 12, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: { top: true, bottom: true, left: true, right: true },
  },
  group: { font: { name: FONT, size: 12, bold: true }, vertical: "middle", wrap: true, border: { top: true, bottom: true, left: true, right: true } },
  title: { font: { name: FONT, size: 14, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
  heading: { font: { name: FONT, size: 12, bold: true }, horizontal: "center" },
  italic: { font: { name: FONT, size: 12, italic: true }, horizontal: "center" },
} satisfies Record<string, CellStyle>;

/**
 * Collects the cells of a sample sheet row by row.
 *
 * @example
 * const sheet = new SheetBuilder("Chỉ tiêu 2024", [6, 60, 12, 12]);
 * sheet.put(1, 1, "ỦY BAN NHÂN DÂN", STYLES.heading);
 * sheet.build().cells[0].address === "A1";
 */
export class SheetBuilder {
  private readonly cells: CellModel[] = [];
  private readonly merges: string[] = [];

  constructor(
    private readonly name: string,
    private readonly columnWidths: number[],
  ) {}

  /** Puts a value at a 1-based row and column; a null value still carries the style (table borders). */
  put(row: number, column: number, value: CellModel["value"], style?: CellStyle): void {
    this.cells.push({ address: `${columnLetter(column)}${row}`, value, ...(style ? { style } : {}) });
  }

  /** Puts a value in the first cell of a range and merges the range. */
  putMerged(row: number, fromColumn: number, toColumn: number, value: CellModel["value"], style?: CellStyle, toRow = row): void {
    this.put(row, fromColumn, value, style);
    for (let r = row; r <= toRow; r++) {
      for (let c = fromColumn; c <= toColumn; c++) if (r !== row || c !== fromColumn) this.put(r, c, null, style);
    }
    this.merges.push(`${columnLetter(fromColumn)}${row}:${columnLetter(toColumn)}${toRow}`);
  }

  /** Heights for rows whose wrapped text needs several lines: neither ExcelJS nor every spreadsheet
   * program grows a row to fit when the file is opened, and a cut-off name prints badly. */
  private wrappedRowHeights(): Record<number, number> {
    const merged = new Set(this.merges.map((range) => range.split(":")[0]));
    const heights: Record<number, number> = {};
    for (const cell of this.cells) {
      if (!cell.style?.wrap || typeof cell.value !== "string" || merged.has(cell.address)) continue;
      const position = parseCellAddress(cell.address);
      if (position === null) continue;
      const { row: rowIndex, column } = position;
      // Times New Roman 12 fits a little more than one character per width unit.
      const perLine = Math.max(1, Math.floor((this.columnWidths[column] ?? 10) * 1.1));
      const lines = Math.ceil(cell.value.length / perLine);
      const row = rowIndex + 1;
      if (lines > 1) heights[row] = Math.max(heights[row] ?? 0, lines * LINE_HEIGHT);
    }
    return heights;
  }

  build(): SheetModel {
    return {
      name: this.name,
      cells: this.cells,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.wrappedRowHeights(),
      print: { orientation: "portrait", paperSize: "A4", fitToWidth: 1, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
      chart: null,
      printTitleRows: null,
      freezeAt: null,
    };
  }
}
