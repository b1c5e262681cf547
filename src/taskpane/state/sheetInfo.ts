/** A worksheet of the open workbook and what it looks like to the engine (`classifySheet`). */
export interface SheetInfo {
  name: string;
  layout: "targets" | "report" | "consolidated" | null;
  village: string | null;
  year: number | null;
  /** The sheet the user is looking at. */
  active?: boolean;
}
