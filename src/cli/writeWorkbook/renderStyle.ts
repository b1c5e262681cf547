import type { Cell } from "exceljs";
import type { CellStyle } from "../../core/model";

const THIN = { style: "thin" as const };

/** "#9C0006" → "FF9C0006", the ARGB form ExcelJS writes. */
export function toArgb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Applies a sheet model's cell style to an ExcelJS cell: font, fill, number format, alignment, borders.
 *
 * @example renderStyle(sheet.getCell("A1"), { font: { name: "Times New Roman", bold: true }, horizontal: "center" })
 */
export function renderStyle(cell: Cell, style: CellStyle): void {
  if (style.font) {
    const { color, ...font } = style.font;
    cell.font = { ...font, ...(color ? { color: { argb: toArgb(color) } } : {}) };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.horizontal || style.vertical || style.wrap) {
    cell.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style.border) {
    const { top, bottom, left, right } = style.border;
    cell.border = {
      ...(top ? { top: THIN } : {}),
      ...(bottom ? { bottom: THIN } : {}),
      ...(left ? { left: THIN } : {}),
      ...(right ? { right: THIN } : {}),
    };
  }
}
