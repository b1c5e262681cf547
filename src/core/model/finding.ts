/** How much a finding matters: `error` the figure cannot be trusted, `warning` suspicious,
 * `shortfall` valid but the target is not met, `info` something worth knowing. */
export type Severity = "error" | "warning" | "shortfall" | "info";

/** Every finding code and its severity (docs/reading-tables.md#checks-and-findings), plus the configuration codes (docs/scoring.md#scoring-and-ranking). */
export const SEVERITY_OF = {
  "sheet/empty": "error",
  "sheet/no-header": "error",
  "sheet/missing-column": "error",
  "sheet/two-actual-columns": "warning",
  /** A value far outside the table (docs/reading-tables.md#where-a-table-ends): not read as part of it. */
  "sheet/stray-values": "warning",
  /** A target, configuration, ranking or results sheet chosen as a village's report: `details.kind` says which. */
  "sheet/not-a-report": "error",
  "row/missing-indicator": "error",
  "row/unknown-indicator": "warning",
  "row/duplicate-indicator": "warning",
  "row/ambiguous-indicator": "warning",
  "target/missing": "warning",
  "target/changed": "warning",
  "unit/missing": "warning",
  "unit/mismatch": "error",
  "unit/converted": "info",
  "value/missing": "error",
  "value/invalid": "error",
  "value/excel-error": "error",
  "value/negative": "error",
  "value/percent-over-100": "warning",
  "value/percent-as-fraction": "warning",
  "value/suspect-separator": "warning",
  "value/rate-mismatch": "warning",
  "value/decimal-point": "info",
  "text/legacy-encoding": "info",
  "target/shortfall": "shortfall",
  "target/suspect-separator": "warning",
  /** The villages' shares of a cumulative target on a "Giao chỉ tiêu" sheet do not add up to the commune's total. */
  "target/shares-mismatch": "warning",
  "indicator/context": "info",
  "points/self-differs": "warning",
  "points/missing": "warning",
  "points/self-total": "warning",
  "points/max-differs": "warning",
  "points/commune-column": "warning",
  "points/parent-total": "warning",
  "points/unverified": "info",
  "points/over-maximum": "warning",
  "points/below-floor": "info",
  "village/missing-report": "warning",
  "village/not-in-roster": "warning",
  "village/adjustment-without-report": "warning",
  "village/duplicate-report": "error",
  "village/report-left-out": "warning",
  "report/nothing-scored": "error",
  "rank/different-indicators": "warning",
  "value/uncalculated": "error",
  "file/unreadable": "error",
  "config/invalid": "error",
  "config/unknown-key": "error",
  "config/rule-matches-nothing": "error",
  "config/duplicate-key": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof SEVERITY_OF;

export type FindingFact = string | number | boolean | null;

/**
 * A finding is data; the sentence a person reads is made from it at the edge (`messages/`).
 *
 * @example
 * { code: "unit/mismatch", severity: "error", sheet: "Thôn Nà Lầu", cell: "C12",
 *   indicator: "Tổng sản lượng lương thực có hạt", expected: "Tấn", actual: "Ha" }
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet name, or the file name for `file/unreadable` and JSON configuration. */
  sheet: string;
  /** The workbook file the sheet is in, where the caller reads several (a command-line batch). */
  file?: string;
  /** A1 address without the sheet name ("E12"), or null when the finding is about the whole sheet. */
  cell: string | null;
  /** The indicator's name as written in the sheet. */
  indicator?: string;
  /** The indicator's id (see `Indicator.id`), to link a finding to its row. */
  indicatorId?: string;
  expected?: FindingFact;
  actual?: FindingFact;
  /** Further facts a message may use, e.g. `{ columns: "Thực hiện" }`, `{ ratio: 0.85 }`, `{ field: "cap" }`. */
  details?: Record<string, FindingFact>;
}

/**
 * Makes a finding with the severity that belongs to its code, or with `severity` where the reference gives the code
 * another one in a particular case (a commune indicator another village reports, missing: a warning).
 */
export function finding(code: FindingCode, facts: Omit<Finding, "code" | "severity">, severity: Severity = SEVERITY_OF[code]): Finding {
  return { code, severity, ...facts };
}
