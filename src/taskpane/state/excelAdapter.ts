import type { ExcelFailure } from "../../excel/failure";
import { isSupported } from "../../excel/isSupported";
import { listWorksheets } from "../../excel/listWorksheets";
import { describeFailure } from "../../excel/messages";
import { readWorksheets } from "../../excel/readWorksheets";
import { scanWorksheets } from "../../excel/scanWorksheets";
import { selectCell } from "../../excel/selectCell";
import { guardsSupported } from "../../excel/writeGuards";
import type { ExcelPort } from "./excelPort";

type Adapter = typeof import("../../excel");

// What the pane needs to open (listing and reading sheets) comes with it; what writes to the workbook
// (highlights, sheets, imports) is loaded on demand, starting as soon as the pane reads sheets to check.
const loadWriting = (): Promise<Adapter> => import(/* webpackChunkName: "excel-write" */ "../../excel");

function later<K extends "applyHighlights" | "clearHighlights" | "writeSheet" | "writeSheets" | "insertWorkbooks" | "renameSheets" | "writeCellValue">(name: K): Adapter[K] {
  return (async (...args: unknown[]) => {
    const adapter = await loadWriting();
    return (adapter[name] as (...a: unknown[]) => unknown)(...args);
  }) as Adapter[K];
}

/** The Office.js adapter, as the pane uses it inside Excel. */
export const excelAdapter: ExcelPort<ExcelFailure> = {
  listWorksheets,
  readWorksheets: (...args: Parameters<typeof readWorksheets>) => {
    loadWriting().catch(() => undefined);
    return readWorksheets(...args);
  },
  scanWorksheets,
  applyHighlights: later("applyHighlights"),
  clearHighlights: later("clearHighlights"),
  writeSheet: later("writeSheet"),
  writeSheets: later("writeSheets"),
  selectCell,
  writeCellValue: later("writeCellValue"),
  insertWorkbooks: later("insertWorkbooks"),
  renameSheets: later("renameSheets"),
  isSupported,
  guardsSupported,
  describeFailure,
};
