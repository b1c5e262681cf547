import type { Finding, Ranking } from "../../core/model";
import type { FormResultRow } from "../../core/results/formResults";
import type { IndicatorTotal } from "../../core/results/resultTotals";
import { describeIneligibility } from "../../core/rankingSheet/rankingWords";
import type { Lang } from "../args/parseArgs";
import { findingJson } from "./findingJson";

/**
 * The JSON of `thidua rank` (docs/outputs.md#command-line): villages ordered by rank, with prize, amount and tie flag, the
 * commune's totals across the villages, and every finding of the batch.
 *
 * @example rankJson(ranking, findings, "vi").villages[0].rank === 1
 */
export function rankJson(
  ranking: Pick<Ranking, "year" | "period" | "villages" | "method" | "missing" | "unranked">,
  findings: readonly Finding[],
  lang: Lang,
  totals: readonly IndicatorTotal[] = [],
  formPoints: { rows: readonly FormResultRow[]; units: readonly string[] } | null = null,
) {
  const points = ranking.method === "points";
  return {
    year: ranking.year,
    period: ranking.period,
    method: ranking.method ?? "ratio",
    villages: ranking.villages.map((v) => ({
      village: v.village,
      rank: v.rank,
      score: v.score,
      met: v.met,
      scored: v.scored,
      errors: v.errors,
      eligible: v.eligible,
      reason: v.eligible ? null : describeIneligibility(v.mandatoryMissed, lang, v.nothingScored),
      prize: v.prize,
      amount: v.amount,
      tie: v.tie,
      tier: v.tier ?? null,
      ...(points ? { selfPoints: v.selfPoints ?? null } : {}),
      // a scoring form's subtotal per standard (docs/outputs.md#json)
      ...(v.standards === undefined ? {} : { standards: v.standards.map(({ tt, name, earned, max }) => ({ tt, name, earned, max })) }),
    })),
    missing: ranking.missing ?? [],
    // Villages with several reports of different figures: not ranked (`village/duplicate-report`).
    unranked: ranking.unranked ?? [],
    // The commune's results across the villages (docs/outputs.md#results-across-the-villages).
    totals: totals.map(({ id, name, unit, target, total, villagesMet, villagesScored, status }) => ({ id, name, unit, target, total, villagesMet, villagesScored, status })),
    // Scoring forms: each standard and criterion with every unit's own and verified points (docs/outputs.md#json).
    ...(formPoints === null
      ? {}
      : { points: formPoints.rows.map((row) => ({ tt: row.tt, name: row.name, max: row.max, units: row.units.map((unit, index) => ({ village: formPoints.units[index], own: unit.own, verified: unit.verified })) })) }),
    findings: findings.map((f) => findingJson(f, lang)),
  };
}
