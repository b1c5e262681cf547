import { memoize } from "./memoize";

/**
 * Folds text for matching: lower case, no diacritics (đ → d), punctuation as spaces, single spaces.
 * Remembered, like `normalizeText`.
 *
 * @example foldText("Tỷ lệ huy động trẻ (5 tuổi)") === "ty le huy dong tre 5 tuoi"
 */
export const foldText: (text: string) => string = memoize(fold);

// One pass over the decomposed text, where every letter is an ASCII letter followed by its marks (đ and Đ
// aside, which Unicode does not decompose): anything else outside a–z and 0–9, whatever its case, is a
// separator. Composing first is not needed: decomposing gives the same text either way.
function fold(text: string): string {
  const decomposed = text.normalize("NFD");
  const codes: number[] = [];
  let gap = false;
  for (let i = 0; i < decomposed.length; i++) {
    let code = decomposed.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue;
    if (code === 0x110 || code === 0x111) code = 0x64;
    else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (gap && codes.length > 0) codes.push(0x20);
      gap = false;
      codes.push(code);
    } else gap = true;
  }
  let folded = "";
  for (let start = 0; start < codes.length; start += 8192) folded += String.fromCharCode(...codes.slice(start, start + 8192));
  return folded;
}
