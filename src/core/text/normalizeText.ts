import { memoize } from "./memoize";

// What collapsing would change: a space other than " ", two spaces in a row, or a zero-width space.
const UNUSUAL_SPACE = /[^\S ]| {2}|\u200b/;

/**
 * Trims, composes to NFC and collapses runs of whitespace (including non-breaking spaces) to one space.
 * Remembered: the same names and labels come again in every report.
 *
 * @example normalizeText("  Tỷ  lệ\u00a0(%) ") === "Tỷ lệ (%)"
 */
export const normalizeText: (text: string) => string = memoize((text) => {
  const composed = text.normalize("NFC");
  // Most cells are written with single spaces: only trimming is left to do, without a new string per space.
  return UNUSUAL_SPACE.test(composed) ? composed.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim() : composed.trim();
});
