import { toSerialDate } from "./toOfficeValue";

/**
 * Whether a number format shows a date or time, as the reader of record decides it (it then reads the cell
 * as a date): a y, m, d, h, s or b outside quotes and brackets.
 *
 * @example isDateFormat("dd/mm/yyyy") === true; isDateFormat("0.0%") === false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let known = DATE_FORMATS.get(format);
  if (known === undefined) {
    // Only up to the last "]": a "[" after it closes nothing, and "[[[[…" would be searched to the end once for each.
    const last = format.lastIndexOf("]");
    const unbracketed = format.slice(0, last + 1).replace(/\[[^\]]*]/g, "") + format.slice(last + 1);
    known = /[ymdhMsb]/.test(unbracketed.replace(/"[^"]*"/g, ""));
    if (DATE_FORMATS.size >= MAX_REMEMBERED) DATE_FORMATS.clear();
    DATE_FORMATS.set(format, known);
  }
  return known;
}

// A workbook has a few formats, each asked for at every cell that uses it.
const DATE_FORMATS = new Map<string, boolean>();
const MAX_REMEMBERED = 1_024;

/**
 * A date cell's serial number as `Range.values` gives it through a reader that keeps dates to the
 * millisecond: the same number the ExcelJS reading gives, so both roads agree to the last digit.
 *
 * @example serialThroughDate(45636.5, false) === 45636.5
 */
export function serialThroughDate(serial: number, date1904: boolean): number {
  return toSerialDate(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)), date1904);
}
