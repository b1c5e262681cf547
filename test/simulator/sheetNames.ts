import type * as ExcelJS from "exceljs";
import { ERROR_TEXT, simError } from "./errors";

/** Excel's rules for worksheet names (notes docs/reading-tables.md#values): fails like `worksheets.add` and `name =` do. */
export function assertSheetName(wb: ExcelJS.Workbook, name: unknown, self: ExcelJS.Worksheet | null, where: string): string {
  if (typeof name !== "string") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
  const bad = name.trim() === "" || name.length > 31 || /[/\\?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history";
  if (bad) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
  const clash = wb.worksheets.find((ws) => ws !== self && ws.name.toLowerCase() === name.toLowerCase());
  if (clash) throw simError("ItemAlreadyExists", ERROR_TEXT.ItemAlreadyExists, where);
  return name;
}

export function findSheet(wb: ExcelJS.Workbook, key: string): ExcelJS.Worksheet | null {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === key.toLowerCase() || sheetId(ws) === key) ?? null;
}

/** A stable id per sheet, shaped like Excel's GUIDs. */
export function sheetId(ws: ExcelJS.Worksheet): string {
  return `{00000000-0001-0000-${String(ws.id).padStart(4, "0")}-000000000000}`;
}

/** A name Excel would give an inserted sheet whose name is taken: "Name (2)", "Name (3)" … */
export function freeName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = (n: string) => wb.worksheets.some((ws) => ws.name.toLowerCase() === n.toLowerCase());
  if (!taken(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

/** Moves a sheet to a zero-based position among all sheets. */
export function moveSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, position: number): void {
  const order = wb.worksheets.filter((w) => w !== ws);
  order.splice(Math.max(0, Math.min(position, order.length)), 0, ws);
  order.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
}

