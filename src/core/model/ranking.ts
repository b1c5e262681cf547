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
}

/** A village's place in the ranking (SPEC §6). */
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
}

export interface Ranking {
  year: number;
  period: Period;
  cap: number;
  villages: RankedVillage[];
  findings: Finding[];
}
