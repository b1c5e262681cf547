import { type CellReading, readCell } from "../values/readCell";

/** A sheet's cells once checked at the edge of the core: every row an array, every format a string. */
export interface SheetGrid {
  name: string;
  values: readonly (readonly unknown[])[];
  formats: readonly (readonly string[])[];
}

const EMPTY_ROW: readonly unknown[] = [];
const NO_FORMATS: readonly string[] = [];

// Each part falls back on its own so that a sheet with one odd part still yields what it can. Checked by
// hand rather than through a schema: it runs on every sheet the pane reads, and keeps the pane's first
// load free of a validation library.
function sheetParts(input: unknown): { name: string; values: unknown[]; formats: unknown[] } {
  const sheet: Record<string, unknown> = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  return {
    name: typeof sheet.name === "string" ? sheet.name : "",
    values: Array.isArray(sheet.values) ? sheet.values : [],
    formats: Array.isArray(sheet.formats) ? sheet.formats : [],
  };
}

/**
 * Turns whatever arrives as `SheetCells` into a grid the readers can trust: a non-array row reads as an
 * empty row, a format that is not text reads as "General". Never throws; ragged rows are kept as they are.
 *
 * @example toSheetGrid({ name: "Nà Lầu", values: [["TT", 1], "oops"], formats: [] }).values[1] // []
 */
export function toSheetGrid(input: unknown): SheetGrid {
  const sheet = sheetParts(input);
  return {
    name: sheet.name.normalize("NFC").trim() || "Sheet1",
    values: sheet.values.map((row) => (Array.isArray(row) ? row : EMPTY_ROW)),
    formats: sheet.formats.map((row) => (Array.isArray(row) ? textFormats(row) : NO_FORMATS)),
  };
}

/** A row's formats, copied only when one of them is not text (a 50 000-row sheet's rows are all text). */
function textFormats(row: readonly unknown[]): readonly string[] {
  for (const format of row) if (typeof format !== "string") return row.map((f) => (typeof f === "string" ? f : ""));
  return row as readonly string[];
}

/**
 * The value at a 0-based row and column, undefined outside the grid.
 *
 * @example valueAt(grid, 0, 1) === "Chỉ tiêu"
 */
export function valueAt(grid: SheetGrid, row: number, column: number): unknown {
  return grid.values[row]?.[column];
}

/**
 * The number format at a 0-based row and column, "" (General) when none is given.
 *
 * @example formatAt(grid, 11, 4) === "0%"
 */
export function formatAt(grid: SheetGrid, row: number, column: number): string {
  return grid.formats[row]?.[column] ?? "";
}

const MISSING: CellReading = { type: "missing" };

/**
 * The reading of a cell (see `readCell`); blank cells, the most common ones, are answered at once.
 *
 * @example readCellAt(grid, 11, 4) // { type: "number", value: 35, … }
 */
export function readCellAt(grid: SheetGrid, row: number, column: number): CellReading {
  const value = grid.values[row]?.[column];
  if (value === "" || value === null || value === undefined) return MISSING;
  return readCell(value, grid.formats[row]?.[column] ?? "");
}
