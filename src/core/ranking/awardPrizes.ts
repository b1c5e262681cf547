import type { RankingConfig } from "../config/rankingConfig";
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
 * Prizes by rank among eligible villages (SPEC §6), for villages already sorted by `rankingOrder`.
 * Eligible villages are ranked among themselves with shared ranks; rank k takes the k-th prize, so two
 * villages tied first both show the first prize with `tie` set and the next one takes the third prize.
 * Ineligible villages get no prize.
 *
 * @example awardPrizes(sorted, config.prizes).map((a) => a.prize) // ["Giải Nhất", "Giải Nhất", "Giải Ba", null]
 */
export function awardPrizes(sorted: readonly VillageScore[], prizes: RankingConfig["prizes"]): Award[] {
  const eligible = sorted.filter((village) => village.eligible);
  const ranks = sharedRanks(eligible, rankingOrder);
  const awardOf = new Map<VillageScore, Award>();
  eligible.forEach((village, index) => {
    const prize = prizes[ranks[index] - 1];
    if (!prize) return;
    const tie = ranks.filter((rank) => rank === ranks[index]).length > 1;
    awardOf.set(village, { prize: prize.name, amount: prize.amount, tie });
  });
  return sorted.map((village) => awardOf.get(village) ?? NO_PRIZE);
}
