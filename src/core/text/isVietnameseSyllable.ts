const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
// circumflex, breve, horn: part of the letter (â, ă, ơ), not a tone
const SHAPE = /[\u0302\u0306\u031b]/u;
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];
const CODAS = ["ch", "nh", "ng", "c", "m", "n", "p", "t", ""];

/**
 * Vowel nuclei, each with the positions its tone mark may take (0 = first vowel) and whether a
 * final consonant may follow. Both tone placements of oa, oe, uy are allowed (hoà / hòa).
 */
const NUCLEI: Readonly<Record<string, { tone: readonly number[]; closed: boolean }>> = {
  a: { tone: [0], closed: true }, ă: { tone: [0], closed: true }, â: { tone: [0], closed: true },
  e: { tone: [0], closed: true }, ê: { tone: [0], closed: true }, i: { tone: [0], closed: true },
  o: { tone: [0], closed: true }, ô: { tone: [0], closed: true }, ơ: { tone: [0], closed: true },
  u: { tone: [0], closed: true }, ư: { tone: [0], closed: true }, y: { tone: [0], closed: true },
  ai: { tone: [0], closed: false }, ao: { tone: [0], closed: false }, au: { tone: [0], closed: false },
  ay: { tone: [0], closed: false }, âu: { tone: [0], closed: false }, ây: { tone: [0], closed: false },
  eo: { tone: [0], closed: false }, êu: { tone: [0], closed: false }, ia: { tone: [0], closed: false },
  iu: { tone: [0], closed: false }, oi: { tone: [0], closed: false }, ôi: { tone: [0], closed: false },
  ơi: { tone: [0], closed: false }, ua: { tone: [0], closed: false }, ui: { tone: [0], closed: false },
  ưa: { tone: [0], closed: false }, ưi: { tone: [0], closed: false }, ưu: { tone: [0], closed: false },
  iê: { tone: [1], closed: true }, yê: { tone: [1], closed: true }, uô: { tone: [1], closed: true },
  ươ: { tone: [1], closed: true }, oă: { tone: [1], closed: true }, uâ: { tone: [1], closed: true },
  uê: { tone: [1], closed: true }, uơ: { tone: [1], closed: false }, oo: { tone: [1], closed: true },
  oa: { tone: [0, 1], closed: true }, oe: { tone: [0, 1], closed: true }, uy: { tone: [0, 1], closed: true },
  iêu: { tone: [1], closed: false }, yêu: { tone: [1], closed: false }, oai: { tone: [1], closed: false },
  oay: { tone: [1], closed: false }, oeo: { tone: [1], closed: false }, uây: { tone: [1], closed: false },
  uôi: { tone: [1], closed: false }, uya: { tone: [], closed: false }, uyu: { tone: [1], closed: false },
  ươi: { tone: [1], closed: false }, ươu: { tone: [1], closed: false }, uyê: { tone: [2], closed: true },
};

/**
 * Whether a word is one well-formed Vietnamese syllable: an onset, a vowel nucleus with its tone
 * mark where the spelling puts it, and a final consonant only where the spelling allows one.
 * Case, composed/decomposed form and old or new tone placement (hoà / hòa) do not matter.
 *
 * @example isVietnameseSyllable("Việt") // true
 * @example isVietnameseSyllable("Vieät") // false
 * @example isVietnameseSyllable("giaỷm") // false: the tone of "ay" sits on the "a"
 */
export function isVietnameseSyllable(word: string): boolean {
  const known = checked.get(word);
  if (known !== undefined) return known;
  // a bounded memo: the same few hundred words recur across a sheet
  if (checked.size > 5000) checked.clear();
  const answer = checkSyllable(word);
  checked.set(word, answer);
  return answer;
}

const checked = new Map<string, boolean>();

function checkSyllable(word: string): boolean {
  let base = "";
  let letters = 0;
  let tone: number | null = null;
  for (const char of word.toLowerCase().normalize("NFD")) {
    if (!TONE.test(char)) {
      base += char;
      if (!SHAPE.test(char)) letters++;
    } else if (tone === null && letters > 0) tone = letters - 1;
    else return false;
  }
  const spelled = base.normalize("NFC");
  if (spelled.length !== letters) return false;
  return ONSETS.some((onset) => spelled.startsWith(onset) && fitsRhyme(spelled.slice(onset.length), tone, onset.length));
}

// "nh" and "ch" close only a front vowel or "a" (anh, ênh, inh, uynh); "ng" and "c" never close one
// (no "ing", "êc": those are spelled inh, êch)
const FRONT_CODA_AFTER = /(?:a|ê|i|y)$/u;
const BACK_CODA_NOT_AFTER = /^(?:i|ê|y|uy|uê)$/u;

function fitsRhyme(rhyme: string, tone: number | null, start: number): boolean {
  return Object.entries(NUCLEI).some(([nucleus, rule]) => {
    if (!rhyme.startsWith(nucleus)) return false;
    const coda = rhyme.slice(nucleus.length);
    if (!CODAS.includes(coda) || (coda !== "" && !rule.closed)) return false;
    if ((coda === "nh" || coda === "ch") && !FRONT_CODA_AFTER.test(nucleus)) return false;
    if ((coda === "ng" || coda === "c") && BACK_CODA_NOT_AFTER.test(nucleus)) return false;
    return tone === null || rule.tone.includes(tone - start);
  });
}
