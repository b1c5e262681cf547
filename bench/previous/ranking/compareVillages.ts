import type { VillageScore } from "../scoring/scoreVillage";

type Standing = Pick<VillageScore, "score" | "met" | "errors" | "nothingScored">;

/** A village with something scored before one with nothing scored (docs/scoring.md#scoring-and-ranking). @example [a, b].sort(byScoredFirst) */
export const byScoredFirst = (a: Standing, b: Standing): number => Number(a.nothingScored === true) - Number(b.nothingScored === true);

/** Higher score first. @example [a, b].sort(byScoreDesc) */
export const byScoreDesc = (a: Standing, b: Standing): number => b.score - a.score;

/** More indicators met first. @example [a, b].sort(byMetDesc) */
export const byMetDesc = (a: Standing, b: Standing): number => b.met - a.met;

/** Fewer error findings first. @example [a, b].sort(byErrorsAsc) */
export const byErrorsAsc = (a: Standing, b: Standing): number => a.errors - b.errors;

/**
 * Chains comparators: the first that tells two items apart decides.
 *
 * @example [a, b].sort(thenBy(byScoreDesc, byMetDesc))
 */
export function thenBy<T>(...comparators: ((a: T, b: T) => number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

/**
 * The ranking order of docs/scoring.md#scoring-and-ranking: villages with nothing scored last, then score descending, then indicators met descending, then error findings
 * ascending. Villages it calls equal (0) share a rank.
 *
 * @example villages.sort(rankingOrder)
 */
export const rankingOrder: (a: Standing, b: Standing) => number = thenBy<Standing>(byScoredFirst, byScoreDesc, byMetDesc, byErrorsAsc);

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * Village name in Vietnamese alphabetical order, then sheet name: only to list villages that share a
 * rank in a stable order; it never changes a rank.
 *
 * @example [a, b].sort(byVillageName)
 */
export const byVillageName = (a: { village: string; sheet: string }, b: { village: string; sheet: string }): number =>
  collator.compare(a.village, b.village) || collator.compare(a.sheet, b.sheet);
