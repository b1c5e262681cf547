import { memoize } from "./memoize";

/**
 * Trims, composes to NFC and collapses runs of whitespace (including non-breaking spaces) to one space.
 * Remembered: the same names and labels come again in every report.
 *
 * @example normalizeText("  Tỷ  lệ\u00a0(%) ") === "Tỷ lệ (%)"
 */
export const normalizeText: (text: string) => string = memoize((text) => text.normalize("NFC").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim());
