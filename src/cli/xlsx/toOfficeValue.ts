import { type Cell, ValueType } from "exceljs";

/**
 * What `Range.values` holds for one cell: a string, a number or a boolean; "" for blank. A formula whose
 * file holds no calculated value (written by a program, never opened in Excel) is `{ formula }`, which
 * the core reads as "uncalculated" (docs/reading-tables.md#checks-and-findings `value/uncalculated`); Excel itself never gives one.
 */
export type OfficeValue = string | number | boolean | UncalculatedFormula;

/** A formula cell without a calculated value, as the core reads it (see `readCell`). */
export interface UncalculatedFormula {
  formula: string;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
// 1970-01-01 is serial 25569 in the 1900 date system; the 1904 system counts from 1904-01-01.
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/**
 * The serial number Excel stores for a date (OADate), as `Range.values` returns it.
 * ExcelJS reads date-formatted numbers as UTC dates; this undoes that exactly.
 *
 * @example toSerialDate(new Date(Date.UTC(2024, 11, 10)), false) === 45636
 */
export function toSerialDate(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
  // Undo the float noise of the division so whole days stay whole.
  return Math.round(serial * 1e10) / 1e10;
}

/**
 * Turns a cell as ExcelJS reads it into the value Office.js would give for it: formula cells give their
 * cached result (`{ formula }` when none: see `OfficeValue`), rich text its plain text, hyperlinks their text, errors "#DIV/0!" etc.,
 * dates their serial number; cells covered by a merge (not its top-left) are "".
 *
 * @example toOfficeValue(sheet.getCell("E12"), false) === 1417
 */
export function toOfficeValue(cell: Cell, date1904: boolean): OfficeValue {
  // ExcelJS answers a merged cell's value with its master's; Excel keeps the value in the top-left only.
  if (cell.type === ValueType.Merge) return "";
  // `cell.value` drops falsy formula results (0, false, ""), so the formula's result is read directly.
  if (cell.type === ValueType.Formula) {
    if (cell.result === undefined || cell.result === null) return { formula: `=${String(cell.formula ?? "")}` };
    return fromValue(cell.result, date1904);
  }
  return fromValue(cell.value, date1904);
}

function fromValue(value: unknown, date1904: boolean): OfficeValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return toSerialDate(value, date1904);
  if (typeof value !== "object") return "";
  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return object.error;
  if (Array.isArray(object.richText)) return richTextToPlain(object.richText);
  if ("hyperlink" in object || "text" in object) return fromValue(object.text, date1904);
  if ("formula" in object || "sharedFormula" in object) return fromValue(object.result, date1904);
  return "";
}

function richTextToPlain(runs: unknown[]): string {
  return runs.map((run) => (run && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
}
