import { memoize } from "./memoize";
import { normalizeText } from "./normalizeText";

/**
 * Folds text for matching: lower case, no diacritics (đ → d), punctuation as spaces, single spaces.
 * Remembered, like `normalizeText`.
 *
 * @example foldText("Tỷ lệ huy động trẻ (5 tuổi)") === "ty le huy dong tre 5 tuoi"
 */
export const foldText: (text: string) => string = memoize((text) =>
  normalizeText(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim(),
);
