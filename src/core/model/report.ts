import type { Finding } from "./finding";
import type { Indicator, Value } from "./indicator";

export type Status = "met" | "exceeded" | "shortfall" | "unknown";

/** One indicator of a checked village report: the authoritative target applied, the actual read. */
export interface CheckedIndicator {
  indicator: Indicator;
  /** The actual value in the indicator's unit, null when missing or unusable. */
  actual: Value | null;
  status: Status;
  /** Completion ratio (1 = exactly the target) where one is defined, else null. */
  completion: number | null;
  /** A1 address of the actual cell ("E12"). */
  cell: string;
  /** Whether this indicator counts for scoring (it matched an authoritative target, or none was given). */
  scored: boolean;
  /** The report's points cells for this row, where it has points columns (docs/reading-tables.md#layouts, docs/scoring.md#points-method). */
  points?: RowPoints;
}

/**
 * The points written on one row of a points table: each a number, or null when blank or unreadable
 * (an unreadable cell is a `value/invalid` finding); `cells` gives the A1 address of each column present.
 */
export interface RowPoints {
  maxPoints: number | null;
  bonus: number | null;
  deduction: number | null;
  selfPoints: number | null;
  verifiedPoints: number | null;
  cells: Partial<Record<"maxPoints" | "bonus" | "deduction" | "selfPoints" | "verifiedPoints", string>>;
}

export interface ReportSummary {
  indicators: number;
  met: number;
  exceeded: number;
  shortfall: number;
  unknown: number;
  errors: number;
  warnings: number;
}

/** A village's report after checking (docs/reading-tables.md#checks-and-findings): one per report sheet, or per village column of a
 * consolidated sheet. */
export interface CheckedReport {
  village: string;
  sheet: string;
  indicators: CheckedIndicator[];
  findings: Finding[];
  summary: ReportSummary;
  /**
   * The authoritative targets the report was checked against (docs/reading-tables.md#which-targets-apply), absent when it was scored on its
   * own rows: ranking compares villages on one basis from it (docs/scoring.md#scoring-and-ranking).
   */
  authority?: { scope: "village" | "commune"; sheet: string; rows: readonly { indicator: Indicator; cell: string }[] };
  /**
   * For one village column of a consolidated sheet, the header cell that names the village ("E4"); absent
   * for a village's own report sheet. A ranking takes a village's own report before such a column.
   */
  consolidatedCell?: string;
  /** Present when the report is a scoring form (points only, docs/scoring.md#points-method): scored on its criteria's points. */
  form?: true;
}
