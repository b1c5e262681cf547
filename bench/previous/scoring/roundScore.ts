/**
 * Rounds a score to 2 decimals, half away from zero, after dropping binary noise (80.125 stored as
 * 80.12499… still rounds to 80.13).
 *
 * @example roundScore(80.125) === 80.13
 */
export function roundScore(score: number): number {
  const clean = Number(score.toPrecision(12));
  return Math.sign(clean) * (Math.round(Math.abs(clean) * 100) / 100);
}
