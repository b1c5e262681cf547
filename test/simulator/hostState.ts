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
