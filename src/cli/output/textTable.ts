/** How a column's cells line up. */
export type Align = "left" | "right";

/**
 * Lays out rows as a plain text table with a rule under the heading, for a terminal.
 * Widths count characters after NFC composition, so Vietnamese letters take one column each.
 *
 * @example
 * textTable(["Hạng", "Thôn"], [["1", "Thôn Nà Lầu"]], ["right", "left"])
 * // "Hạng  Thôn\n----  -----------\n   1  Thôn Nà Lầu"
 */
export function textTable(headings: string[], rows: string[][], align: Align[]): string {
  return textTableLines(headings, rows, align).join("\n");
}

/**
 * The lines of `textTable`, for output written a piece at a time: the same text, never joined whole.
 *
 * @example textTableLines(["Hạng", "Thôn"], [["1", "Thôn Nà Lầu"]], ["right", "left"]) // ["Hạng  Thôn", "----  -----------", "   1  Thôn Nà Lầu"]
 */
export function textTableLines(headings: string[], rows: string[][], align: Align[]): string[] {
  const all = [headings, ...rows].map((row) => row.map((cell) => cell.normalize("NFC")));
  // reduce, not Math.max(...rows): one argument per row overflows the stack past ~126 000 rows.
  const widths = headings.map((_, column) => all.reduce((widest, row) => Math.max(widest, [...(row[column] ?? "")].length), 0));
  const line = (row: string[]) =>
    row
      .map((cell, column) => pad(cell, widths[column], align[column] ?? "left"))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(all[0]), rule, ...all.slice(1).map(line)];
}

function pad(text: string, width: number, align: Align): string {
  const gap = " ".repeat(Math.max(0, width - [...text].length));
  return align === "right" ? gap + text : text + gap;
}
