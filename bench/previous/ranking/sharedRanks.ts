/**
 * Competition ranks (1, 2, 2, 4) for items already sorted by `order`: an item equal to the one before it
 * takes that item's rank, otherwise its own position.
 *
 * @example sharedRanks([90, 80, 80, 70], (a, b) => b - a) // [1, 2, 2, 4]
 */
export function sharedRanks<T>(sorted: readonly T[], order: (a: T, b: T) => number): number[] {
  const ranks: number[] = [];
  sorted.forEach((item, index) => {
    ranks.push(index > 0 && order(sorted[index - 1], item) === 0 ? ranks[index - 1] : index + 1);
  });
  return ranks;
}
