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
  /** Data validation of input cells (report templates); absent or empty for none. */
  validations?: ValidationModel[];
  /** Protection without a password: only the `unlocked` ranges can be edited; absent or null for none. */
  protection?: ProtectionModel | null;
}

/**
 * Excel data validation on a range, with the message shown when a cell is selected and the one shown
 * when a value is refused. Titles at most 32 characters, messages at most 255, as Excel allows.
 */
export interface ValidationModel {
  /** A1 range, e.g. "E8:E12". */
  range: string;
  rule: { type: "decimal"; min: number; max: number | null } | { type: "list"; items: string[] };
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** A protected sheet (no password, so staff can remove it from Review › Unprotect Sheet). */
export interface ProtectionModel {
  /** A1 ranges left unlocked: the cells to fill in. */
  unlocked: string[];
}

export interface CellModel {
  address: string;
  /** Text is always written as text (never a formula), numbers as numbers. */
  value: string | number | boolean | null;
  /**
   * A formula the engine itself writes (a scoring form's subtotals, the shares' sum on "Giao chỉ tiêu"), in
   * Excel's own (English) function names and without "=": written as a formula, `value` being its result as
   * the sheet stands where the engine knows it (null where not), for writers that store one. Never made
   * from a cell's text (docs/outputs.md#report-templates).
   */
  formula?: string;
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
  /**
   * The print scale (percent) that fits the sheet one page wide, for writers whose files are also printed
   * by programs that read "fit to one page wide" as "fit to one page" (LibreOffice 7.4): absent, fit to width.
   */
  scale?: number;
  /** Rows (1-based) that start a new printed page: a block that must not be split begins on its own page. */
  breaksBefore?: number[];
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
