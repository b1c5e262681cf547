import type { Direction } from "../model/indicator";
import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";

// phrases saying the value must fall to a level; "không quá hạn" (not overdue) is not one of them.
// Text is padded with spaces, so " … " marks whole words (\b knows only ASCII letters).
const LOWER_IS_BETTER = [
  / giảm (?:\S+ ){0,3}còn /u,
  / giảm xuống /u,
  / xuống còn /u,
  / không (?:vượt )?quá (?!hạn )/u,
  // "tối đa 2 vụ" caps a value; "phát huy tối đa nguồn lực" is just emphasis
  / tối đa (?:là |ở mức )?(?=\d|$)/u,
  / còn dưới /u,
  // "dưới 5%" caps a rate; "dưới 5 tuổi" is an age
  / dưới \d+(?:[.,]\d+)? ?% /u,
];
const LOWER_IS_BETTER_PLAIN = [
  / giam (?:\S+ ){0,3}con /,
  / giam xuong /,
  / xuong con /,
  / khong (?:vuot )?qua (?!han )/,
  / toi da (?:la |o muc )?(?=\d|$)/,
  / con duoi /,
  / duoi \d+(?:[.,]\d+)? ?% /,
];

// Ceilings by nature (docs/reading-tables.md#units-and-semantics): population growth and birth rates are better lower, unless the name counts
// a fall ("Mức giảm tỷ suất sinh", "… giảm 0,5%"), where more is better. Matched on folded text.
const CEILINGS = /\bty le tang dan so\b|\bty suat sinh\b|\bsinh con thu (?:3|ba) tro len\b/u;
const COUNTS_A_FALL = /\bgiam\b/u;

// Every pattern above holds one of these words.
const PATTERN_WORDS = /giảm|xuống|không|tối|còn|dưới|giam|xuong|khong|toi|con|duoi/u;

/**
 * Whether more or less is better for an indicator, from its name (docs/reading-tables.md#units-and-semantics). Lower is better where
 * the name says the value must fall to a level: "giảm còn" (up to three words between), "giảm
 * xuống", "xuống còn", "không quá", "không vượt quá", "tối đa" (before a figure or at the end),
 * "còn dưới", "dưới N%"; and population growth and birth rates ("tỷ lệ tăng dân số tự nhiên", "tỷ suất sinh",
 * "sinh con thứ 3 trở lên"), ceilings by nature unless the name counts a fall ("giảm"). Everything else is higher: "Số hộ nghèo giảm trong năm" counts households
 * lifted out of poverty, "dưới 5 tuổi" is an age and "không quá hạn" means on time. A name typed
 * without diacritics is read by its letters.
 *
 * @example indicatorDirection("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)") // "lower"
 * @example indicatorDirection("Số hộ nghèo giảm trong năm") // "higher"
 * @example indicatorDirection("Tỷ lệ tăng dân số tự nhiên") // "lower"
 */
export function indicatorDirection(name: string): Direction {
  const folded = foldText(name);
  if (CEILINGS.test(folded) && !COUNTS_A_FALL.test(folded)) return "lower";
  const lower = normalizeText(name).toLowerCase();
  // Spacing out punctuation only adds spaces: a name holding none of the words the patterns need is "higher".
  if (!PATTERN_WORDS.test(lower)) return "higher";
  const text = spaced(lower);
  const plain = /^\p{ASCII}*$/u.test(text);
  const patterns = plain ? LOWER_IS_BETTER_PLAIN : LOWER_IS_BETTER;
  return patterns.some((pattern) => pattern.test(text)) ? "lower" : "higher";
}

/** Turns punctuation (but not a decimal mark or "%") into spaces, and pads the text with spaces. */
function spaced(text: string): string {
  const words = text
    .replace(/[^\p{L}\p{M}\p{N}%.,]+/gu, " ")
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, " ")
    .replace(/%/g, "% ")
    .replace(/\s+/g, " ")
    .trim();
  return ` ${words} `;
}
