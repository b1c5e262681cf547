import type { ColumnRole } from "./columnRole";
import type { BandColumn } from "./headerBand";

/**
 * The column of a role whose figures are checked when several years stand side by side: the year
 * assessed, else a column without a year, else the latest year (the last such column on a tie). Other
 * years' columns are context, never checked.
 *
 * @example pickYearColumn(columns /* TH 2023 | KH 2024 | ƯTH 2024 *\/, "actual", 2024) // the ƯTH 2024 column
 */
export function pickYearColumn(columns: readonly BandColumn[], role: ColumnRole, year: number | null): number | null {
  const candidates = columns.filter((column) => column.role === role);
  if (candidates.length === 0) return null;
  const exact = year === null ? undefined : candidates.find((column) => column.year === year);
  if (exact !== undefined) return exact.column;
  const undated = candidates.find((column) => column.year === null);
  if (undated !== undefined) return undated.column;
  return candidates.reduce((best, column) => ((column.year ?? 0) >= (best.year ?? 0) ? column : best)).column;
}
