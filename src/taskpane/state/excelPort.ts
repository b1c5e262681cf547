import type { Highlight, Result, SheetCells, SheetModel } from "../../core/model";
import type { Lang } from "../shell/lang";

/** A part of a written sheet besides its data that Excel may refuse alone (the data is then all there). */
export type Decoration = "layout" | "chart" | "print" | "guards";

/** A sheet written whole, under `sheet`, without the decorations Excel refused. */
export interface SheetWritten {
  sheet: string;
  missing: Decoration[];
  /** Excel did not keep "print one page wide" (or has no page layout): staff set it by hand. */
  printByHand?: true;
}

/** What a check's highlights came to (see `applyHighlights` in src/excel). */
export interface HighlightsPainted {
  painted: number;
  notPainted: number;
  firstNotPainted: string | null;
}

/** How a long read goes: it stops between requests once `signal` is aborted, and says how far it got. */
export interface ReadOptions {
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

/** One sheet as the scan found it (see `scanWorksheets` in src/excel). */
export interface SheetScanOf<F> {
  name: string;
  cells: SheetCells | null;
  failure: F | null;
  /** Values outside the table, not read: one cell holding one (`single`), else the range they lie in. */
  outside: { address: string; single: boolean } | null;
  noTable: boolean;
  /** Only the first rows were read (`firstRows`): the table goes on below them. */
  partial?: boolean;
}

/** A scan for the sheet lists: each sheet's size and first rows only (docs/pane.md#the-lazy-scan). */
export interface ScanOptions extends ReadOptions {
  firstRows?: boolean;
}

/**
 * What the pane needs from the Excel adapter (`src/excel`), so the hook can be driven by the real adapter
 * in Excel, by the adapter over the simulator in tests, or by anything else of the same shape.
 */
export interface ExcelPort<F = unknown> {
  /** Visible sheets in tab order. */
  listWorksheets(): Promise<Result<{ name: string; active: boolean }[], F>>;
  readWorksheets(names: string[], options?: ReadOptions): Promise<Result<SheetCells[], F>>;
  /** Every sheet on its own: one that cannot be read is marked, the others are still read. */
  scanWorksheets(names: string[], options?: ScanOptions): Promise<Result<SheetScanOf<F>[], F>>;
  /**
   * Says how many cells were painted and which were left unpainted; adapters that paint all may give nothing back.
   * With `select`, the sheet is shown with that cell selected in the same request (a check's first finding).
   */
  applyHighlights(sheet: string, highlights: Highlight[], options?: { select?: string }): Promise<Result<HighlightsPainted | void, F>>;
  clearHighlights(sheet: string): Promise<Result<unknown, F>>;
  /** Adapters that cannot tell what they left out may give nothing back. */
  writeSheet(model: SheetModel, options: { activate: boolean }): Promise<Result<SheetWritten | void, F>>;
  /** Several sheets in the round trips of one (only the first activated); absent: one `writeSheet` each. */
  writeSheets?(models: SheetModel[], options: { activate: boolean }): Promise<Result<SheetWritten[], F>>;
  selectCell(sheet: string, cell: string): Promise<Result<unknown, F>>;
  /** One word into one cell of a sheet staff keep (the configuration's period): its look and dropdown stay. */
  writeCellValue(sheet: string, cell: string, value: string): Promise<Result<unknown, F>>;
  insertWorkbooks(files: { fileName: string; base64: string }[]): Promise<Result<string[], F>>;
  renameSheets(renames: { from: string; to: string }[]): Promise<Result<unknown, F>>;
  isSupported(feature: "insertWorksheets"): boolean;
  /** Which guards of a report template the host can write (data validation, protection); absent: none. */
  guardsSupported?(): { validation: boolean; protection: boolean };
  describeFailure(failure: F, lang: Lang): string;
}
