/**
 * Trims, composes to NFC and collapses runs of whitespace (including non-breaking spaces) to one space.
 *
 * @example normalizeText("  Tỷ  lệ\u00a0(%) ") === "Tỷ lệ (%)"
 */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}
