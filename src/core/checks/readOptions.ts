import type { SheetCells } from "../model/cells";

// Checked by hand rather than through a schema: the check runs on every report, and the pane's first load
// stays free of a validation library.
function fields(options: unknown): Record<string, unknown> {
  return typeof options === "object" && options !== null && !Array.isArray(options) ? (options as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

// The period assessed, as the configuration gives it; anything else is the default (the whole year).
function period(value: unknown): "year" | "half" | undefined {
  return value === "year" || value === "half" ? value : undefined;
}

// The year assessed, as the configuration gives it; anything else is no year.
function year(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2200 ? value : undefined;
}

/**
 * The options of `checkReport` as the engine can trust them: a village or file name that is not text is
 * ignored, never a crash. Sheets themselves are checked where they are read (`toSheetGrid`).
 *
 * @example readCheckOptions({ village: 7, fileName: "Nà Lầu.xlsx" }) // { village: undefined, fileName: "Nà Lầu.xlsx", targets: undefined }
 */
export function readCheckOptions(options: unknown): { targets?: SheetCells; village?: string; fileName?: string; year?: number; period?: "year" | "half" } {
  const parsed = fields(options);
  return { targets: parsed.targets as SheetCells | undefined, village: text(parsed.village), fileName: text(parsed.fileName), year: year(parsed.year), period: period(parsed.period) };
}

/**
 * The options of `readVillageReports` as the engine can trust them.
 *
 * @example readBatchOptions({ fileNames: { Sheet1: "Nà Lầu.xlsx", Sheet2: 3 } }).fileNames // { Sheet1: "Nà Lầu.xlsx", Sheet2: "" }
 */
export function readBatchOptions(options: unknown): { targets?: SheetCells; fileNames?: Record<string, string>; year?: number; period?: "year" | "half" } {
  const parsed = fields(options);
  const names = parsed.fileNames;
  const fileNames =
    typeof names === "object" && names !== null && !Array.isArray(names)
      ? Object.fromEntries(Object.entries(names).map(([sheet, name]) => [sheet, typeof name === "string" ? name : ""]))
      : undefined;
  return { targets: parsed.targets as SheetCells | undefined, fileNames, year: year(parsed.year), period: period(parsed.period) };
}
