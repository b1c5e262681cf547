import type { SheetClass } from "../checks/classifySheet";

/** A day of the calendar, as the ranking sheet dates its signature. */
export interface CalendarDay {
  day: number;
  month: number;
  year: number;
}

/**
 * The year assessed when no configuration gives one: the first year the sheets' titles name (the target
 * sheet's first), else the current one (docs/configuration.md#the-year-assessed).
 *
 * @example assessedYear([{ year: null }, { year: 2024 }], { day: 8, month: 12, year: 2026 }) === 2024
 */
export function assessedYear(titles: readonly Pick<SheetClass, "year">[], today: Pick<CalendarDay, "year">): number {
  return titles.find((title) => title.year !== null)?.year ?? today.year;
}

/**
 * A date as the calendar day it falls on, where it is read.
 *
 * @example calendarDay(new Date(2024, 11, 10)) → { day: 10, month: 12, year: 2024 }
 */
export function calendarDay(date: Date): CalendarDay {
  return { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() };
}
