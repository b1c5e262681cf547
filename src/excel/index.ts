/**
 * The Office.js adapter: reads sheets as cells for the core, writes highlights and sheets the core
 * describes. Every function returns a result; Office errors become typed failures (`describeFailure`).
 */
export type { ExcelFailure, ExcelResult } from "./failure";
export { describeFailure } from "./messages";
export { listWorksheets, readActiveWorksheetName, type WorksheetInfo } from "./listWorksheets";
export { readWorksheets } from "./readWorksheets";
export { scanWorksheets, type SheetScan, type ScanOptions } from "./scanWorksheets";
export type { Outside } from "./outsideTable";
export { applyHighlights, clearHighlights, type HighlightsApplied } from "./highlights";
export { writeSheet, writeSheets } from "./writeSheet";
export { selectCell } from "./selectCell";
export { writeCellValue } from "./writeCellValue";
export { insertWorkbooks } from "./insertWorkbooks";
export { renameSheets } from "./renameSheets";
export { isSupported, type Feature } from "./isSupported";
export { guardsSupported } from "./writeGuards";
