/**
 * A worksheet's cells as Excel gives them: `Range.values` (strings, numbers, booleans, "" for blank,
 * error strings such as "#DIV/0!") and `Range.numberFormat`, both row-major from cell A1 of the sheet.
 * `formats` may be shorter than `values` (missing entries mean "General").
 */
export interface SheetCells {
  name: string;
  values: unknown[][];
  formats: string[][];
}

/** Result of an operation that can fail in an expected way: failures are data, not exceptions. */
export type Result<T, F> = { ok: true; value: T } | { ok: false; failures: F };
