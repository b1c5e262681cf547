import type * as ExcelJS from "exceljs";
import type { CommandFault, SimState, SimStats } from "./context";

/** What the simulated host is told when it opens a workbook (shared by both front doors). */
export interface HostStateOptions {
  /** The ExcelApi requirement set the host supports, "1.1" … "1.17". APIs above it are absent. */
  apiLevel: string;
  /** Request and response limit; default 5 000 000 bytes (Excel on the web's 5 MB). */
  payloadLimitBytes?: number;
  /** Add-in settings already saved in the document (key → value). */
  settings?: Record<string, unknown>;
  /** Commands the host refuses from the start (see `rejectCommands`). */
  faults?: CommandFault[];
}

export function freshStats(): SimStats {
  return { syncs: 0, emptySyncs: 0, runs: 0, requests: [] };
}

/**
 * The workbook model of the simulated Excel: the ExcelJS workbook (cells, formats, sheets) and what Excel
 * keeps beside it (active sheet, selection, charts, add-in settings, level). Its semantics live in the
 * simulator's object classes; two front doors reach it: the `Office`/`Excel` globals of
 * `installOfficeSimulator`, and the wire host of test/host that answers Microsoft's own office.js.
 */
export function createHostState(workbook: ExcelJS.Workbook, options: HostStateOptions): SimState {
  return {
    workbook,
    apiLevel: options.apiLevel,
    payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
    stats: freshStats(),
    cellEditMode: false,
    editWaiters: [],
    activeSheetId: initialActiveSheet(workbook),
    selection: null,
    charts: new Map(),
    settings: new Map(Object.entries(options.settings ?? {}).map(([k, v]) => [k, JSON.stringify(v)])),
    nextChartId: 0,
    faults: [...(options.faults ?? [])],
  };
}

function initialActiveSheet(wb: ExcelJS.Workbook): number | null {
  const views = (wb as unknown as { views?: { activeTab?: number }[] }).views;
  const visible = wb.worksheets;
  const tab = views?.[0]?.activeTab ?? 0;
  return (visible[tab] ?? visible.find((w) => w.state === "visible"))?.id ?? null;
}

/** Excel's `WorksheetProtectionOptions` (ExcelApi 1.2) and the ExcelJS `sheetProtection` flag each one sets. */
const ALLOWED: Record<string, string> = {
  allowAutoFilter: "autoFilter",
  allowDeleteColumns: "deleteColumns",
  allowDeleteRows: "deleteRows",
  allowEditObjects: "objects",
  allowEditScenarios: "scenarios",
  allowFormatCells: "formatCells",
  allowFormatColumns: "formatColumns",
  allowFormatRows: "formatRows",
  allowInsertColumns: "insertColumns",
  allowInsertHyperlinks: "insertHyperlinks",
  allowInsertRows: "insertRows",
  allowPivotTables: "pivotTables",
  allowSort: "sort",
};
const SELECTION: Record<string, { selectLockedCells: boolean; selectUnlockedCells: boolean }> = {
  Normal: { selectLockedCells: true, selectUnlockedCells: true },
  Unlocked: { selectLockedCells: false, selectUnlockedCells: true },
  None: { selectLockedCells: false, selectUnlockedCells: false },
};

interface ProtectedSheet {
  sheetProtection?: Record<string, unknown> | null;
}

/**
 * A sheet's protection as the workbook keeps it (ExcelJS `sheetProtection`, saved with the file): what
 * staff may still do on the protected sheet, `true` meaning allowed; null when the sheet is not protected.
 */
export function sheetProtection(ws: ExcelJS.Worksheet): Record<string, unknown> | null {
  const kept = (ws as unknown as ProtectedSheet).sheetProtection;
  return kept?.sheet ? JSON.parse(JSON.stringify(kept)) : null;
}

/**
 * Protects a sheet without a password with Excel's options (what is left out is not allowed, selection
 * "Normal"), as `Worksheet.protection.protect(options)` does. Returns the option it does not know, if any.
 *
 * @example protectSheet(ws, { allowFormatColumns: true }) // null; sheetProtection(ws).formatColumns === true
 */
export function protectSheet(ws: ExcelJS.Worksheet, options: Record<string, unknown>): string | null {
  const unknown = Object.keys(options).find((k) => !(k in ALLOWED) && k !== "selectionMode");
  const selection = SELECTION[String(options.selectionMode ?? "Normal")];
  if (unknown || !selection) return unknown ?? `selectionMode ${String(options.selectionMode)}`;
  const flags = Object.fromEntries(Object.entries(ALLOWED).map(([option, flag]) => [flag, options[option] === true]));
  (ws as unknown as ProtectedSheet).sheetProtection = { sheet: true, ...flags, ...selection };
  return null;
}

/**
 * A protected sheet's options as `WorksheetProtection.options` gives them (every allow… flag and the
 * selection mode); null when the sheet is not protected.
 */
export function protectionOptions(ws: ExcelJS.Worksheet): Record<string, unknown> | null {
  const kept = (ws as unknown as ProtectedSheet).sheetProtection;
  if (!kept?.sheet) return null;
  const options: Record<string, unknown> = Object.fromEntries(Object.entries(ALLOWED).map(([option, flag]) => [option, kept[flag] === true]));
  const selection = Object.entries(SELECTION).find(([, s]) => s.selectLockedCells === (kept.selectLockedCells !== false) && s.selectUnlockedCells === (kept.selectUnlockedCells !== false));
  options.selectionMode = selection?.[0] ?? "Normal";
  return options;
}

/** Lifts a sheet's protection (one without a password, the only kind the pane writes). */
export function unprotectSheet(ws: ExcelJS.Worksheet): void {
  (ws as unknown as ProtectedSheet).sheetProtection = null;
}

/**
 * The data validation of a sheet's cells as the workbook keeps it (ExcelJS, by cell address, saved with
 * the file); an address whose validation was cleared holds undefined.
 */
export function cellValidations(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
}
