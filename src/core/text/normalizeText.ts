import { memoize } from "./memoize";

// What collapsing would change: a space other than " ", two spaces in a row, or a zero-width space.
const UNUSUAL_SPACE = /[^\S ]| {2}|\u200b/;

/**
 * Trims, composes to NFC and collapses runs of whitespace (including non-breaking spaces) to one space.
 * Remembered: the same names and labels come again in every report, and each cell is asked for several
 * times. Text that is already so (most cells) is told in one pass, without composing it.
 *
 * @example normalizeText("  Tỷ  lệ\u00a0(%) ") === "Tỷ lệ (%)"
 */
export const normalizeText: (text: string) => string = memoize((text) => {
  if (isNormal(text)) return text;
  const composed = text.normalize("NFC");
  // Most cells are written with single spaces: only trimming is left to do, without a new string per space.
  return UNUSUAL_SPACE.test(composed) ? composed.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim() : composed.trim();
});

/**
 * Whether normalizing would give the text back unchanged, told in one pass without composing it: single
 * spaces, none at either end, and only characters NFC keeps as they are whatever follows them (Latin
 * letters with their Vietnamese forms, dashes, quotes, ≤ and ≥). Anything else (a combining mark, other
 * scripts, other spaces) is left to `normalize`.
 */
function isNormal(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (code < 0x7f) {
      if (code < 0x20) return false;
    } else if (!((code > 0xa0 && code < 0x300) || (code >= 0x1ea0 && code <= 0x1ef9) || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e) || code === 0x2264 || code === 0x2265)) {
      return false;
    }
  }
  return true;
}
