/**
 * A pure description of a sheet to write (the ranking sheet, the configuration sheet), rendered as is by
 * the Excel adapter and by the ExcelJS writer. Addresses are A1 without the sheet name.
 */
export interface SheetModel {
  name: string;
  cells: CellModel[];
  /** Ranges to merge, e.g. "A1:C1". */
  merges: string[];
  /** Column widths in Excel character units (as ExcelJS `column.width`), index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row number; rows not listed keep the default height. */
  rowHeights: Record<number, number>;
  print: PrintSetup | null;
  chart: ChartModel | null;
  /** Rows at the top repeated on every printed page, e.g. "7:8"; null for none. */
  printTitleRows: string | null;
  /** Cells where the sheet is frozen below/right of, e.g. "A9"; null for none. */
  freezeAt: string | null;
}

export interface CellModel {
  address: string;
  /** Text is always written as text (never a formula), numbers as numbers. */
  value: string | number | boolean | null;
  style?: CellStyle;
}

export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Fill colour "#RRGGBB". */
  fill?: string;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin borders on these sides. */
  border?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Pages wide to fit on (1 = one page wide); pages tall unrestricted. */
  fitToWidth: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number };
  centerHorizontally: boolean;
}

/** A clustered bar chart whose categories and values are ranges of this sheet. */
export interface ChartModel {
  title: string;
  categories: string;
  values: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}
