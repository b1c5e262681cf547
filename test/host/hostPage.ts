/**
 * The host page of the emulator: opens a workbook in the shared model, frames the add-in the way Excel on
 * the web does (`_host_Info` and `_xdm_Info`), answers it over XDM and draws the active sheet beside it.
 * Query: `pane` (the add-in's URL), `workbook` (an .xlsx to open; none: one empty sheet), `api` (the
 * ExcelApi level declared, default "1.17"), `lang` (display language, default "vi-VN").
 * What the tests read is `window.thiDuaHost`.
 */
import ExcelJS from "exceljs";
import { officeValue } from "../simulator/cellValues";
import { cellValidations, createHostState, sheetProtection } from "../simulator/hostState";
import { findSheet } from "../simulator/sheetNames";
import { drawActiveSheet } from "./gridView";
import { startXdmHost, type WireRequest, type XdmHost } from "./xdmHost";

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
const conversationId = "thidua_conv_1";
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
  const host: XdmHost = startXdmHost(frame, state, { apiLevel, displayLanguage, conversationId, controlId, paneOrigin: paneUrl.origin, onChange: draw });
  drawActiveSheet(sheetView, state);
  const hostInfo = ["excel", "web", "16.00", displayLanguage.toLowerCase(), "", "", "disableLogging", "0"].join("|");
  paneUrl.searchParams.set("_host_Info", hostInfo);
  frame.src = `${paneUrl.href}#&_xdm_Info=${conversationId}|${controlId}|${window.location.origin}`;

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
    guards: (name: string) => guards(sheet(name)),
    merges: (name: string) => Object.keys((sheet(name) as unknown as { _merges: Record<string, unknown> })._merges),
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(v)])),
    requests: (): WireRequest[] => host.requests.map((r) => ({ ...r })),
    settingsSaves: () => host.settingsSaves,
    unimplemented: () => [...host.unimplemented],
    log: () => host.log,
  };
}

window.thiDuaHost = { ready: start() };
