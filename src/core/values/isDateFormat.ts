/**
 * Whether an Excel number format shows its value as a date or a time ("dd/mm/yyyy", "m/d/yy h:mm",
 * "[$-42A]dd/mm/yyyy", "[h]:mm"). Text in quotes, escaped characters and locale or colour tags do
 * not count; "General" and number formats are not dates.
 *
 * @example isDateFormat("dd/mm/yyyy") // true
 * @example isDateFormat("#,##0.0") // false
 */
export function isDateFormat(format: string): boolean {
  const codes = format
    .replace(/"[^"]*"?/g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]?/gi, "")
    .replace(/[\\_*]./g, "");
  return !/general/i.test(codes) && /[dmyhs]/i.test(codes);
}

/** Which parts of a date format shows: the calendar date, the time of day, or both. */
export function dateFormatParts(format: string): { date: boolean; time: boolean } {
  const codes = format.replace(/"[^"]*"?/g, "").replace(/\[(?![hms]+\])[^\]]*\]?/gi, "").toLowerCase();
  const time = /[hs]/.test(codes);
  return { date: /[dy]/.test(codes) || (!time && /m/.test(codes)), time };
}
