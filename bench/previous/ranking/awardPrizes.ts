import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import { rankingOrder } from "./compareVillages";
import { sharedRanks } from "./sharedRanks";
import type { VillageScore } from "../scoring/scoreVillage";

export interface Award {
  prize: string | null;
  amount: number | null;
  tie: boolean;
}

const NO_PRIZE: Award = { prize: null, amount: null, tie: false };

/**
 * Prizes by rank among eligible villages (docs/scoring.md#scoring-and-ranking, docs/scoring.md#roster), for villages already sorted by `rankingOrder`.
 * The prizes expand into slots by their `count` (Giải khuyến khích × 2 is two slots). Eligible villages
 * are ranked among themselves with shared ranks; rank k takes the k-th slot, so two villages tied first
 * both show the first prize with `tie` set and the next one takes the third slot. Ineligible villages get
 * no prize.
 *
 * @example awardPrizes(sorted, config.prizes).map((a) => a.prize) // ["Giải Nhất", "Giải Nhất", "Giải Ba", null]
 */
export function awardPrizes(sorted: readonly VillageScore[], prizes: RankingConfig["prizes"]): Award[] {
  const slots = prizes.flatMap((prize) => Array.from({ length: prize.count ?? 1 }, () => prize));
  const eligible = sorted.filter((village) => village.eligible);
  const ranks = sharedRanks(eligible, rankingOrder);
  const awardOf = new Map<VillageScore, Award>();
  eligible.forEach((village, index) => {
    const prize = slots[ranks[index] - 1];
    if (!prize) return;
    const tie = ranks.filter((rank) => rank === ranks[index]).length > 1;
    awardOf.set(village, { prize: prize.name, amount: prize.amount, tie });
  });
  return sorted.map((village) => awardOf.get(village) ?? NO_PRIZE);
}
