/**
 * The host page of the emulator: opens a workbook in the shared model, frames the add-in the way Excel on
 * the web does (`_host_Info` and `_xdm_Info`), answers it over XDM and draws the active sheet beside it.
 * Query: `pane` (the add-in's URL), `workbook` (an .xlsx to open; none: one empty sheet), `api` (the
 * ExcelApi level declared, default "1.17"), `lang` (display language, default "vi-VN"), `readOnly` (the
 * document open read-only).
 * What the tests read is `window.thiDuaHost`.
 */
import ExcelJS from "exceljs";
import { officeValue } from "../simulator/cellValues";
import { cellValidations, createHostState } from "../simulator/hostState";
import { protectSheet as protectInModel, sheetProtection } from "../simulator/hostState";
import { rowBreaks } from "../simulator/pageBreaks";
import { findSheet, sheetId } from "../simulator/sheetNames";
import { drawActiveSheet } from "./gridView";
import { defaultBehaviour, startXdmHost, type WireRequest, type XdmHost } from "./xdmHost";

interface CellLook {
  value: unknown;
  fill: string | null;
  font: string | null;
}

declare global {
  interface Window {
    thiDuaHost: unknown;
  }
}

const params = new URLSearchParams(window.location.search);
const paneUrl = new URL(params.get("pane") ?? "/taskpane.html", window.location.href);
const apiLevel = params.get("api") ?? "1.17";
const displayLanguage = params.get("lang") ?? "vi-VN";
const controlId = "thidua_ctrl_1";

async function openWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const url = params.get("workbook");
  if (url) await workbook.xlsx.load(await (await fetch(url)).arrayBuffer());
  else workbook.addWorksheet("Sheet1");
  return workbook;
}

function argb(colour: unknown): string | null {
  const text = typeof colour === "object" && colour !== null ? (colour as { argb?: string }).argb : undefined;
  return text ? `#${text.slice(-6).toUpperCase()}` : null;
}

function look(cell: ExcelJS.Cell): CellLook {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
  return {
    value: officeValue(cell),
    fill: fill && fill.type === "pattern" && fill.pattern === "solid" ? argb(fill.fgColor) : null,
    font: argb(cell.font?.color),
  };
}

/** What keeps a sheet's input in bounds: its protection, each cell's validation rule and which cells are unlocked. */
function guards(ws: ExcelJS.Worksheet) {
  const validated: Record<string, { type: string; operator?: string; formulae?: unknown[]; prompt?: string; error?: string }> = {};
  for (const [address, dv] of Object.entries(cellValidations(ws))) {
    if (dv) validated[address] = { type: dv.type, operator: dv.operator, formulae: dv.formulae, prompt: dv.promptTitle, error: dv.errorTitle };
  }
  const unlocked: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.protection?.locked === false) unlocked.push(cell.address);
    }),
  );
  return { protection: sheetProtection(ws), validated, unlocked };
}

async function start() {
  const workbook = await openWorkbook();
  // The wire host measures requests itself, in bytes on the wire, against Excel on the web's limit.
  const state = createHostState(workbook, { apiLevel, payloadLimitBytes: Number.POSITIVE_INFINITY });
  const sheetView = document.getElementById("sheet") as HTMLElement;
  const frame = document.getElementById("pane") as HTMLIFrameElement;
  let redraw = 0;
  const draw = () => {
    cancelAnimationFrame(redraw);
    redraw = requestAnimationFrame(() => drawActiveSheet(sheetView, state));
  };
  const behaviour = { ...defaultBehaviour(), readOnly: params.get("readOnly") === "1" };
  // Every opening of the document is a new conversation (office.js caches settings per conversation).
  const hosts: XdmHost[] = [];
  const open = () => {
    const conversationId = `thidua_conv_${hosts.length + 1}`;
    hosts.push(startXdmHost(frame, state, { apiLevel, displayLanguage, conversationId, controlId, paneOrigin: paneUrl.origin, onChange: draw, behaviour }));
    const hostInfo = ["excel", "web", "16.00", displayLanguage.toLowerCase(), "", "", "disableLogging", "0"].join("|");
    paneUrl.searchParams.set("_host_Info", hostInfo);
    // A new query, not only a new hash, so the frame loads the pane again.
    if (hosts.length > 1) paneUrl.searchParams.set("opened", String(hosts.length));
    frame.src = `${paneUrl.href}#&_xdm_Info=${conversationId}|${controlId}|${window.location.origin}`;
  };
  const allRequests = (): WireRequest[] => hosts.flatMap((h) => h.requests);
  const richApiCount = (): number => hosts[hosts.length - 1].requests.filter((r) => r.kind === "IterativeExecutor").length;
  open();
  drawActiveSheet(sheetView, state);

  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = findSheet(workbook, name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  return {
    apiLevel,
    sheetNames: () => workbook.worksheets.map((w) => w.name),
    cell: (name: string, address: string) => look(sheet(name).getCell(address)),
    cells(name: string) {
      const out: Record<string, CellLook> = {};
      sheet(name).eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          out[cell.address] = look(cell);
        }),
      );
      return out;
    },
    /** Types a value into a cell, as staff would in Excel. */
    setCell(name: string, address: string, value: string | number) {
      sheet(name).getCell(address).value = value;
      draw();
    },
    /** Clicks a sheet's tab, as staff would, to look at it. */
    showSheet(name: string) {
      state.activeSheetId = sheet(name).id;
      draw();
    },
    selection: () => state.selection,
    activeSheet: () => (state.activeSheetId === null ? null : (workbook.getWorksheet(state.activeSheetId)?.name ?? null)),
    charts: (name: string) => state.charts.get(sheet(name).id) ?? [],
    pageSetup: (name: string) => JSON.parse(JSON.stringify(sheet(name).pageSetup ?? {})),
    /** Rows that start a new printed page by a manual break, as the file keeps them. */
    pageBreaksBefore: (name: string) => rowBreaks(sheet(name)).map((pb) => pb.id + 1).sort((a, b) => a - b),
    guards: (name: string) => guards(sheet(name)),
    merges: (name: string) => Object.keys((sheet(name) as unknown as { _merges: Record<string, unknown> })._merges),
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(v)])),
    requests: (): WireRequest[] => allRequests().map((r) => ({ ...r })),
    settingsSaves: () => hosts.reduce((n, h) => n + h.settingsSaves, 0),
    unimplemented: () => hosts.flatMap((h) => h.unimplemented),
    log: () => hosts.flatMap((h) => h.log),
    // Real Excel's behaviours, on demand (xdmHost `HostBehaviour`).
    /** The user starts editing a cell just before the `n`-th RichApi request from now (1: the next). */
    cellEditBefore(n: number) {
      behaviour.cellEditAtRequest = richApiCount() + n;
    },
    /** The user starts editing a cell just before the request that follows one with a summary line matching the pattern `asked` ("^Set .*\\.Values$": the data written). */
    cellEditAfter(asked: string) {
      behaviour.cellEditAfter = asked;
    },
    /** The user presses Enter: cell editing ends and requests that waited for it run. */
    endCellEdit() {
      behaviour.cellEditAtRequest = null;
      behaviour.cellEditAfter = null;
      state.cellEditMode = false;
      state.editWaiters.splice(0).forEach((resume) => resume());
    },
    cellEditing: () => state.cellEditMode,
    /** The `n`-th RichApi request from now, and the `times - 1` after it, are answered with Excel's error `code`. */
    answerWith(code: string, n = 1, times = 1) {
      behaviour.errorAtRequest = { at: richApiCount() + n, code, times };
    },
    limitAddresses(chars: number) {
      behaviour.addressLimit = chars;
    },
    /**
     * Excel refuses a request for its size: one whose ranges reach more than `cells` cells together, or a
     * `getRanges` address of more than `areas` areas, fails with `code`, from the RichApi request after
     * the next `afterRequests`; null lifts it.
     */
    limitCells(cells: number | null, code = "OperationCellsExceedLimit", areas = Number.POSITIVE_INFINITY, afterRequests = 0) {
      behaviour.cellLimit = cells === null ? null : { cells, areas, code, from: richApiCount() + 1 + afterRequests };
    },
    /** Print zooms of these kinds are taken without error and not kept (office-js #1860); [] keeps all again. */
    zoomDoesNotStick(kinds: ("fit" | "scale")[]) {
      behaviour.zoomIgnored = kinds;
    },
    limitSettings(chars: number) {
      behaviour.settingsLimit = chars;
    },
    /**
     * Protects the workbook's structure (Review › Protect Workbook): adding, deleting, renaming or moving a
     * sheet is refused with `AccessDenied` where it is asked; the error code real Excel gives is assumed.
     */
    protectStructure() {
      state.faults.push({ match: /^(WorksheetCollection\.add|Worksheet\.(delete|name|position))$/, code: "AccessDenied" });
    },
    /** Protects a sheet as staff (or an older template) would, with Excel's `WorksheetProtectionOptions`. */
    protectSheet(name: string, options: Record<string, unknown>) {
      protectInModel(sheet(name), options);
      draw();
    },
    sheetIds: () => Object.fromEntries(workbook.worksheets.map((w) => [w.name, sheetId(w)])),
    /**
     * Closes and opens the document again: the pane is loaded anew in a new conversation. `settings`:
     * "keep" them; "lost" (as reported on the web, Mac and desktop); "renumbered": each saved state
     * keyed by a sheet's id now sits under the id of the next sheet in tab order, as when Excel gives
     * position-shaped ids again after sheets were moved or deleted.
     */
    reopen(settings: "keep" | "lost" | "renumbered") {
      if (settings === "lost") state.settings.clear();
      if (settings === "renumbered") {
        const ids = workbook.worksheets.map((w) => sheetId(w));
        const next = (text: string) => ids.reduce((t, id, i) => t.split(id).join(`⟦${i}⟧`), text).replace(/⟦(\d+)⟧/g, (_m, i) => ids[(Number(i) + 1) % ids.length]);
        // Keys, and the list of keys document settings keep (below ExcelApi 1.4), both name ids.
        const moved = [...state.settings].map(([key, json]) => [next(key), next(json)] as const);
        state.settings.clear();
        for (const [key, json] of moved) state.settings.set(key, json);
      }
      open();
    },
  };
}

window.thiDuaHost = { ready: start() };
