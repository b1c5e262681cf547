/** One figure of CONTRIBUTING.md#quality-bars as a benchmark measured it, beside its bar. */
export interface Figure {
  figure: string;
  measured: string;
  bar: string;
  /** Whether the figure meets its bar; null where the bench only reports it. */
  met: boolean | null;
}

/** What a benchmark returns: its detailed lines, and its figures for the table of bars. */
export interface BenchResult {
  lines: string[];
  figures: Figure[];
}

/**
 * The figures as a table of four columns (figure, measured, bar, met?), padded to line up.
 *
 * @example figureTable([{ figure: "check 60 indicators", measured: "0.71 ms", bar: "1 ms", met: true }])
 */
export function figureTable(figures: readonly Figure[]): string[] {
  const rows = [["figure", "measured", "bar", "met?"], ...figures.map((f) => [f.figure, f.measured, f.bar, f.met === null ? "-" : f.met ? "yes" : "NO"])];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const text = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join(" | ").trimEnd());
  return [text[0], widths.map((width) => "-".repeat(width)).join("-|-"), ...text.slice(1)];
}
