import { rosterKey } from "../../../src/core/config/rosterKey";

/**
 * Whether a rule's `exempt` list names the village (docs/scoring.md#scoring-and-ranking): names compare as the roster does, folded and
 * without "Thôn", "Bản" … before them.
 *
 * @example isExempt("Thôn Bản Thử", ["ban thu"]) === true
 */
export function isExempt(village: string, exempt: readonly string[]): boolean {
  if (exempt.length === 0) return false;
  const own = rosterKey(village);
  return exempt.some((name) => rosterKey(name) === own);
}
