import type { Word } from "../model/indicator";

// each family of words, best first: a word achieves any target at or below it in its own family
const FAMILIES: readonly (readonly Word[])[] = [
  ["Đạt", "Không đạt"],
  ["Không xảy ra", "Xảy ra"],
  ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém"],
];

/**
 * Whether an actual word meets a target word: Đạt meets Đạt, Không xảy ra meets Không xảy ra,
 * a rating meets any target at or below it (Xuất sắc > Tốt > Khá > Trung bình > Yếu > Kém).
 * Words of different families never meet each other.
 *
 * @example achieves("Xuất sắc", "Tốt") // true
 * @example achieves("Khá", "Tốt") // false
 */
export function achieves(actual: Word, target: Word): boolean {
  const family = FAMILIES.find((words) => words.includes(target));
  if (!family || !family.includes(actual)) return false;
  return family.indexOf(actual) <= family.indexOf(target);
}
