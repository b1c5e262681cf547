import type { Finding } from "./finding";
import type { IndicatorKind, Value } from "./indicator";

export type Period = "year" | "half";

/** How one indicator contributed to a village's score, so staff can answer "why is Thôn X second?". */
export interface ScoreLine {
  indicatorId: string;
  name: string;
  kind: IndicatorKind;
  /** The target used for scoring (halved for cumulative indicators at the mid-year review). */
  target: Value | null;
  actual: Value | null;
  /** Completion ratio before the cap; 0 when there is no usable value. */
  ratio: number;
  /** min(ratio, cap). */
  score: number;
  weight: number;
  mandatory: boolean;
  /** ratio ≥ 1. */
  met: boolean;
  /** A1 address of the actual cell on the village's sheet. */
  cell: string;
  /** Points method only: how the indicator's points were reached (docs/scoring.md#points-method). */
  points?: PointsLine;
}

/**
 * The explanation of one indicator's points (docs/scoring.md#points-method), as data: the maximum, the completion, the
 * award, the band that held and its clamp, the bonus and deduction columns, and the verified points that
 * replace the computed ones.
 */
export interface PointsLine {
  /** Maximum points pᵢ. */
  max: number;
  /** 100·rᵢ for `number` indicators with a usable value, else null. */
  completion: number | null;
  /** Points earned by the award rule before bands. */
  award: number;
  /** The first band that held (0-based index in `bands`) and its points, null when none. */
  band: { index: number; points: number } | null;
  /** The band's points after `maxBonus` / `maxDeduction`. */
  bandPoints: number;
  /** Which clamp cut the band's points, if any. */
  clamp: "maxBonus" | "maxDeduction" | null;
  /** Bonus (Điểm thưởng) and deduction (Điểm trừ, as a positive number) written in the report. */
  bonus: number;
  deduction: number;
  /** award + bandPoints + bonus − deduction. */
  computed: number;
  /** The commune's verified points (Điểm thẩm định), which replace `computed` when present. */
  verified: number | null;
  /** The village's own points (Điểm tự chấm), never counted. */
  self: number | null;
  /** The points that count: `verified` when present, else `computed`. */
  earned: number;
  /** A1 addresses of the own and verified points cells, where present. */
  selfCell: string | null;
  verifiedCell: string | null;
}

/** A village's place in the ranking (docs/scoring.md#scoring-and-ranking). */
export interface RankedVillage {
  village: string;
  sheet: string;
  rank: number;
  /** 0–120 with the default cap, rounded to 2 decimals. */
  score: number;
  /** Indicators met (ratio ≥ 1). */
  met: number;
  /** Indicators scored. */
  scored: number;
  /** Error findings of the village's report. */
  errors: number;
  eligible: boolean;
  /** Names of mandatory indicators (điểm liệt) the village missed; empty when eligible. */
  mandatoryMissed: string[];
  /** Nothing of the report could be scored (`report/nothing-scored`): ranked last, not eligible. */
  nothingScored?: boolean;
  /** Prize name ("Giải Nhất") or null. */
  prize: string | null;
  amount: number | null;
  /** True when the village shares its prize rank with another. */
  tie: boolean;
  /** Names of the indicators not met. */
  shortfalls: string[];
  lines: ScoreLine[];
  /** The tier (xếp loại, docs/scoring.md#tiers), null when none holds; absent when no tiers are configured. */
  tier?: string | null;
  /** Points method: the sum of the village's own points (Điểm tự chấm), null when it wrote none. */
  selfPoints?: number | null;
  /** What scoring found about the village's points: points/self-differs, points/missing (docs/scoring.md#points-method). */
  notes?: Finding[];
  /** Council decisions added to the score (docs/scoring.md#points-method). */
  adjustments?: { points: number; reason: string | null }[];
  /** A scoring form's top-level standards, in the form's order: each one's points out of its maximum (docs/scoring.md#points-method). */
  standards?: StandardPoints[];
}

/** What a unit earned in one top-level standard (tiêu chuẩn I, tiêu chí 1) of a scoring form. */
export interface StandardPoints {
  /** The standard's TT as written ("I", "1"), null when its row has none. */
  tt: string | null;
  name: string;
  earned: number;
  max: number;
}

export interface Ranking {
  year: number;
  period: Period;
  cap: number;
  villages: RankedVillage[];
  findings: Finding[];
  /** "points" when scored by the points method (docs/scoring.md#points-method); absent means the ratio method. */
  method?: "ratio" | "points";
  /** Roster villages without a report, in roster order (docs/scoring.md#roster). */
  missing?: string[];
  /** Villages not ranked because they have several reports with different figures (`village/duplicate-report`). */
  unranked?: string[];
}
