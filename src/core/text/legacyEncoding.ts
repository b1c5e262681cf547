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
  if (!/[^\p{ASCII}]/u.test(text)) return null;
  const source = text.normalize("NFC");
  const bare = source.replace(CP1252_PUNCTUATION, "");
  if (!/[\u00a1-\u00ff]/u.test(bare) || /[^\p{ASCII}\u0080-\u00ff]/u.test(bare)) return null;
  // every village's sheet repeats the template's names: remember the few hundred seen last
  const known = decoded.get(source);
  if (known !== undefined) return known === null ? null : { ...known };
  if (decoded.size > 2000) decoded.clear();
  const answer = decode(source);
  decoded.set(source, answer);
  return answer === null ? null : { ...answer };
}

const decoded = new Map<string, { text: string; encoding: LegacyEncoding } | null>();

function decode(source: string): { text: string; encoding: LegacyEncoding } | null {
  if (judge(source).off === 0) return null;
  const candidates = [
    { text: fromTcvn3(source), encoding: "tcvn3" as const },
    { text: fromVni(source), encoding: "vni" as const },
  ]
    .filter((candidate) => candidate.text !== source)
    .map((candidate) => ({ ...candidate, ...judge(candidate.text) }))
    .filter((candidate) => candidate.long && candidate.off <= Math.floor(candidate.words / 10))
    // the reading with fewer odd words wins; then fewer loan-word spellings ("roọng" against VNI
    // "rộng"); then TCVN3, the northern provinces' standard
    .sort((a, b) => a.off - b.off || a.rare - b.rare);
  return candidates.length > 0 ? { text: candidates[0].text, encoding: candidates[0].encoding } : null;
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
// a vowel doubled: spelled so only in loan words ("xoong", "boong")
const DOUBLED_VOWEL = /([aeiouy])\1/iu;

interface Judgement {
  /** Words with a non-ASCII letter. */
  words: number;
  /** Of those, the ones that are not Vietnamese: not a syllable, or switching to a capital mid-word
   * ("tÊn": TCVN3 "tấn" reads as the Unicode word "tên", but no one types it so). */
  off: number;
  /** Of those, the loan-word spellings. */
  rare: number;
  /** Whether one has two letters or more: a lone symbol ("×", "©") is no evidence. */
  long: boolean;
}

function judge(text: string): Judgement {
  const words = (text.match(WORD) ?? []).filter((word) => /[^\p{ASCII}]/u.test(word));
  const off = words.filter((word) => !ABBREVIATION.test(word) && (/\p{Ll}\p{Lu}/u.test(word) || !isVietnameseSyllable(word)));
  const rare = words.filter((word) => DOUBLED_VOWEL.test(word.normalize("NFD")));
  return { words: words.length, off: off.length, rare: rare.length, long: words.some((word) => word.length >= 2) };
}

function fromTcvn3(text: string): string {
  let converted = "";
  for (const char of text) converted += char < "\u00a1" ? char : (TCVN3_TO_UNICODE[char] ?? char);
  return (typedInCapitals(text) ? converted.toUpperCase() : converted).normalize("NFC");
}

/** Whether TCVN3 text was typed in a capital font: its words with legacy codes have only capital
 * plain letters, and some has two or more ("CéNG HOµ", but not the title-case "Sè L§"). */
function typedInCapitals(text: string): boolean {
  const legacyWords = (text.match(WORD) ?? []).filter((word) => /[\u00a1-\u00ff]/u.test(word));
  const plain = legacyWords.map((word) => word.replace(/[^A-Za-z]/g, ""));
  return plain.every((letters) => letters === letters.toUpperCase()) && plain.some((letters) => letters.length >= 2);
}

interface VniLetter {
  text: string;
  /** The bare letter, lower case: "a" for "ấ". */
  base: string;
  shaped: boolean;
  toned: boolean;
}

function fromVni(text: string): string {
  const out: VniLetter[] = [];
  for (const char of text) {
    const previous = out.length > 0 ? out[out.length - 1] : null;
    const mark = previous === null ? null : vniMark(previous, char.toLowerCase());
    if (previous !== null && mark !== null) {
      previous.text += mark.marks;
      previous.shaped ||= mark.shape;
      previous.toned ||= mark.tone;
      continue;
    }
    const letter = VNI_SINGLE_LETTERS[char] ?? char;
    if (letter < "\u0080") {
      out.push({ text: letter, base: letter.toLowerCase(), shaped: false, toned: false });
      continue;
    }
    const decomposed = letter.normalize("NFD");
    const base = decomposed.charAt(0).toLowerCase();
    out.push({ text: letter, base, shaped: /[\u0302\u0306\u031b]/u.test(decomposed), toned: /[\u0300\u0301\u0303\u0309\u0323]/u.test(decomposed) });
  }
  return out.map((letter) => letter.text).join("").normalize("NFC");
}

/** The combining marks a VNI mark byte adds to the letter before it, or null when it adds none. */
function vniMark(previous: VniLetter, mark: string): { marks: string; shape: boolean; tone: boolean } | null {
  const { base, shaped, toned } = previous;
  if (VNI_TONE_MARKS[mark] && /[aeiouy]/.test(base) && !toned) return { marks: VNI_TONE_MARKS[mark], shape: false, tone: true };
  if (toned || shaped) return null;
  if (VNI_CIRCUMFLEX_MARKS[mark] && /[aeo]/.test(base)) return { marks: VNI_CIRCUMFLEX_MARKS[mark], shape: true, tone: mark !== "\u00e2" };
  if (VNI_BREVE_MARKS[mark] && base === "a") return { marks: VNI_BREVE_MARKS[mark], shape: true, tone: mark !== "\u00ea" };
  return null;
}
