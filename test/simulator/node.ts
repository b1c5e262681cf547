import * as ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { OfficeSimulator } from "./install";

/** Node-only helpers around the simulator: load a workbook from a file, save what a test produced. */

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Saves the simulated workbook so a test's result can be opened in Excel; the active sheet is kept. */
export async function saveWorkbook(sim: OfficeSimulator, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const active = sim.activeSheet;
  const index = Math.max(0, sim.workbook.worksheets.findIndex((w) => w.name === active));
  sim.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" }];
  await sim.workbook.xlsx.writeFile(path);
}

/** A copy of a workbook through .xlsx bytes, so each test starts from the same file. */
export async function cloneWorkbook(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await wb.xlsx.writeBuffer());
  return copy;
}
