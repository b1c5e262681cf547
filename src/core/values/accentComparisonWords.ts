// The comparison words of `readComparison` as typed without diacritics, and as they are written; a phrase
// is rewritten whole ("giam con"), and only words that are comparison words on their own stand alone.
const WORDS: Record<string, string> = {
  "khong vuot qua": "không vượt quá",
  "khong thap hon": "không thấp hơn",
  "khong cao hon": "không cao hơn",
  "giam xuong con": "giảm xuống còn",
  "khong duoi": "không dưới",
  "khong qua": "không quá",
  "giam xuong": "giảm xuống",
  "giam con": "giảm còn",
  "xuong con": "xuống còn",
  "tro xuong": "trở xuống",
  "toi thieu": "tối thiểu",
  "tiep tuc": "tiếp tục",
  "phan dau": "phấn đấu",
  "giu vung": "giữ vững",
  "duy tri": "duy trì",
  "tro len": "trở lên",
  "it nhat": "ít nhất",
  "toi da": "tối đa",
  "duoi": "dưới",
  "tren": "trên",
  "dat": "đạt",
  "den": "đến",
  "tu": "từ",
};

// Longest first, each a whole word or phrase (no letter right before or after it), any case, any spacing.
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(?:${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/ /gu, String.raw`\s+`))
    .join("|")})(?![\p{L}\p{M}])`,
  "giu",
);
// A quick test, before the slower rewrite: text holding none of the words' first words as a word (most
// text, its words written with their diacritics) is left as it is.
const MAY_HAVE = /(?:^|[\s(:;,/])(?:duoi|tren|dat|den|tu|toi|it|khong|giam|xuong|tro|duy|giu|phan|tiep)(?:$|[\s%\d])/i;

/**
 * Comparison words typed without diacritics ("DUOI 4%", "tren 98%", "toi thieu 12", "tu 95% tro len")
 * written as `readComparison` reads them ("dưới 4%", "trên 98%", "tối thiểu 12", "từ 95% trở lên"); other
 * words are left as they are.
 *
 * @example accentComparisonWords("DUOI 4%") === "dưới 4%"; accentComparisonWords("toi thieu 12 lop") === "tối thiểu 12 lop"
 */
export function accentComparisonWords(text: string): string {
  if (!MAY_HAVE.test(text)) return text;
  return text.replace(PATTERN, (found) => WORDS[found.toLowerCase().replace(/\s+/gu, " ")] ?? found);
}
