import type { ColumnRole } from "./columnRole";
import type { BandColumn } from "./headerBand";
import { labelPeriod, type LabelPeriod } from "./labelYear";

/** The review assessed: the whole year (tổng kết) or its first half (sơ kết). */
export type AssessedPeriod = "year" | "half";

/** The column read for a role, and the other columns of the same year and period it was chosen over. */
export interface ColumnChoice {
  column: number;
  others: number[];
}

/**
 * The column of a role whose figures are checked when several years or periods stand side by side: the
 * year assessed, else a column without a year, else the latest year (the last such column on a tie);
 * among those, the period assessed (docs/reading-tables.md#layouts): for the year "Ước thực hiện năm" / "Thực hiện năm" (or a
 * label naming no period) before "Thực hiện 6 tháng", for the half year the "6 tháng" column. A plan is
 * always the year's (the mid-year review halves it, docs/scoring.md#scoring-and-ranking). Other years' and periods' columns are
 * context, never checked.
 *
 * @example pickYearColumn(columns /* KH năm 2024 | TH 6 tháng 2024 | ƯTH năm 2024 *\/, "actual", 2024, "year") // the ƯTH năm 2024 column
 */
export function pickYearColumn(columns: readonly BandColumn[], role: ColumnRole, year: number | null, period: AssessedPeriod = "year"): number | null {
  return chooseColumn(columns, role, year, period)?.column ?? null;
}

/**
 * `pickYearColumn` with the columns of the same year and period it was chosen over (two actual columns
 * of the year assessed: which one was read is worth a word).
 *
 * @example chooseColumn(columns /* TH 2024 | ƯTH 2024 *\/, "actual", 2024, "year") // { column: 3, others: [4] }
 */
export function chooseColumn(columns: readonly BandColumn[], role: ColumnRole, year: number | null, period: AssessedPeriod = "year"): ColumnChoice | null {
  const candidates = columns.filter((column) => column.role === role);
  if (candidates.length === 0) return null;
  const exact = year === null ? [] : candidates.filter((column) => column.year === year);
  if (exact.length > 0) return firstOf(ofPeriod(exact, role === "target" ? "year" : period), "first");
  const undated = candidates.filter((column) => column.year === null);
  if (undated.length > 0) return firstOf(ofPeriod(undated, role === "target" ? "year" : period), "first");
  const latest = Math.max(...candidates.map((column) => column.year ?? 0));
  return firstOf(ofPeriod(candidates.filter((column) => column.year === latest), role === "target" ? "year" : period), "last");
}

// The columns of the period assessed, else those naming no period, else all of them.
function ofPeriod(columns: BandColumn[], period: AssessedPeriod): BandColumn[] {
  const periods = columns.map(periodOf);
  const named = columns.filter((_, index) => periods[index] === period);
  if (named.length > 0) return named;
  const plain = columns.filter((_, index) => periods[index] === null);
  return plain.length > 0 ? plain : columns;
}

function firstOf(columns: BandColumn[], which: "first" | "last"): ColumnChoice {
  const chosen = which === "first" ? columns[0] : columns[columns.length - 1];
  return { column: chosen.column, others: columns.filter((column) => column !== chosen).map((column) => column.column) };
}

// The period of a column: its own label's, else its nearest parent's ("6 tháng đầu năm" over "KH | TH").
function periodOf(column: BandColumn): LabelPeriod | null {
  const own = labelPeriod(column.label);
  if (own !== null) return own;
  for (let index = column.parents.length - 1; index >= 0; index--) {
    const parent = labelPeriod(column.parents[index].label);
    if (parent !== null) return parent;
  }
  return null;
}
