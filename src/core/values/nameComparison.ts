import { normalizeText } from "../text/normalizeText";
import { accentComparisonWords } from "./accentComparisonWords";
import { type ComparisonTarget, readComparison } from "./readComparison";

// An age or a period after the number ("trẻ em dưới 5 tuổi", "từ 6 - 14 tuổi") says who is counted,
// not what must be reached.
const AGE_OR_PERIOD = /^(?:tuổi|tháng|ngày|năm|tuần|quý|giờ|phút)(?:\s|$)/iu;
// The same typed without diacritics ("duoi 5 tuoi"); a word with other diacritics is another ("quỹ").
const AGE_OR_PERIOD_BARE = /^(?:tuoi|thang|ngay|nam|tuan|quy|gio|phut)(?:\s|$)/iu;
// A unit after a target is a word or two ("%", "lớp", "hộ gia đình"); a longer tail is the rest of a name.
const MAX_UNIT_WORDS = 3;
// An ending that reads as a comparison starts with a figure, a sign or one of its words (see
// `readComparison`); the name's other endings are not tried.
const MAY_BE_COMPARISON = /^(?:[-+\d≥≤<>=]|(?:đạt|từ|tối|ít|không|trên|dưới|giảm|xuống)(?:\s|$))/iu;
// One that starts with a figure is a comparison only as a range, a fraction, or with "trở lên" / "trở
// xuống" after it ("số 12 đợt 3" is none).
const FIGURE_FIRST = /^[-+\d]/u;
const RANGE_FRACTION_OR_AFTER = /[-–—/]|đến|trở lên|trở xuống/iu;
// The longest ending that can read as a comparison, in words: "đạt không thấp hơn 7,5 % đến dưới 8,0 %
// hộ gia đình" is 14. Each ending is read whole, so trying every ending of a pasted paragraph would take
// time in the square of its length.
const LONGEST_ENDING = 24;
// "sinh con thứ 3 trở lên" counts the third child and after: an ordinal, not a target.
const ORDINAL_BEFORE = /(?:^|\s)(?:thứ|thu)\s+$/iu;

/**
 * A target written with comparison words at the end of an indicator's name (docs/reading-tables.md#values): "Tỷ lệ hộ dùng
 * nước sạch đạt trên 98%", "Tỷ lệ hộ nghèo giảm còn dưới 5%", "Số lớp học tối thiểu 12 lớp", "Giá trị
 * sản xuất tăng 7,5 - 8,0%", "(từ 1 - 1,5%)". The longest ending of the name that reads as a comparison
 * (see `readComparison`) is the one; an age or a period ("dưới 5 tuổi") is who is counted, not a target,
 * and a figure in the middle of a name ("Trẻ em dưới 5 tuổi suy dinh dưỡng") is none. Null when the name
 * ends in no comparison, a plain figure included ("… năm 2024").
 *
 * @example nameComparison("Tỷ lệ hộ dùng nước sạch đạt trên 98%") // { comparison: ">", value: 98, max: null, unit: "%" }
 * @example nameComparison("Tỷ lệ trẻ em dưới 5 tuổi") // null
 */
export function nameComparison(name: string): ComparisonTarget | null {
  if (!/\d/u.test(name)) return null;
  // brackets around the target are spaces: "(đạt trên 98%)", "(từ 1-1,5%)"
  // Comparison words typed without diacritics ("dat tren 98%") are read as the accented ones.
  const text = accentComparisonWords(normalizeText(name).replace(/[()[\]]/gu, " ").replace(/(?<![\s.;:,])[\s.;:,]+$/u, "").trim());
  const starts = [...text.matchAll(/\s+/gu)].map((space) => (space.index ?? 0) + space[0].length);
  for (const start of starts.slice(-LONGEST_ENDING)) {
    const ending = text.slice(start);
    if (!MAY_BE_COMPARISON.test(ending) || (FIGURE_FIRST.test(ending) && !RANGE_FRACTION_OR_AFTER.test(ending))) continue;
    if (FIGURE_FIRST.test(ending) && ORDINAL_BEFORE.test(text.slice(0, start))) continue;
    const read = readComparison(ending);
    if (read === null) continue;
    if (read.unit === null || (!isAgeOrPeriod(read.unit) && read.unit.split(/\s+/u).length <= MAX_UNIT_WORDS)) return read;
  }
  return null;
}

function isAgeOrPeriod(unit: string): boolean {
  return AGE_OR_PERIOD.test(unit) || AGE_OR_PERIOD_BARE.test(unit);
}
