import { isVietnameseSyllable } from "./isVietnameseSyllable";
import {
  TCVN3_TO_UNICODE,
  VNI_BREVE_MARKS,
  VNI_CIRCUMFLEX_MARKS,
  VNI_SINGLE_LETTERS,
  VNI_TONE_MARKS,
} from "./legacyTables";

export type LegacyEncoding = "tcvn3" | "vni";

// Windows-1252 punctuation (bytes 0x80–0x9F) that legacy text may carry: quotes, dashes, ellipsis
const CP1252_PUNCTUATION = /[\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/gu;
// a word, counting every Latin-1 symbol as part of it: legacy codes such as "µ" or "·" sit inside words
const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;

/**
 * Detects text typed with a legacy Vietnamese font and converts it to NFC Unicode.
 *
 * - TCVN3 (ABC, .VnTime): "Céng hoµ x· héi" → "Cộng hoà xã hội". Capital fonts (.VnTimeH) use the
 *   lower-case codes; when the words around them are typed in capitals, the result is upper-cased.
 * - VNI-Windows: a base letter then mark bytes, "Vieät Nam" → "Việt Nam", "Ñaït" → "Đạt".
 *
 * Text is taken as legacy only when it holds nothing beyond Latin-1 (real Unicode Vietnamese nearly
 * always does), it does not already read as Vietnamese or English words, and the conversion makes
 * every accented word a well-formed Vietnamese syllable (one word in ten may be off, for typos).
 * Returns null otherwise, so "Có", "Khá", "hoà", "café" and all Unicode text stay as written.
 *
 * @example decodeLegacyText("§¹t") // { text: "Đạt", encoding: "tcvn3" }
 * @example decodeLegacyText("Ñaït") // { text: "Đạt", encoding: "vni" }
 * @example decodeLegacyText("Đạt") // null
 */
export function decodeLegacyText(text: string): { text: string; encoding: LegacyEncoding } | null {
  const source = text.normalize("NFC");
  const bare = source.replace(CP1252_PUNCTUATION, "");
  if (!/[\u00a1-\u00ff]/u.test(bare) || /[^\p{ASCII}\u0080-\u00ff]/u.test(bare)) return null;
  if (offWords(source) === 0) return null;
  const candidates = [
    { text: fromTcvn3(source), encoding: "tcvn3" as const },
    { text: fromVni(source), encoding: "vni" as const },
  ]
    .filter((candidate) => candidate.text !== source && readsAsVietnamese(candidate.text))
    // the reading with fewer odd words wins; then fewer loan-word spellings ("roọng" against VNI
    // "rộng"); then TCVN3, the northern provinces' standard
    .sort((a, b) => offWords(a.text) - offWords(b.text) || rareWords(a.text) - rareWords(b.text));
  return candidates[0] ?? null;
}

/**
 * Converts text from a legacy encoding without asking whether it is one, for cells of a sheet already
 * known to be legacy, where short words ("hé" = "hộ") give too little evidence on their own.
 *
 * @example convertLegacyText("40 hé", "tcvn3") // "40 hộ"
 */
export function convertLegacyText(text: string, encoding: LegacyEncoding): string {
  const source = text.normalize("NFC");
  return encoding === "tcvn3" ? fromTcvn3(source) : fromVni(source);
}

// abbreviations such as "ĐVT", "LĐ": consonants only, so no syllable to check
const ABBREVIATION = /^[b-df-hj-np-tv-zđ]+$/iu;

/** Words with a non-ASCII letter that are not a Vietnamese syllable, or that switch to a capital
 * mid-word ("tÊn": TCVN3 "tấn" reads as the Unicode word "tên" but no one types it so). */
function offWords(text: string): number {
  return accentedWords(text).filter(
    (word) => !ABBREVIATION.test(word) && (/\p{Ll}\p{Lu}/u.test(word) || !isVietnameseSyllable(word)),
  ).length;
}

/** Words spelled as only loan words are ("xoong", "boong"): a vowel doubled. */
function rareWords(text: string): number {
  return accentedWords(text).filter((word) => /([aeiouy])\1/iu.test(word.normalize("NFD"))).length;
}

function accentedWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => /[^\p{ASCII}]/u.test(word));
}

// a lone symbol ("×", "©") is no evidence: legacy text has at least one accented word of two letters
function readsAsVietnamese(text: string): boolean {
  const words = accentedWords(text);
  const hasWord = words.some((word) => word.length >= 2);
  return hasWord && offWords(text) <= Math.floor(words.length / 10);
}

function fromTcvn3(text: string): string {
  const converted = Array.from(text, (char) => TCVN3_TO_UNICODE[char] ?? char).join("");
  return (typedInCapitals(text) ? converted.toUpperCase() : converted).normalize("NFC");
}

/** Whether TCVN3 text was typed in a capital font: its words with legacy codes have only capital
 * plain letters, and some has two or more ("CéNG HOµ", but not the title-case "Sè L§"). */
function typedInCapitals(text: string): boolean {
  const legacyWords = (text.match(WORD) ?? []).filter((word) => /[\u00a1-\u00ff]/u.test(word));
  const plain = legacyWords.map((word) => word.replace(/[^A-Za-z]/g, ""));
  return plain.every((letters) => letters === letters.toUpperCase()) && plain.some((letters) => letters.length >= 2);
}

function fromVni(text: string): string {
  const out: string[] = [];
  for (const char of text) {
    const previous = out.length > 0 ? out[out.length - 1] : "";
    const mark = vniMark(previous, char.toLowerCase());
    if (mark !== null) out[out.length - 1] = previous + mark;
    else out.push(VNI_SINGLE_LETTERS[char] ?? char);
  }
  return out.join("").normalize("NFC");
}

/** The combining marks a VNI mark byte adds to the letter before it, or null when it adds none. */
function vniMark(previous: string, mark: string): string | null {
  const letter = previous.normalize("NFD").toLowerCase();
  const base = letter.charAt(0);
  const marks = letter.slice(1);
  const toned = /[\u0300\u0301\u0303\u0309\u0323]/u.test(marks);
  if (VNI_TONE_MARKS[mark] && /[aeiouy]/.test(base) && !toned) return VNI_TONE_MARKS[mark];
  if (VNI_CIRCUMFLEX_MARKS[mark] && /[aeo]/.test(base) && marks === "") return VNI_CIRCUMFLEX_MARKS[mark];
  if (VNI_BREVE_MARKS[mark] && base === "a" && marks === "") return VNI_BREVE_MARKS[mark];
  return null;
}
