/**
 * Stands in for Office.js in the end-to-end test: the page's <script src=".../office.js"> is routed here.
 * It loads a real .xlsx (given by ?workbook= on the pane's URL) into ExcelJS, installs the Office
 * simulator over it, and exposes what the test asserts on as `window.thiDuaHarness`.
 */
import ExcelJS from "exceljs";
import { installOfficeSimulator, type OfficeSimulator } from "../../simulator";

interface CellLook {
  value: unknown;
  fill: string | null;
  font: string | null;
}

interface Harness {
  ready: Promise<OfficeSimulator>;
  sheetNames(): string[];
  cell(sheet: string, address: string): CellLook;
  cells(sheet: string): Record<string, CellLook>;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  syncs(): number;
}

declare global {
  interface Window {
    thiDuaHarness: Harness;
  }
}

const params = new URLSearchParams(window.location.search);
const workbookUrl = params.get("workbook");
const options = {
  apiLevel: params.get("api") ?? "1.13",
  displayLanguage: params.get("lang") ?? "vi-VN",
  platform: "OfficeOnline" as const,
  isDarkTheme: params.get("theme") === "dark",
};

async function open(): Promise<OfficeSimulator> {
  const workbook = new ExcelJS.Workbook();
  if (workbookUrl) {
    const response = await fetch(workbookUrl);
    await workbook.xlsx.load(await response.arrayBuffer());
  } else {
    workbook.addWorksheet("Sheet1");
  }
  return installOfficeSimulator(window, workbook, options);
}

// The pane calls Office.onReady as soon as its script runs; until the workbook is loaded, this placeholder
// stands in, and it hands the call to the simulated Office once installed. Defined before loading starts,
// so the simulator's own Office object always replaces it, never the other way round.
const placeholder = {
  onReady: (callback?: (info: unknown) => void): Promise<unknown> =>
    ready.then(() => {
      const office = (window as unknown as { Office: typeof placeholder }).Office;
      if (office === placeholder) throw new Error("The Office simulator was not installed.");
      return office.onReady(callback);
    }),
};
(window as unknown as { Office: unknown }).Office = placeholder;

const ready = open();

function argb(colour: unknown): string | null {
  const text = typeof colour === "object" && colour !== null ? (colour as { argb?: string }).argb : undefined;
  return text ? `#${text.slice(-6).toUpperCase()}` : null;
}

function look(cell: ExcelJS.Cell): CellLook {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
  return {
    value: cell.value,
    fill: fill && fill.type === "pattern" && fill.pattern === "solid" ? argb(fill.fgColor) : null,
    font: argb(cell.font?.color),
  };
}

let simulator: OfficeSimulator | null = null;
void ready.then((sim) => (simulator = sim));

function sheet(name: string): ExcelJS.Worksheet {
  const ws = simulator?.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

window.thiDuaHarness = {
  ready,
  sheetNames: () => simulator?.workbook.worksheets.map((w) => w.name) ?? [],
  cell: (name, address) => look(sheet(name).getCell(address)),
  cells(name) {
    const out: Record<string, CellLook> = {};
    sheet(name).eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out[cell.address] = look(cell);
      }),
    );
    return out;
  },
  selection: () => simulator?.selection ?? null,
  activeSheet: () => simulator?.activeSheet ?? null,
  syncs: () => simulator?.stats.syncs ?? 0,
};
