/**
 * Cuts a long indicator name to fit a terminal column, marking the cut with "…".
 *
 * @example shorten("Tổng sản lượng lương thực có hạt", 20) === "Tổng sản lượng lươn…"
 */
export function shorten(text: string, max: number): string {
  const chars = [...text.normalize("NFC")];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
