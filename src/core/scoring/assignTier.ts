import type { Tier } from "../config/pointsSchemas";
import type { ScoreLine } from "../model/ranking";

/**
 * A village's tier (xếp loại, SPEC §6.2): the first tier, best first, whose `min` is at most the score
 * and, with `minShare`, where every scored indicator earned at least that share — of its maximum points
 * (points method) or of full completion (ratio method: min(rᵢ, cap) ≥ minShare). Null: no tier holds.
 *
 * @example assignTier(92, lines, [{ name: "Xuất sắc", min: 90, minShare: 0.85 }, { name: "Tốt", min: 80 }]) // "Tốt" when one line is below 85 %
 */
export function assignTier(score: number, lines: readonly ScoreLine[], tiers: readonly Tier[]): string | null {
  for (const tier of tiers) {
    if (score < tier.min) continue;
    if (tier.minShare === undefined || lines.every((line) => share(line) >= tier.minShare! - 1e-9)) return tier.name;
  }
  return null;
}

function share(line: ScoreLine): number {
  if (line.points === undefined) return line.score;
  return line.points.max > 0 ? line.points.earned / line.points.max : 1;
}
