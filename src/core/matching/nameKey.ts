import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";
import { memoize } from "../text/memoize";

/**
 * A name for exact matching: NFC, lower case, punctuation as spaces, single spaces; diacritics kept.
 *
 * @example nameKey("Tỷ lệ  huy động trẻ (5 tuổi).") === "tỷ lệ huy động trẻ 5 tuổi"
 */
export const nameKey: (name: string) => string = memoize((name) =>
  normalizeText(name)
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim(),
);

/**
 * A name for matching without diacritics (people type "Ty le" for "Tỷ lệ").
 *
 * @example foldedKey("Tỷ lệ huy động") === "ty le huy dong"
 */
export const foldedKey: (name: string) => string = foldText;
