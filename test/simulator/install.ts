import type * as ExcelJS from "exceljs";
import { compareVersions } from "./apiLevel";
import type { SimChart, SimStats } from "./context";
import { createHostState, freshStats, protectSheet, unprotectSheet, type HostStateOptions } from "./hostState";
import { SimDocumentSettings } from "./documentSettings";
import { ERROR_TEXT, EXCEL_ERROR_CODES, SimRichApiError, simError } from "./errors";
import { setSheetFault } from "./sheetFaults";
import { findSheet } from "./sheetNames";
import { SimRequestContext } from "./workbook";

export interface OfficeSimulatorOptions extends HostStateOptions {
  /** Office's display language, e.g. "vi-VN" (default) or "en-US". */
  displayLanguage?: string;
  platform?: "PC" | "OfficeOnline";
  isDarkTheme?: boolean;
}

/**
 * The handle a test holds on the simulated host.
 *
 * - `stats`: `syncs` (round trips), `emptySyncs`, `runs` (Excel.run calls) and `requests`, one entry per
 *   round trip with estimated `bytes` (request), `responseBytes` and `error` (the failing code or null).
 * - `workbook`: the ExcelJS workbook the host edits in place (save it to look at the result).
 * - `selection`, `activeSheet`: what the user would see selected.
 * - `charts(sheet)`: charts added to a sheet (ExcelJS cannot keep charts, so they live here).
 * - `settings()`: the add-in settings saved in the document.
 * - `setCellEditMode(on)`: while on, every request fails with InvalidOperationInCellEditMode.
 * - `protect(sheet)` / `unprotect(sheet)`: writes to a protected sheet fail with AccessDenied.
 * - `rejectCommands(match, code)`: from now on the host refuses every command whose name matches
 *   (e.g. /^ChartCollection\.add$/, /^PageLayout\./, /^Range\.merge$/), failing its request with `code`
 *   (default "InvalidArgument") after the commands before it ran, as Excel does; `acceptAllCommands()`
 *   lifts every refusal.
 * - `failSheet(sheet, code?)`: requests reaching that sheet fail (GeneralException), the others work.
 * - `reset()`: zeroes the counters. `reopen()`: the task pane closes and opens again (in-memory
 *   `document.settings` are reloaded from the document; unsaved changes are lost).
 * - `uninstall()`: removes the globals.
 */
export interface OfficeSimulator {
  readonly stats: SimStats;
  readonly workbook: ExcelJS.Workbook;
  readonly apiLevel: string;
  readonly selection: { sheet: string; address: string } | null;
  readonly activeSheet: string | null;
  readonly documentSettings: SimDocumentSettings;
  charts(sheet: string): SimChart[];
  settings(): Record<string, unknown>;
  setCellEditMode(on: boolean): void;
  rejectCommands(match: RegExp, code?: string): void;
  acceptAllCommands(): void;
  protect(sheet: string): void;
  /** From now on, every request reaching `sheet` by name fails with `code` (GeneralException by default); null heals it. */
  failSheet(sheet: string, code?: string | null): void;
  unprotect(sheet: string): void;
  reset(): void;
  reopen(): void;
  uninstall(): void;
}

/**
 * Defines `Office`, `Excel` and `OfficeExtension` on `target` (globalThis in Node, window in a browser),
 * backed by `workbook`. Uses no Node module, so it can be bundled for the browser.
 *
 * @example
 * const sim = installOfficeSimulator(globalThis, workbook, { apiLevel: "1.17" });
 * await Excel.run(async (ctx) => { … }); expect(sim.stats.syncs).toBe(1);
 */
export function installOfficeSimulator(target: typeof globalThis, workbook: ExcelJS.Workbook, options: OfficeSimulatorOptions): OfficeSimulator {
  const state = createHostState(workbook, options);

  const documentSettings = new SimDocumentSettings(state);
  const platform = options.platform ?? "OfficeOnline";
  const host = target as unknown as Record<string, unknown>;
  const previous = { Office: host.Office, Excel: host.Excel, OfficeExtension: host.OfficeExtension };

  const isSetSupported = (name: string, minVersion = "1.1"): boolean =>
    name.toLowerCase() === "excelapi" && compareVersions(state.apiLevel, String(minVersion)) >= 0;

  const context = {
    displayLanguage: options.displayLanguage ?? "vi-VN",
    contentLanguage: options.displayLanguage ?? "vi-VN",
    host: "Excel",
    platform,
    officeTheme: {
      bodyBackgroundColor: options.isDarkTheme ? "#262626" : "#FFFFFF",
      bodyForegroundColor: options.isDarkTheme ? "#FFFFFF" : "#000000",
      controlBackgroundColor: options.isDarkTheme ? "#3A3A3A" : "#FFFFFF",
      controlForegroundColor: options.isDarkTheme ? "#FFFFFF" : "#000000",
      isDarkTheme: !!options.isDarkTheme,
      themeId: options.isDarkTheme ? "Black" : "Colorful",
    },
    requirements: { isSetSupported },
    document: { settings: documentSettings },
    diagnostics: { host: "Excel", platform, version: "16.0" },
  };

  host.Office = {
    context,
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform };
      return Promise.resolve().then(() => {
        cb?.(info);
        return info;
      });
    },
  };

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1] as (ctx: SimRequestContext) => unknown;
    const runOptions = (args.length > 1 ? args[0] : undefined) as { delayForCellEdit?: boolean } | undefined;
    if (typeof batch !== "function") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Excel.run");
    state.stats.runs++;
    if (runOptions?.delayForCellEdit && state.cellEditMode) await new Promise<void>((resolve) => state.editWaiters.push(resolve));
    const ctx = new SimRequestContext(state);
    try {
      const pending = batch(ctx);
      if (!pending || typeof (pending as Promise<unknown>).then !== "function") {
        throw simError("RunMustReturnPromise", ERROR_TEXT.RunMustReturnPromise, "Excel.run");
      }
      const value = await pending;
      return await ctx.sync(value);
    } finally {
      ctx.ended = true;
      // Office.js then releases the ranges the run kept, in a request of its own (even after a failure).
      ctx.release();
    }
  }

  host.Excel = {
    run,
    RequestContext: class {
      constructor() {
        return new SimRequestContext(state);
      }
    },
    ErrorCodes: EXCEL_ERROR_CODES,
  };
  host.OfficeExtension = { Error: SimRichApiError, ErrorCodes: EXCEL_ERROR_CODES };

  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = findSheet(workbook, name);
    if (!ws) throw new Error(`No sheet named ${name}`);
    return ws;
  };

  return {
    get stats() {
      return state.stats;
    },
    workbook,
    get apiLevel() {
      return state.apiLevel;
    },
    get selection() {
      return state.selection;
    },
    get activeSheet() {
      const id = state.activeSheetId;
      return (id === null ? null : workbook.getWorksheet(id)?.name) ?? null;
    },
    documentSettings,
    charts: (name) => state.charts.get(sheet(name).id) ?? [],
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(v)])),
    setCellEditMode(on) {
      state.cellEditMode = on;
      if (!on) state.editWaiters.splice(0).forEach((w) => w());
    },
    rejectCommands: (match, code = "InvalidArgument") => state.faults.push({ match, code }),
    acceptAllCommands: () => void state.faults.splice(0),
    protect: (name) => void protectSheet(sheet(name), {}),
    failSheet: (name, code = "GeneralException") => setSheetFault(state, name, code),
    unprotect: (name) => unprotectSheet(sheet(name)),
    reset() {
      state.stats = freshStats();
    },
    reopen() {
      documentSettings.reload();
    },
    uninstall() {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete host[key];
        else host[key] = value;
      }
    },
  };
}
