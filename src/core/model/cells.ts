/**
 * A worksheet's cells as Excel gives them: `Range.values` (strings, numbers, booleans, "" for blank,
 * error strings such as "#DIV/0!") and `Range.numberFormat`, both row-major from cell A1 of the sheet.
 * `formats` may be shorter than `values` (missing entries mean "General").
 */
export interface SheetCells {
  name: string;
  values: unknown[][];
  formats: string[][];
  /**
   * A value far outside the table that was left out of `values` when the sheet was read within its table
   * (its A1 address, or the range it lies in): named as `sheet/stray-values` (docs/reading-tables.md#where-a-table-ends).
   */
  outside?: string;
}

/** Result of an operation that can fail in an expected way: failures are data, not exceptions. */
export type Result<T, F> = { ok: true; value: T } | { ok: false; failures: F };
