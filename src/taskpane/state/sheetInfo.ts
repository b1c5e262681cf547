/** A worksheet of the open workbook and what it looks like to the engine (`classifySheet`). */
export interface SheetInfo {
  name: string;
  layout: "targets" | "report" | "consolidated" | null;
  village: string | null;
  /** A consolidated sheet's villages, one per village column, in order. */
  villages?: string[];
  year: number | null;
  /** The sheet the user is looking at. */
  active?: boolean;
  /** Why the sheet is not (wholly) usable, in the pane's words; absent when all is well. */
  problem?: SheetProblem;
}

/**
 * What the scan could not do with a sheet: read it at all (`unreadable`, with the adapter's words), read
 * values far outside its table (`outside`), or find a table in its first rows (`no-table`).
 */
export type SheetProblem =
  | { kind: "unreadable"; text: string }
  | { kind: "outside"; address: string; single: boolean }
  | { kind: "no-table"; address: string | null };
