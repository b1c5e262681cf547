import type { Adjustment } from "../../../src/core/config/pointsSchemas";
import { rosterKey } from "../../../src/core/config/rosterKey";
import { finding, type Finding } from "../../../src/core/model/finding";
import { roundScore } from "../scoring/roundScore";
import type { VillageScore } from "../scoring/scoreVillage";

/**
 * Adds the council's adjustments (docs/scoring.md#points-method: "+10 Cờ thi đua", "−2 vi phạm") to the villages they name
 * (compared as the roster compares names); an adjustment for a village with no report is
 * `village/adjustment-without-report`, located on the configuration.
 *
 * @example applyAdjustments(scores, [{ village: "Nà Lầu", points: 10, reason: "Cờ thi đua" }], { sheet: "cfg.json" })
 */
export function applyAdjustments(
  scores: VillageScore[],
  adjustments: readonly Adjustment[] | undefined,
  source: { sheet: string; cellOf?: (index: number) => string | null },
): Finding[] {
  const findings: Finding[] = [];
  (adjustments ?? []).forEach((adjustment, index) => {
    const key = rosterKey(adjustment.village);
    const targets = scores.filter((score) => rosterKey(score.village) === key);
    if (targets.length === 0) {
      findings.push(
        finding("village/adjustment-without-report", {
          sheet: source.sheet,
          cell: source.cellOf?.(index) ?? null,
          details: { village: adjustment.village, points: adjustment.points, field: `adjustments[${index}]` },
        }),
      );
      return;
    }
    for (const score of targets) {
      score.adjustments = [...(score.adjustments ?? []), { points: adjustment.points, reason: adjustment.reason ?? null }];
      score.score = roundScore(score.score + adjustment.points);
    }
  });
  return findings;
}
