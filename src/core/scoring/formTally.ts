import type { ScoreLine } from "../model/ranking";

/** A unit's form in a few numbers, for its summary line: points out of the maximum and its criteria. */
export interface FormTally {
  /** The points that count (verified, else own), as the score says. */
  earned: number;
  /** Σ the criteria's maxima. */
  max: number;
  criteria: number;
  /** Criteria counted with the unit's own points: no Điểm thẩm định yet. */
  unverified: number;
  /** Criteria with neither own nor verified points (they earn 0). */
  unscored: number;
}

/**
 * A form's points and criteria for its summary line (docs/scoring.md#scoring-forms): a form is said in
 * points ("89/100 điểm; 14 tiêu chí, 3 chưa thẩm định"), never in indicators met, which would count only
 * the criteria at full points.
 *
 * @example formTally(89, score.lines) // { earned: 89, max: 100, criteria: 14, unverified: 3, unscored: 0 }
 */
export function formTally(earned: number, lines: readonly ScoreLine[]): FormTally {
  return tallyOfCriteria(earned, lines.flatMap(({ points }) => (points === undefined ? [] : [{ max: points.max, own: points.self, verified: points.verified }])));
}

/**
 * The same from a form's criteria as the check lists them (`formScoring`).
 *
 * @example tallyOfCriteria(9, [{ max: 5, own: 5, verified: 4 }, { max: 5, own: 5, verified: null }]) // { earned: 9, max: 10, criteria: 2, unverified: 1, unscored: 0 }
 */
export function tallyOfCriteria(earned: number, criteria: readonly { max: number; own: number | null; verified: number | null }[]): FormTally {
  const tally: FormTally = { earned, max: 0, criteria: 0, unverified: 0, unscored: 0 };
  for (const criterion of criteria) {
    tally.criteria += 1;
    tally.max += criterion.max;
    if (criterion.verified !== null) continue;
    if (criterion.own === null) tally.unscored += 1;
    else tally.unverified += 1;
  }
  tally.max = Math.round(tally.max * 100) / 100;
  return tally;
}
