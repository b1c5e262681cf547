/**
 * How alike two folded names are by the words they share (Dice coefficient over distinct words), less a
 * penalty when their numbers differ, since "trẻ 5 tuổi" and "trẻ 6 tuổi" are different indicators.
 *
 * @example wordSimilarity("ty le huy dong tre 5 tuoi den lop", "ty le huy dong tre em 5 tuoi ra lop") // 16/19 ≈ 0.84
 */
export function wordSimilarity(a: string, b: string): number {
  const left = new Set(a.split(" ").filter(Boolean));
  const right = new Set(b.split(" ").filter(Boolean));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  const dice = (2 * shared) / (left.size + right.size);
  const leftNumbers = numbers(left);
  const rightNumbers = numbers(right);
  if (leftNumbers === rightNumbers) return dice;
  // "một" written as "1" is a rewording; "5 tuổi" against "6 tuổi" is another indicator
  return leftNumbers === "" || rightNumbers === "" ? dice - SOFT_PENALTY : dice - NUMBER_PENALTY;
}

const NUMBER_PENALTY = 0.3;
const SOFT_PENALTY = 0.1;

function numbers(words: Set<string>): string {
  return [...words]
    .filter((word) => /^\d+$/.test(word))
    .map(Number)
    .sort((x, y) => x - y)
    .join(",");
}
