/** A rectangle of cells, 1-based and inclusive, as the adapter plans its reads. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** What a used range or a loaded range says of where it lies. */
export interface Placed {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export function rectOf(p: Placed): Rect {
  return { r1: p.rowIndex + 1, c1: p.columnIndex + 1, r2: p.rowIndex + p.rowCount, c2: p.columnIndex + p.columnCount };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
  return r.r1 <= r.r2 && r.c1 <= r.c2 ? r : null;
}

export function cellCount(r: Rect): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

/**
 * A sheet's cells from A1 as they arrive in pieces: each loaded range is put where it lies, rows
 * padded on the left with blanks; rows stay as short as what was read (the core reads the rest as blank).
 */
export class GridFromA1 {
  readonly values: unknown[][] = [];
  readonly formats: string[][] = [];

  put(at: Placed, values: unknown[][], formats: string[][]): void {
    // Read once: on a loaded range each is a property getter that checks it was loaded.
    const { rowIndex, columnIndex } = at;
    for (let i = 0; i < values.length; i++) {
      const r = rowIndex + i;
      const row = (this.values[r] ??= []);
      const fmt = (this.formats[r] ??= []);
      while (row.length < columnIndex) row.push("");
      while (fmt.length < columnIndex) fmt.push("General");
      const from = values[i];
      const formatRow = formats[i];
      for (let j = 0; j < from.length; j++) {
        row[columnIndex + j] = from[j];
        fmt[columnIndex + j] = formatRow?.[j] ?? "General";
      }
    }
  }

  /** Rows 0 … `rows` - 1, each exactly `columns` wide, as `Range.values` of A1 to there would read. */
  cut(rows: number, columns: number): { values: unknown[][]; formats: string[][] } {
    const values: unknown[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rows; r++) {
      const row = (this.values[r] ?? []).slice(0, columns);
      const fmt = (this.formats[r] ?? []).slice(0, columns);
      while (row.length < columns) row.push("");
      while (fmt.length < columns) fmt.push("General");
      values.push(row);
      formats.push(fmt);
    }
    return { values, formats };
  }
}
