const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]";
const NUCLEUS = [
  "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
  "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
].join("|");
const CODA = "ch|nh|ng|[cmnpt]";
const SYLLABLE = new RegExp(`^(?:${ONSET})?(?:${NUCLEUS})(?:${CODA})?$`, "u");

/**
 * Whether a word is one well-formed Vietnamese syllable: an onset, a vowel nucleus, an optional
 * final consonant, and at most one tone mark. Case and tone placement (hoà / hòa) do not matter.
 *
 * @example isVietnameseSyllable("Việt") // true
 * @example isVietnameseSyllable("Vieät") // false
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, "").normalize("NFC"));
}
